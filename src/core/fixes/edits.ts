/**
 * Small, formatting-preserving text edits on a YAML document: add a key to a
 * block or flow mapping, replace a scalar, add a comment line. Quick fixes
 * are built from these, so they keep the user's comments, indentation and
 * style, and each is one undoable edit.
 */
import { isMap, isNode, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { LineIndex } from '../yaml/lines';
import { keyText, locate, type Path } from '../yaml/locate';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface EditableDoc {
  text: string;
  doc: Document.Parsed | undefined;
  lines: LineIndex;
}

/** The indentation (spaces) of the line an offset is on. */
function indentOfLine(d: EditableDoc, offset: number): number {
  const line = d.lines.positionAt(offset).line;
  const start = d.lines.lineStart(line);
  return /^ */.exec(d.text.slice(start, d.lines.lineEnd(line)))![0].length;
}

/** The end of the last line a node occupies (block scalars end after their newline). */
function endOfNodeLine(d: EditableDoc, n: Node): number {
  let end = n.range![1];
  while (end > n.range![0] && /[\r\n]/.test(d.text[end - 1])) end--;
  return d.lines.lineEnd(d.lines.positionAt(end).line);
}

/** The newline style of the document. */
function eol(d: EditableDoc): string {
  return d.text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Adds `key: value` to the mapping at `mapPath`, after the entry `after` (or
 * last). `value` is YAML text for a scalar or a flow collection.
 */
export function addKey(d: EditableDoc, mapPath: Path, key: string, value: string, after?: string): TextEdit | undefined {
  const found = locate(d.doc, mapPath);
  if (found.depth !== mapPath.length || !isMap(found.node)) return undefined;
  const map = found.node as YAMLMap;
  if (map.items.length === 0 || !map.range) return undefined;
  const anchor = map.items.find((p) => isNode(p.key) && String((p.key as { value?: unknown }).value) === after) ?? map.items[map.items.length - 1];
  const anchorEnd = isNode(anchor.value) ? anchor.value : (anchor.key as Node);
  if (map.flow) {
    return { start: anchorEnd.range![1], end: anchorEnd.range![1], newText: `, ${key}: ${value}` };
  }
  const firstKey = map.items[0].key as Node;
  const column = d.lines.positionAt(firstKey.range![0]).character;
  const at = endOfNodeLine(d, anchorEnd);
  return { start: at, end: at, newText: `${eol(d)}${' '.repeat(column)}${key}: ${value}` };
}

/**
 * Adds `key:` with the nested `entries` to the mapping at `mapPath`: on lines
 * of their own in a block mapping (where free text in a value may hold
 * commas), as `{ k: v, … }` in a flow mapping, whose style the user chose.
 */
export function addKeyWithEntries(d: EditableDoc, mapPath: Path, key: string, entries: [string, string][], after?: string): TextEdit | undefined {
  const found = locate(d.doc, mapPath);
  if (found.depth !== mapPath.length || !isMap(found.node)) return undefined;
  const map = found.node as YAMLMap;
  if (map.flow) return addKey(d, mapPath, key, `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`, after);
  const firstKey = map.items[0]?.key as Node | undefined;
  if (!firstKey?.range) return undefined;
  const column = d.lines.positionAt(firstKey.range[0]).character + 2;
  const nested = entries.map(([k, v]) => `${eol(d)}${' '.repeat(column)}${k}: ${v}`).join('');
  const entry = addKey(d, mapPath, key, '', after);
  // `key: ` with nothing after it would leave a trailing space.
  return entry && { ...entry, newText: entry.newText.replace(/ $/, '') + nested };
}

/** The document's top-level entry `key`, if it has one (found, as every edit here, through the parsed document). */
export function topLevelKey(d: EditableDoc, key: string): Pair | undefined {
  return isMap(d.doc?.contents) ? d.doc.contents.items.find((p) => keyText(p) === key) : undefined;
}

/**
 * Adds a top-level entry `key:` with nested `child: value` (creating e.g.
 * `teams:`): just above `steps:`, where a journey's declarations stand, or
 * at the end of a file without steps.
 */
export function addNestedKey(d: EditableDoc, key: string, child: string, value: string): TextEdit {
  const nl = eol(d);
  const steps = topLevelKey(d, 'steps');
  const stepsAt = isNode(steps?.key) ? steps.key.range?.[0] : undefined;
  if (stepsAt !== undefined && d.lines.lineStart(d.lines.positionAt(stepsAt).line) === stepsAt) {
    return { start: stepsAt, end: stepsAt, newText: `${key}:${nl}  ${child}: ${value}${nl}` };
  }
  const at = d.text.length;
  const sep = d.text.length === 0 || d.text.endsWith('\n') ? '' : nl;
  return { start: at, end: at, newText: `${sep}${key}:${nl}  ${child}: ${value}${nl}` };
}

/** Replaces the scalar at a path with new text. */
export function replaceScalar(d: EditableDoc, path: Path, newText: string): TextEdit | undefined {
  const found = locate(d.doc, path);
  if (found.depth !== path.length || !found.node?.range || isMap(found.node) || isSeq(found.node)) return undefined;
  return { start: found.node.range[0], end: found.node.range[1], newText };
}

/**
 * Removes the entry at `path` (a mapping's key with its value, or a
 * sequence's item): in block style its whole lines, in a flow collection the
 * entry with one comma. The last entry of a collection takes its parent
 * entry with it, since `asks:` with nothing under it is no list (and
 * `asks: []` says nothing).
 */
export function removeEntry(d: EditableDoc, path: Path): TextEdit | undefined {
  if (path.length === 0) return undefined;
  const parent = locate(d.doc, path.slice(0, -1));
  const coll = parent.node;
  const last = path[path.length - 1];
  if (parent.depth !== path.length - 1 || !(isMap(coll) || isSeq(coll))) return undefined;
  const spans: { start: number; end: number }[] = [];
  for (const item of coll.items as unknown[]) {
    const key = isMap(coll) ? (item as { key?: unknown }).key : item;
    const value = isMap(coll) ? (item as { value?: unknown }).value : item;
    const first = isNode(key) ? key : isNode(value) ? value : undefined;
    const end = isNode(value) ? value : first;
    spans.push(first?.range && end?.range ? { start: first.range[0], end: end.range[1] } : { start: -1, end: -1 });
  }
  const index = isMap(coll) ? coll.items.findIndex((p) => keyText(p) === String(last)) : typeof last === 'number' ? last : -1;
  const span = spans[index];
  if (!span || span.start < 0) return undefined;
  if (coll.flow) {
    if (spans.length === 1) return removeEntry(d, path.slice(0, -1)) ?? { start: span.start, end: span.end, newText: '' };
    // With the comma before it; the first entry with the comma after it.
    return index > 0 ? { start: spans[index - 1].end, end: span.end, newText: '' } : { start: span.start, end: spans[1].start, newText: '' };
  }
  if (spans.length === 1) return removeEntry(d, path.slice(0, -1));
  const line = d.lines.positionAt(span.start).line;
  const lineStart = d.lines.lineStart(line);
  // Only whitespace (and, for a sequence item, its dash) may stand before the entry on its line.
  if (!(isSeq(coll) ? /^\s*-\s*$/ : /^\s*$/).test(d.text.slice(lineStart, span.start))) return undefined;
  let end = span.end;
  while (end > span.start && /[\r\n]/.test(d.text[end - 1])) end--;
  const endLine = d.lines.positionAt(end).line;
  return { start: lineStart, end: endLine + 1 < d.lines.lineCount ? d.lines.lineStart(endLine + 1) : d.text.length, newText: '' };
}

/** Inserts a comment line above the line of an offset, with the same indentation. */
export function commentAbove(d: EditableDoc, offset: number, comment: string): TextEdit {
  const line = d.lines.positionAt(offset).line;
  const start = d.lines.lineStart(line);
  // A list item's line (`- team: x`) is indented to its dash.
  const indent = indentOfLine(d, offset);
  return { start, end: start, newText: `${' '.repeat(indent)}# ${comment}${eol(d)}` };
}

/** Applies edits (non-overlapping) to a text; for tests and the CLI. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
