/**
 * What comes before a Mermaid diagram's statements, as Mermaid reads it:
 * front matter (`---` … `---`, whose `title` is the diagram's title),
 * `%%{init: …}%%` directives (anywhere, possibly over several lines),
 * `%%` comments, and then the word that names the diagram's type.
 */
import { parse } from 'yaml';
import { ImportFailure } from '../types';

export interface DiagramStart {
  /** The diagram's lines with front matter and directives blanked out (line numbers unchanged). */
  lines: string[];
  /** 0-based index of the line that holds the type word. */
  typeLine: number;
  /** The type word as written (`journey`, `flowchart`, …). */
  type: string;
  /** The rest of the type word's line. */
  rest: string;
  /** The front matter's `title`, when it has one. */
  frontMatterTitle?: string;
}

/** Splits a diagram into lines on every line ending. */
export function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * Finds the diagram's type. `firstLine` is the 1-based line of `lines[0]` in
 * the file (a Markdown block starts further down), for the messages.
 */
export function diagramStart(source: readonly string[], firstLine = 1): DiagramStart {
  const lines = [...source];
  const frontMatterTitle = stripFrontMatter(lines, firstLine);
  stripDirectives(lines, firstLine);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('%%') || line.startsWith('#')) continue;
    const type = /^[^\s:;{]+/.exec(line)?.[0] ?? line.slice(0, 40);
    return { lines, typeLine: i, type, rest: line.slice(type.length), frontMatterTitle };
  }
  throw new ImportFailure('The diagram is empty: there is no Mermaid diagram to import.', firstLine);
}

/** Blanks the front matter out of `lines` and returns its title. */
function stripFrontMatter(lines: string[], firstLine: number): string | undefined {
  const start = lines.findIndex((l) => l.trim() !== '');
  if (start < 0 || lines[start].trimEnd() !== '---') return undefined;
  const end = lines.findIndex((l, i) => i > start && l.trimEnd() === '---');
  if (end < 0) throw new ImportFailure(`The front matter that starts with '---' on line ${start + firstLine} has no closing '---' line.`, start + firstLine);
  const yaml = lines.slice(start + 1, end).join('\n');
  let value: unknown;
  try {
    value = parse(yaml, { maxAliasCount: 0, logLevel: 'error' });
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ImportFailure(`The front matter (lines ${start + firstLine}–${end + firstLine}) is not valid YAML: ${why}`, start + firstLine);
  }
  for (let i = start; i <= end; i++) lines[i] = '';
  const title = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>).title : undefined;
  return typeof title === 'string' || typeof title === 'number' ? String(title).trim() || undefined : undefined;
}

/** Blanks `%%{ … }%%` out of `lines`, keeping line numbers; Mermaid removes them before it reads the diagram. */
function stripDirectives(lines: string[], firstLine: number): void {
  for (let i = 0; i < lines.length; i++) {
    let open = lines[i].indexOf('%%{');
    while (open >= 0) {
      let j = i;
      let close = lines[j].indexOf('}%%', open + 3);
      while (close < 0 && j + 1 < lines.length) {
        lines[j] = lines[j].slice(0, j === i ? open : 0);
        j++;
        close = lines[j].indexOf('}%%');
      }
      if (close < 0) throw new ImportFailure(`The directive '%%{' on line ${i + firstLine} is not closed with '}%%'.`, i + firstLine);
      const from = j === i ? open : 0;
      lines[j] = lines[j].slice(0, from) + ' '.repeat(close + 3 - from) + lines[j].slice(close + 3);
      i = j;
      open = lines[i].indexOf('%%{', from);
    }
  }
}
