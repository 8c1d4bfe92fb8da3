/**
 * Parses a journey, catalog or config file with `yaml`, keeping the node tree
 * (with source offsets) for precise findings and the plain value for the
 * schema. Syntax problems become `yaml-syntax` findings, never exceptions.
 */
import { Composer, Document, Parser, YAMLError } from 'yaml';
import type { Texts } from '../i18n/language';
import { LineIndex } from './lines';
import { MAX_ALIAS_COUNT, MAX_FLOW_ITEMS, MAX_NESTING_DEPTH, MAX_SYNTAX_PROBLEMS } from '../engine/limits';
import { duplicateKeys } from './duplicate-keys';
import { tooManyFlowItemsAt } from './flow-items';
import { tooDeepAt } from './nesting';
import { colonInValue, DUPLICATE_KEY, moreNotShown, severalDocuments, tooDeep as tooDeepMessage, tooManyFlowItems, TOO_MANY_ALIASES, unclosedQuote, unreadable, yamlLibraryMessage } from './syntax-messages';

export interface SyntaxProblem {
  /** In every language: parsing does not depend on one, the check picks it. */
  message: Texts<string>;
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

/** logLevel 'error': yaml would print warnings (a collection as a key) to the console; the schema reports them. */
const OPTIONS = { uniqueKeys: false, strict: true, logLevel: 'error' } as const;

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  const problems: SyntaxProblem[] = [];
  let list: Document.Parsed[];
  try {
    const composed = compose(text);
    if ('stop' in composed) return stoppedAt(text, lines, composed.stop, composed.why);
    list = composed.docs;
  } catch (e) {
    // A last line of defence: yaml reports its own problems rather than throwing.
    const message = e instanceof RangeError ? tooDeepMessage() : unreadable(e instanceof Error ? e.message : String(e));
    return unparsed(text, message);
  }
  const doc = list[0];
  let readable = true;
  for (const d of list) {
    for (const e of [...d.errors, ...d.warnings]) problems.push(toProblem(e, text));
    const duplicates = duplicateKeys(d.contents);
    for (const [start, end] of duplicates) problems.push({ message: DUPLICATE_KEY, start, end });
    if (d === doc) readable = d.errors.length === 0 && duplicates.length === 0;
  }
  if (list.length > 1) {
    const second = list[1];
    const start = second.range?.[0] ?? 0;
    problems.push({
      message: severalDocuments(list.length),
      start,
      end: Math.min(start + 3, text.length),
    });
  }
  let value: unknown = undefined;
  if (doc && readable) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      // toJS throws on alias bombs; the parser itself never expands aliases.
      const message = e instanceof Error && /alias/i.test(e.message) ? TOO_MANY_ALIASES : unreadable(e instanceof Error ? e.message : String(e));
      problems.push({ message, start: 0, end: lines.lineEnd(0) });
    }
  }
  return { text, lines, doc, value, problems: tidy(problems) };
}

/**
 * YAML and editors take a lone \r as a line break (old Mac files); yaml does
 * not. A \n in its place keeps every offset. Every parse of a journey's text
 * (the full one and the segmented one) reads it through this.
 */
export function withNewlinesForLoneCRs(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * yaml's parseAllDocuments in two steps, so that the nesting is measured
 * before composing recurses into it. Duplicate keys are left to
 * duplicateKeys(): yaml's own check is quadratic in a mapping's size.
 */
function compose(text: string): { docs: Document.Parsed[] } | { stop: number; why: Texts<string> } {
  const source = withNewlinesForLoneCRs(text);
  // Before the token tree is built: that tree is what a huge flow list fills the memory with.
  const crowded = tooManyFlowItemsAt(source, MAX_FLOW_ITEMS);
  if (crowded !== undefined) return { stop: crowded, why: tooManyFlowItems() };
  const tokens = Array.from(new Parser().parse(source));
  const deep = tooDeepAt(tokens, MAX_NESTING_DEPTH);
  return deep !== undefined ? { stop: deep, why: tooDeepMessage() } : { docs: Array.from(new Composer(OPTIONS).compose(tokens)) };
}

/**
 * A file that nests too deep, or holds a flow collection too long, is not
 * read past that point. The syntax problems before it are reported too:
 * broken YAML (such as `a: b: c` on every line) is often what makes yaml read
 * the rest as ever deeper nesting.
 */
function stoppedAt(text: string, lines: LineIndex, at: number, why: Texts<string>): ParsedYaml {
  const before = compose(text.slice(0, at));
  // Problems at the cut itself (unclosed brackets) come from cutting, not from the file.
  const errors = 'docs' in before ? before.docs.flatMap((d) => d.errors).filter((e) => e.pos[0] < at) : [];
  const problems = [...errors.map((e) => toProblem(e, text)), { message: why, start: at, end: Math.min(at + 1, text.length) }];
  return { text, lines, doc: undefined, value: undefined, problems: tidy(problems) };
}

/** The problems in order, at most MAX_SYNTAX_PROBLEMS of them and a last one saying how many more there are. */
function tidy(problems: SyntaxProblem[]): SyntaxProblem[] {
  const all = [...problems].sort((a, b) => a.start - b.start);
  if (all.length <= MAX_SYNTAX_PROBLEMS) return all;
  const shown = all.slice(0, MAX_SYNTAX_PROBLEMS);
  const last = shown[shown.length - 1];
  const more = all.length - shown.length;
  return [...shown, { message: moreNotShown(more), start: last.start, end: last.end }];
}

function toProblem(e: YAMLError, text: string): SyntaxProblem {
  const length = text.length;
  const [start, end] = e.pos;
  const message = e.code === 'RESOURCE_EXHAUSTION' ? tooDeepMessage() : yamlLibraryMessage(e.code, e.message);
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
    if (open >= 0) return { message: unclosedQuote(quote[1]), start: open, end: lineEndFrom(text, open) };
  }
  if (e.message.startsWith('Nested mappings are not allowed in compact mappings')) {
    const colon = unquotedColon(text, p.start);
    if (colon !== undefined) return { message: colonInValue(), start: colon, end: colon + 1 };
  }
  if (p.end - p.start <= 1) {
    const token = /^[^\s:,[\]{}#]+/.exec(text.slice(p.start, p.start + 200));
    if (token) return { ...p, end: p.start + token[0].length };
  }
  return p;
}

/** Where `key: text: more` has its second `: ` (YAML reads a new key there), on the value's line. */
function unquotedColon(text: string, from: number): number | undefined {
  const end = lineEndFrom(text, from);
  const m = /:(?=[ \t]|$)/.exec(text.slice(from, end));
  return m ? from + m.index : undefined;
}

function lineEndFrom(text: string, offset: number): number {
  const m = /[\r\n]/.exec(text.slice(offset));
  return m ? offset + m.index : text.length;
}

/** A file that is not read at all (too large), with the one problem that says why, on its first line. */
export function unparsed(text: string, message: Texts<string>): ParsedYaml {
  const lines = new LineIndex(text);
  return { text, lines, doc: undefined, value: undefined, problems: [{ message, start: 0, end: lines.lineEnd(0) }] };
}
