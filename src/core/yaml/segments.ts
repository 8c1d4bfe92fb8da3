/**
 * Splits a journey's text into its header, one block per step (the items of
 * the top-level `steps:` block sequence) and a trailer. Returns undefined for
 * anything unusual (anchors, tabs, directives, flow-style steps...), so the
 * caller parses the whole text instead: only plain, common shapes are split.
 * Scans character codes without slicing lines: it runs on every keystroke.
 */

export interface Split {
  /** Offset where the first step item starts (its indentation included). */
  itemsStart: number;
  /** [start, end) of each step item's block. */
  items: [number, number][];
  /** Offset of the first top-level key after the steps, or the text length. */
  trailerStart: number;
}

// Anchors and aliases may cross blocks; directives, document markers and tabs change how blocks read.
// A `*` before a closing quote is the end of a quoted pattern (`"Melding *"`, evidence's wildcards),
// not an alias: no one names an anchor starting with a quote, and the full-parse property test holds it.
const UNSAFE = /(^|[\s[{,:])[&*][^\s,\]}"']|^(%|---|\.\.\.)|\t/m;
const STEPS_KEY = /^steps[ ]*:[ ]*(#.*)?$/gm;

const SPACE = 32;
const NEWLINE = 10;
const CR = 13;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** Whether the line content at `at` is a sequence item (`- ` or a lone `-`). */
function isItem(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== DASH) return false;
  const next = text.charCodeAt(at + 1);
  return next === SPACE || next === NEWLINE || next === CR || Number.isNaN(next);
}

/** Whether a column-0 line at `at` looks like a `key:` of the top-level mapping. */
function isTopLevelKey(text: string, at: number, end: number): boolean {
  const colon = text.indexOf(':', at);
  return colon > at && colon < end && text.charCodeAt(colon - 1) !== SPACE && (colon + 1 === end || [SPACE, CR].includes(text.charCodeAt(colon + 1)) || text.charCodeAt(colon + 1) === COLON);
}

export function splitSteps(text: string): Split | undefined {
  if (UNSAFE.test(text)) return undefined;
  STEPS_KEY.lastIndex = 0;
  const first = STEPS_KEY.exec(text);
  if (!first || STEPS_KEY.exec(text)) return undefined;
  let pos = text.indexOf('\n', first.index);
  if (pos < 0) return undefined;
  pos++;
  let indent = -1;
  const items: [number, number][] = [];
  let trailerStart = text.length;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let content = pos;
    while (content < end && text.charCodeAt(content) === SPACE) content++;
    const c = text.charCodeAt(content);
    const blank = content >= end || c === CR;
    if (!blank && c !== HASH) {
      const column = content - pos;
      if (indent < 0) {
        if (!isItem(text, content)) return undefined;
        indent = column;
      }
      if (column === indent && isItem(text, content)) {
        if (items.length > 0) items[items.length - 1][1] = pos;
        items.push([pos, text.length]);
      } else if (column === 0 && (indent > 0 || isTopLevelKey(text, content, end))) {
        trailerStart = pos;
        break;
      } else if (column <= indent) {
        return undefined;
      }
    }
    pos = end + 1;
  }
  if (items.length === 0) return undefined;
  items[items.length - 1][1] = trailerStart;
  return { itemsStart: items[0][0], items, trailerStart };
}
