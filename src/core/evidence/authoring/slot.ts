/**
 * Where the cursor is, for completing evidence names: in an `observed` value
 * (a step's or task's activity patterns: a scalar, a flow list item or a
 * block list item), or at an `evidence` key that names a log attribute
 * (`case`, `activity`, `time`, `actor`: their values; `where`: its keys).
 * Works on the raw line, because while the user types the YAML is often
 * incomplete; flow collections are followed within the line.
 */
import type { ScalarPlace } from './yaml-text';

export interface EvidenceSlot {
  kind: 'activity' | 'attribute';
  /** `observed`, or the evidence key: `case`, `activity`, `time`, `actor`, `where` (a key of `where`). */
  key: string;
  place: ScalarPlace;
  /** The text to replace: the item being typed, with its quotes. */
  start: number;
  end: number;
  /** The quote the user opened, if any. */
  quote?: '"' | "'";
  /** What is typed between the item's start (after an opening quote) and the cursor. */
  typed: string;
}

const ATTRIBUTE_KEYS: ReadonlySet<string> = new Set(['case', 'activity', 'time', 'actor']);

interface Frame {
  type: 'block' | '[' | '{';
  /** The key whose value the cursor is in, at this level. */
  key?: string;
  /** In a mapping, before its `key:`. */
  keyPos: boolean;
  /** A complete value was written (a closed quote or collection): nothing to complete here. */
  done: boolean;
  tokenStart: number;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

export function evidenceSlotAt(text: string, offset: number): EvidenceSlot | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return slotFrom(text, text.slice(lineStart, offset), lineStart, offset) ?? slotInOpenFlow(text, lineStart, offset);
}

/** How many lines above the cursor an open `observed: [` or `where: {` is looked for. */
const FLOW_LINES = 20;

/** A flow list or map that opens on an earlier line and is still open at the cursor: read its lines as one. */
function slotInOpenFlow(text: string, lineStart: number, offset: number): EvidenceSlot | undefined {
  let start = lineStart;
  for (let k = 0; k < FLOW_LINES && start > 0; k++) {
    start = text.lastIndexOf('\n', start - 2) + 1;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (/(?:^|[\s{,])(?:observed\s*:\s*\[|where\s*:\s*\{|evidence\s*:\s*\{)/.test(line)) {
      // Line breaks read as spaces, so offsets stay those of the text.
      return slotFrom(text, text.slice(start, offset).replace(/[\r\n]/g, ' '), start, offset);
    }
  }
  return undefined;
}

function slotFrom(text: string, before: string, lineStart: number, offset: number): EvidenceSlot | undefined {
  if (before.includes('\r')) return undefined;
  const lead = /^( *)((?:-[ \t]+)*)/.exec(before)!;
  const listItem = lead[2] !== '';
  const keyColumn = lead[0].length;
  const frames: Frame[] = [{ type: 'block', keyPos: true, done: false, tokenStart: keyColumn }];
  let quote: '"' | "'" | undefined;
  let i = keyColumn;
  while (i < before.length) {
    const c = before[i];
    const top = frames[frames.length - 1];
    const atTokenStart = before.slice(top.tokenStart, i).trim() === '';
    if ((c === '"' || c === "'") && atTokenStart) {
      const close = closingQuote(before, i);
      if (close < 0) {
        quote = c;
        top.tokenStart = i;
        break;
      }
      top.done = !top.keyPos;
      i = close + 1;
      continue;
    }
    if (c === '#' && (i === 0 || isSpace(before[i - 1]))) return undefined;
    const flow = top.type !== 'block';
    if (c === ':' && (isSpace(before[i + 1]) || (flow && /[,\]}]/.test(before[i + 1] ?? '')))) {
      if (top.keyPos) {
        top.key = unquote(before.slice(top.tokenStart, i).trim());
        top.keyPos = false;
        top.done = false;
        top.tokenStart = i + 1;
      }
    } else if ((c === '[' || c === '{') && atTokenStart) {
      frames.push({ type: c, keyPos: c === '{', done: false, tokenStart: i + 1 });
    } else if ((c === ']' || c === '}') && flow) {
      frames.pop();
      frames[frames.length - 1].done = true;
    } else if (c === ',' && flow) {
      top.tokenStart = i + 1;
      top.done = false;
      if (top.type === '{') {
        top.keyPos = true;
        top.key = undefined;
      }
    }
    i++;
  }
  const top = frames[frames.length - 1];
  if (top.done) return undefined;
  let start = top.tokenStart;
  while (start < before.length && isSpace(before[start])) start++;
  const typed = quote ? before.slice(start + 1) : before.slice(start);
  const found = classify(text, lineStart, keyColumn, listItem, frames);
  if (!found) return undefined;
  const end = offset + restOfItem(text, offset, quote, found.place);
  return { ...found, start: lineStart + start, end, ...(quote ? { quote } : {}), typed };
}

function classify(text: string, lineStart: number, keyColumn: number, listItem: boolean, frames: Frame[]): Pick<EvidenceSlot, 'kind' | 'key' | 'place'> | undefined {
  const top = frames[frames.length - 1];
  const owner = frames.length > 1 ? frames[frames.length - 2] : undefined;
  if (top.type === 'block') {
    if (!top.keyPos) {
      if (top.key === 'observed') return { kind: 'activity', key: 'observed', place: 'block' };
      if (top.key && ATTRIBUTE_KEYS.has(top.key) && isEvidence(text, lineStart, keyColumn)) return { kind: 'attribute', key: top.key, place: 'block' };
      return undefined;
    }
    if (listItem) {
      const dash = /^ */.exec(text.slice(lineStart))![0].length;
      return blockParent(text, lineStart, dash, true)?.key === 'observed' ? { kind: 'activity', key: 'observed', place: 'block' } : undefined;
    }
    const parent = blockParent(text, lineStart, keyColumn, false);
    if (parent?.key === 'where' && isEvidence(text, parent.lineStart, parent.column)) return { kind: 'attribute', key: 'where', place: 'key' };
    return undefined;
  }
  const k = frames.length - 2;
  /** Whether frame `j` is the value of the top-level `evidence` (a flow map on the `evidence:` line). */
  const evidenceFrame = (j: number): boolean => j === 1 && frames[0].key === 'evidence' && keyColumn === 0 && !listItem;
  if (top.type === '[') return owner?.key === 'observed' ? { kind: 'activity', key: 'observed', place: 'flow' } : undefined;
  if (top.keyPos) {
    if (owner?.key !== 'where') return undefined;
    const evidence = k > 0 ? evidenceFrame(k) : isEvidence(text, lineStart, keyColumn);
    return evidence ? { kind: 'attribute', key: 'where', place: 'key' } : undefined;
  }
  if (top.key === 'observed') return { kind: 'activity', key: 'observed', place: 'flow' };
  if (top.key && ATTRIBUTE_KEYS.has(top.key) && evidenceFrame(k + 1)) return { kind: 'attribute', key: top.key, place: 'flow' };
  return undefined;
}

/** Whether the key at this line and column sits directly under the top-level `evidence:`. */
function isEvidence(text: string, lineStart: number, column: number): boolean {
  const p = blockParent(text, lineStart, column, false);
  return p?.key === 'evidence' && p.column === 0;
}

/**
 * The nearest line above that opens a block (`key:` and nothing after it)
 * and holds the line at `column`: less indented, or for a list item (a
 * compact `key:\n- item`) equally indented.
 */
function blockParent(text: string, lineStart: number, column: number, item: boolean): { key: string; column: number; lineStart: number } | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const indent = /^ */.exec(line)![0].length;
    const dashes = /^ *((?:-[ \t]+)*)/.exec(line)![0].length;
    const holds = indent < column || (item && indent === column && line[indent] !== '-');
    if (!holds) continue;
    const m = /^\s*(?:-[ \t]+)*([^\s#'"][^:#]*?|"[^"]*"|'[^']*')\s*:\s*(?:#.*)?$/.exec(line);
    return m ? { key: unquote(m[1]), column: dashes, lineStart: start } : undefined;
  }
  return undefined;
}

function closingQuote(s: string, open: number): number {
  const q = s[open];
  for (let i = open + 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') i++;
    else if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function unquote(s: string): string {
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}

/** How far the item being typed goes on after the cursor: to its closing quote, else to its delimiter. */
function restOfItem(text: string, offset: number, quote: '"' | "'" | undefined, place: ScalarPlace): number {
  const lineEnd = text.indexOf('\n', offset);
  const after = text.slice(offset, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  if (quote) {
    const close = closingQuote(quote + after, 0);
    return close < 0 ? 0 : close;
  }
  const stop = place === 'block' ? /\s#|$/ : place === 'key' ? /:(?:\s|$)|[,}]|\s#|$/ : /[,\]}]|\s#|$/;
  const m = stop.exec(after)!;
  return after.slice(0, m.index).replace(/\s+$/, '').length;
}
