/**
 * Mermaid's `journey` diagram, read as Mermaid's own grammar reads it
 * (packages/mermaid/src/diagrams/user-journey/parser/journey.jison): keywords
 * in any case; `title` up to `#` or `;`; `accTitle:` and `accDescr:` to the
 * end of the line, `accDescr { … }` over several lines; `section` up to `#`,
 * `:` or `;`; a task `name: data` whose data splits on `:` into the score and
 * the comma-separated actors (a third part is ignored, as Mermaid does);
 * `#` and `%%` start comments. Where Mermaid would refuse a line that still
 * says clearly what it means (a task without any `:`, `;` between
 * statements), the import takes it and its comment says so.
 */
import { decodeEntities, entityAt, indexOfStop } from './entities';
import { diagramStart, linesOf } from './header';
import { OTHER_DIAGRAM } from './types';
import { ImportFailure, outcomeOf, type MermaidJourney, type MermaidSection, type MermaidTask, type Outcome } from '../types';

/** Reads one Mermaid diagram; `firstLine` is the 1-based line where it starts in its file. */
export function parseMermaidJourney(text: string, firstLine = 1): Outcome<MermaidJourney> {
  return outcomeOf(() => readJourney(text, firstLine));
}

function readJourney(text: string, firstLine: number): MermaidJourney {
  const start = diagramStart(linesOf(text), firstLine);
  const at = start.typeLine + firstLine;
  if (start.type.toLowerCase() !== 'journey') {
    const kind = OTHER_DIAGRAM.get(start.type.toLowerCase());
    throw new ImportFailure(kind
      ? `This is a Mermaid ${kind} diagram ('${start.type}' on line ${at}), not a journey: only 'journey' diagrams can be imported.`
      : `This is not a Mermaid journey diagram: it starts with '${clip(start.type)}' on line ${at}, where a journey diagram starts with the word 'journey'.`, at);
  }
  const journey: MermaidJourney = { title: start.frontMatterTitle, sections: [], line: at };
  const reader = new StatementReader(journey, start.lines, firstLine);
  reader.read(start.typeLine, start.rest);
  for (let i = start.typeLine + 1; i < start.lines.length; i = reader.next) reader.read(i, start.lines[i]);
  return journey;
}

class StatementReader {
  /** The 0-based line to read after the current one (a multi-line `accDescr` moves it on). */
  next = 0;

  constructor(private readonly journey: MermaidJourney, private readonly lines: readonly string[], private readonly firstLine: number) {}

  read(index: number, line: string): void {
    this.next = index + 1;
    let rest = line;
    for (;;) {
      rest = rest.trimStart();
      // A comment: `%%` and `#` both run to the end of the line (an entity code such as `#35;` is text); `;` separates statements.
      if (rest === '' || rest.startsWith('%%') || (rest.startsWith('#') && !entityAt(rest, 0))) return;
      if (rest.startsWith(';')) {
        rest = rest.slice(1);
        continue;
      }
      rest = this.statement(rest, index);
      index = this.next - 1;
    }
  }

  /** Reads one statement at the start of `rest`; returns what follows it on the line. */
  private statement(rest: string, index: number): string {
    const lineNo = index + this.firstLine;
    let m = /^title(?:\s|$)/i.exec(rest);
    if (m) {
      const end = indexOfStop(rest, '#;', m[0].length);
      const title = text(rest.slice(m[0].length, end));
      if (title) this.journey.title = title;
      return rest.slice(end);
    }
    m = /^acc(Title|Descr)\s*:\s*/i.exec(rest);
    if (m) {
      const value = decodeEntities(rest.slice(m[0].length)).trim();
      if (m[1].toLowerCase() === 'title') this.journey.accTitle = value;
      else this.journey.accDescr = value;
      return '';
    }
    m = /^accDescr\s*\{/i.exec(rest);
    if (m) return this.multilineDescription(rest.slice(m[0].length), index);
    m = /^section(?:\s|$)/i.exec(rest);
    if (m) {
      const end = indexOfStop(rest, '#:;', m[0].length);
      if (rest[end] === ':') {
        throw new ImportFailure(`Line ${lineNo}: a section name cannot hold ':' (Mermaid ends the name there); write #58; for a colon in the name.`, lineNo);
      }
      const name = text(rest.slice(m[0].length, end));
      this.journey.sections.push({ name: name || undefined, line: lineNo, tasks: [] });
      return rest.slice(end);
    }
    return this.task(rest, lineNo);
  }

  private task(rest: string, lineNo: number): string {
    const nameEnd = indexOfStop(rest, '#:;');
    const task: MermaidTask = { name: text(rest.slice(0, nameEnd)), scoreText: '', actors: [], line: lineNo };
    if (task.name === '') throw new ImportFailure(`Line ${lineNo}: a task needs a name before its ':'.`, lineNo);
    if (rest[nameEnd] !== ':') {
      task.bare = true;
      if (rest[nameEnd] === '#') task.cutAtHash = rest.slice(nameEnd).trim();
      this.add(task);
      return rest.slice(nameEnd);
    }
    const dataEnd = indexOfStop(rest, '#;', nameEnd + 1);
    const pieces = rest.slice(nameEnd + 1, dataEnd).split(':');
    if (pieces.length === 1 && pieces[0].trim() === '') task.bare = true;
    const scoreText = pieces[0].trim();
    const score = scoreText === '' ? undefined : Number(scoreText);
    if (score !== undefined && Number.isFinite(score)) {
      task.score = score;
      task.scoreText = scoreText;
    } else if (pieces.length === 1 && scoreText !== '') {
      // `Pay: Anna`: a text where the score belongs, and nothing after it; most likely the actors without a score.
      task.actorsForScore = true;
      pieces.unshift('');
    } else {
      task.scoreText = decodeEntities(scoreText);
    }
    if (pieces.length > 1) task.actors = pieces[1].split(',').map(text).filter((a) => a !== '');
    if (pieces.length > 2) task.ignored = decodeEntities(pieces.slice(2).join(':')).trim() || undefined;
    this.add(task);
    return rest.slice(dataEnd);
  }

  private add(task: MermaidTask): void {
    let section: MermaidSection | undefined = this.journey.sections.at(-1);
    if (!section) {
      section = { line: task.line, tasks: [] };
      this.journey.sections.push(section);
    }
    section.tasks.push(task);
  }

  /** `accDescr {` … `}`: the text up to the closing brace, over as many lines as it takes. */
  private multilineDescription(after: string, index: number): string {
    const parts: string[] = [];
    let text = after;
    for (let i = index; ; ) {
      const close = text.indexOf('}');
      if (close >= 0) {
        parts.push(text.slice(0, close));
        // Each line without its indentation: the diagram's layout, not the description's text.
        this.journey.accDescr = decodeEntities(parts.map((p) => p.trim()).join('\n')).trim();
        this.next = i + 1;
        return text.slice(close + 1);
      }
      parts.push(text);
      // Mermaid drops `%%` comment lines before it reads a diagram, also inside the braces.
      i++;
      while (i < this.lines.length && /^\s*%%/.test(this.lines[i])) i++;
      if (i >= this.lines.length) break;
      text = this.lines[i];
    }
    const lineNo = index + this.firstLine;
    throw new ImportFailure(`The accessibility description 'accDescr {' on line ${lineNo} is not closed with '}'.`, lineNo);
  }
}

/**
 * A title, section, task or actor: entity codes decoded, a `<br>` (Mermaid
 * draws a line break; `<br/>`, `</br>` and `<br\t/>` too) a space, without
 * the spaces around it, nor a zero-width space at its start (the Mermaid
 * export puts one before a text that would read as a keyword, "Title page").
 */
function text(raw: string): string {
  return decodeEntities(raw.replace(/\s*<\/?br\s*\/?>\s*/gi, ' ')).trim().replace(/^\u200b+/, '').trim();
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
