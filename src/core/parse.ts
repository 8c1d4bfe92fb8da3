/**
 * Parses a journey, catalog or config file with `yaml`, keeping the node tree
 * (with source offsets) for precise findings and the plain value for the
 * schema. Syntax problems become `yaml-syntax` findings, never exceptions.
 */
import { Document, parseAllDocuments, YAMLError } from 'yaml';
import { LineIndex } from './lines';

export interface SyntaxProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParsedYaml {
  text: string;
  lines: LineIndex;
  /** The first document; undefined only for an empty file. */
  doc: Document.Parsed | undefined;
  /** The document as plain data (undefined when it could not be built). */
  value: unknown;
  problems: SyntaxProblem[];
}

/** Aliases beyond this count are refused: a guard against "billion laughs". */
const MAX_ALIAS_COUNT = 100;

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  const problems: SyntaxProblem[] = [];
  const docs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  for (const d of list) {
    for (const e of [...d.errors, ...d.warnings]) problems.push(toProblem(e, text));
  }
  if (list.length > 1) {
    const second = list[1];
    const start = second.range?.[0] ?? 0;
    problems.push({
      message: `This file holds ${list.length} YAML documents; Journey Lens reads only the first. Put each journey in a file of its own.`,
      start,
      end: Math.min(start + 3, text.length),
    });
  }
  let value: unknown = undefined;
  if (doc && doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      // toJS throws on alias bombs; the parser itself never expands aliases.
      const message = e instanceof Error && /alias/i.test(e.message)
        ? `Too many aliases: this file expands YAML aliases more than ${MAX_ALIAS_COUNT} times. Write the values out instead of repeating aliases.`
        : `The YAML could not be read: ${e instanceof Error ? e.message : String(e)}`;
      problems.push({ message, start: 0, end: lines.lineEnd(0) });
    }
  }
  return { text, lines, doc, value, problems };
}

function toProblem(e: YAMLError, text: string): SyntaxProblem {
  const length = text.length;
  const [start, end] = e.pos;
  const message = e.code === 'DUPLICATE_KEY'
    ? 'Duplicate key: this key already appears in the same mapping. YAML keeps only one of them; remove or rename one.'
    : friendlyYamlMessage(e);
  const s = Math.max(0, Math.min(start, length));
  return widen({ message, start: s, end: Math.max(s, Math.min(end, length)) }, e, text);
}

/**
 * yaml often marks a single character, or (for an unclosed quote) the end of
 * the file. Show the user the token itself, or where the quote was opened.
 */
function widen(p: SyntaxProblem, e: YAMLError, text: string): SyntaxProblem {
  const quote = /closing (["'])quote/.exec(e.message);
  if (quote) {
    const open = text.lastIndexOf(quote[1], Math.max(0, p.start - 1));
    const message = `This quoted text is never closed: add the closing ${quote[1]} where the text ends.`;
    if (open >= 0) return { message, start: open, end: lineEndFrom(text, open) };
  }
  if (p.end - p.start <= 1) {
    const token = /^[^\s:,[\]{}#]+/.exec(text.slice(p.start, p.start + 200));
    if (token) return { ...p, end: p.start + token[0].length };
  }
  return p;
}

function lineEndFrom(text: string, offset: number): number {
  const m = /[\r\n]/.exec(text.slice(offset));
  return m ? offset + m.index : text.length;
}

function friendlyYamlMessage(e: YAMLError): string {
  // yaml's messages are accurate but terse; the first line is the useful part.
  const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (e.code === 'TAB_AS_INDENT') return `${first}. YAML indents with spaces only; replace the tab with spaces.`;
  return `YAML syntax: ${first}`;
}
