/**
 * Where the cursor is in a journey or catalog, read from the raw lines by
 * their indentation, because while the user types the YAML is often
 * incomplete (`kano:` with nothing after it, a key half-typed, a new `- `).
 * Block style only: inside a flow collection (`{ … }`, `[ … ]`) only the
 * value of a key on its own line is recognised.
 */
import type { PathSegment } from '../yaml/locate';

export interface KeySlot {
  kind: 'key';
  /** The path of the mapping the key goes in. */
  path: PathSegment[];
  /** The key's column. */
  column: number;
  /** The part of the key typed so far, and where it starts. */
  prefix: string;
  start: number;
  /** The keys the mapping holds already (above and below the cursor). */
  present: Set<string>;
  /** Nothing before the cursor but indentation (no `- `): a structural snippet fits here. */
  bare: boolean;
  /** The line opens a list item (`- ` before the key). */
  item: boolean;
  /** The scalar items of the list above, when `path` ends at a list item (`- telefoon`). */
  siblings: string[];
}

export interface ValueSlot {
  kind: 'value';
  /** The path of the value: the key's path, with an index when the cursor is at an item of a flow list. */
  path: PathSegment[];
  key: string;
  prefix: string;
  start: number;
  /** The values of the flow list written so far (`[a, b`), not to be offered again. */
  siblings: string[];
  /** Right after the colon: the value needs a space before it. */
  space: boolean;
}

export type Slot = KeySlot | ValueSlot;

interface Line {
  /** Column of the key (after indentation and `- ` markers), or of the content. */
  column: number;
  /** Columns of the `- ` markers. */
  dashes: number[];
  key?: string;
  /** The value after `key:`, trimmed ('' for a key that opens a block). */
  value?: string;
  /** A list item that is a scalar (`- telefoon`). */
  scalar?: string;
}

const LINE = /^( *)((?:- +)*)(.*)$/;
const KEY = /^([A-Za-z0-9_][\w-]*|"[^"]*"|'[^']*')\s*:(?:\s+(.*)|$)/;

function readLine(raw: string): Line | undefined {
  const text = raw.replace(/\r$/, '');
  if (text.trim() === '' || /^\s*#/.test(text)) return undefined;
  const m = LINE.exec(text)!;
  const indent = m[1].length;
  const dashes: number[] = [];
  let col = indent;
  for (const d of m[2].match(/- +/g) ?? []) { dashes.push(col); col += d.length; }
  const rest = m[3];
  const k = KEY.exec(rest);
  if (k) return { column: col, dashes, key: k[1].replace(/^["']|["']$/g, ''), value: (k[2] ?? '').replace(/\s+#.*$/, '').trim() };
  return { column: col, dashes, scalar: rest.trim() };
}

/**
 * The lines before offset `end` (a line start), nearest first, without blanks
 * and comments; read in place, not split. A line indented deeper than
 * `deeper()` is skipped unread (it is inside a sibling), which keeps the walk
 * up a 300-step file fast.
 */
function* above(text: string, end: number, deeper: () => number): Generator<Line> {
  let stop = end - 1;
  while (stop >= 0) {
    const start = text.lastIndexOf('\n', stop - 1) + 1;
    let indent = start;
    while (text.charCodeAt(indent) === 32) indent++;
    if (indent - start <= deeper()) {
      const l = readLine(text.slice(start, stop));
      if (l) yield l;
    }
    stop = start - 1;
  }
}

/**
 * The path of the mapping whose keys are at `column`, found by walking up.
 * `item` is the column of the `- ` that opens the mapping, when the cursor's
 * own line opens it. Collects the keys above that belong to that mapping, and
 * the scalar items of the list when the "mapping" is a list item.
 */
function mappingPath(text: string, lineStart: number, column: number, item: number | undefined, present: Set<string>, siblings: string[]): PathSegment[] | undefined {
  let seq = item !== undefined;
  let col = item ?? column;
  let collect = true;
  const path: PathSegment[] = [];
  const it = above(text, lineStart, () => col);
  let pending: Line | undefined;
  for (;;) {
    const l = pending ?? it.next().value;
    pending = undefined;
    if (!l) break;
    const lastDash = l.dashes[l.dashes.length - 1];
    if (!seq) {
      if (l.column > col) continue;
      if (l.column === col && l.key !== undefined) {
        if (collect) present.add(l.key);
        // The first key of a list item: the mapping is that item.
        if (lastDash !== undefined) { seq = true; col = lastDash; collect = false; }
        continue;
      }
      if (l.column < col && l.key !== undefined && l.value === '') {
        path.unshift(l.key);
        col = l.column;
        collect = false;
        pending = l;
        continue;
      }
      return undefined;
    }
    if (l.dashes[0] === col) {
      // An item of the same list above.
      if (collect && l.scalar !== undefined && l.dashes.length === 1) siblings.push(l.scalar);
      continue;
    }
    if (l.column > col && (l.dashes.length === 0 || l.dashes[0] > col)) continue;
    if (l.key !== undefined && l.value === '' && (l.column < col || (l.column === col && lastDash === undefined))) {
      path.unshift(l.key, 0);
      seq = false;
      col = l.column;
      collect = false;
      pending = l;
      continue;
    }
    return undefined;
  }
  return !seq && col === 0 ? path : undefined;
}

/** The keys below the cursor in the same mapping. */
function keysBelow(text: string, from: number, column: number, present: Set<string>): void {
  let start = text.indexOf('\n', from) + 1;
  while (start > 0) {
    const next = text.indexOf('\n', start);
    const l = readLine(text.slice(start, next < 0 ? undefined : next));
    start = next + 1;
    if (!l) continue;
    if (l.column < column || (l.column === column && l.dashes.length)) return;
    if (l.column === column && l.key !== undefined) present.add(l.key);
  }
}

/** What can be typed at `offset`: a key of a mapping, or the value of a key (or of a list item). */
export function slotAt(text: string, offset: number): Slot | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined;
  const m = LINE.exec(before)!;
  const dashes: number[] = [];
  let col = m[1].length;
  for (const d of m[2].match(/- +/g) ?? []) { dashes.push(col); col += d.length; }
  if (dashes.length > 1) return undefined;
  const rest = m[3];
  const item = dashes[0];
  const present = new Set<string>();
  const siblings: string[] = [];

  const k = /^([A-Za-z0-9_][\w-]*)\s*:\s+(.*)$|^([A-Za-z0-9_][\w-]*)\s*:$/.exec(rest);
  if (k) {
    const key = k[1] ?? k[3];
    const value = k[2] ?? '';
    const path = mappingPath(text, lineStart, col, item, present, siblings);
    if (!path || /^[{|>&*!"']/.test(value)) return undefined;
    // A value, also an item of a flow list (`[a, b`).
    const inList = value.startsWith('[');
    const parts = inList ? value.slice(1).split(',') : [value];
    const typed = parts[parts.length - 1].replace(/^\s*/, '');
    if (/[\]]/.test(typed) || (!inList && /[,:]/.test(typed))) return undefined;
    return { kind: 'value', path: inList ? [...path, key, 0] : [...path, key], key, prefix: typed, start: offset - typed.length, siblings: parts.slice(0, -1).map((p) => p.trim()).filter(Boolean), space: k[3] !== undefined };
  }
  if (!/^[A-Za-z0-9_-]*$/.test(rest)) return undefined;
  const path = mappingPath(text, lineStart, col, item, present, siblings);
  if (!path) return undefined;
  keysBelow(text, offset, col, present);
  return { kind: 'key', path, column: col, prefix: rest, start: offset - rest.length, present, bare: rest === '' && item === undefined, item: item !== undefined, siblings };
}
