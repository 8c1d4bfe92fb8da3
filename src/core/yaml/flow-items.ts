/**
 * How many items one flow collection (`[a, b]`, `{a: 1, b: 2}`) holds,
 * measured before yaml builds its token tree. That tree costs about 900
 * bytes per item, so a 10 MB `[1, 1, 1, …]` pasted into a journey became
 * some 4 GB of tokens before a single finding, and ran the process out of
 * memory. Counted on yaml's own lexer, so that commas inside quotes, plain
 * scalars and comments are not taken for separators.
 */
import { Lexer } from 'yaml';

/** Tokens the lexer yields that mark a state and take no characters of the text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);

/** The offset of the first flow collection with more than `max` items, or undefined. */
export function tooManyFlowItemsAt(text: string, max: number): number | undefined {
  // A collection of more than `max` items has at least `max` commas: most files
  // never reach that, and are not lexed twice.
  let commas = 0;
  for (let i = text.indexOf(','); i >= 0 && commas < max; i = text.indexOf(',', i + 1)) commas++;
  if (commas < max) return undefined;
  // The open collections, innermost last: where each starts, and its commas so far.
  const open: { offset: number; commas: number }[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      open.push({ offset, commas: 0 });
    } else if (token === ']' || token === '}' || token === '\x18') {
      open.pop();
    } else if (token === ',' && open.length > 0) {
      const innermost = open[open.length - 1];
      if (++innermost.commas >= max) return innermost.offset;
    }
    if (!MARKERS.has(token)) offset += token.length;
  }
  return undefined;
}
