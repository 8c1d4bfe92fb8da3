/** "Did you mean ...?": the nearest candidate by edit distance, if near enough. */
import { MAX_SUGGESTION_COMPARISONS } from './limits';

let rows = [new Int32Array(64), new Int32Array(64)];

/**
 * The edit distance of a and b when it is at most `max`, else max + 1. Only
 * cells within `max` of the diagonal can stay within `max`, so this takes
 * O(length × max) rather than O(length²): a pasted megabyte-long id compared
 * with a thousand declared ids must not freeze the editor.
 */
export function editDistance(a: string, b: string, max = Math.max(a.length, b.length)): number {
  if (a === b) return 0;
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  // Two rows reused between calls: a search compares one word with thousands of ids.
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [prev, cur] = rows;
  prev.fill(over, 0, b.length + 1);
  cur.fill(over, 0, b.length + 1);
  for (let j = 0; j <= Math.min(b.length, max); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    // The cell left of the band: row i's first column, or out of reach.
    cur[lo - 1] = lo === 1 ? (i <= max ? i : over) : over;
    let rowMin = cur[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = Math.min(d, over);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin >= over) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], over);
}

/** How far a word may be from a candidate to be suggested: a typo, not another word. */
function typoLimit(length: number): number {
  // Very short ids are too close to everything: only a case difference counts.
  return length < 3 ? 0 : Math.max(1, Math.min(3, Math.floor(length / 3)));
}

/** One distinct candidate (compared case-insensitively) and where it first appears. */
interface Entry { readonly lower: string; readonly original: string; readonly index: number }

/**
 * "Did you mean …?" over one list of candidates, built once per check and
 * asked for every unknown word. Asking each word against every candidate made
 * a file of 10,000 unknown references take 10,000 × 10,000 comparisons; the
 * index below only looks at candidates that can be near (a length within the
 * limit, or a prefix), and once MAX_SUGGESTION_COMPARISONS comparisons are
 * spent it suggests nothing more, so the cost stays linear in the list.
 *
 * The answer is the candidate closest to the word, compared case-insensitively,
 * the first in the list on a tie; one a prefix of the other counts as the
 * difference in length, at most 2.
 */
export class Suggester {
  private readonly exact = new Map<string, Entry>();
  private readonly byLength = new Map<number, Entry[]>();
  private readonly lengths: number[];
  /** The entries sorted by their lower-case text, to find the words that begin with another. */
  private readonly sorted: Entry[];
  private budget = MAX_SUGGESTION_COMPARISONS;

  constructor(candidates: Iterable<string>) {
    for (const original of candidates) {
      const lower = original.toLowerCase();
      if (this.exact.has(lower)) continue;
      const entry = { lower, original, index: this.exact.size };
      this.exact.set(lower, entry);
      const bucket = this.byLength.get(lower.length);
      if (bucket) bucket.push(entry);
      else this.byLength.set(lower.length, [entry]);
    }
    this.lengths = [...this.byLength.keys()].sort((a, b) => a - b);
    this.sorted = [...this.exact.values()].sort((a, b) => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0));
  }

  /** The candidate the word most likely meant, if one is near enough. */
  suggest(word: string): string | undefined {
    const w = word.toLowerCase();
    const same = this.exact.get(w);
    if (same) return same.original;
    const limit = typoLimit(w.length);
    if (limit === 0) return undefined;
    const near = this.lengths.filter((length) => Math.abs(length - w.length) <= limit);
    // A search that would go over the budget is not started, nor is any after it: the first words get a suggestion.
    this.budget -= near.reduce((sum, length) => sum + (this.byLength.get(length)?.length ?? 0), 0);
    if (this.budget < 0) return undefined;
    let best: Entry | undefined;
    let bestDistance = limit + 1;
    const consider = (e: Entry, d: number) => {
      if (d < bestDistance || (d === bestDistance && best && e.index < best.index)) {
        best = e;
        bestDistance = d;
      }
    };
    for (const length of this.lengths) {
      if (Math.abs(length - w.length) <= limit) {
        for (const e of this.byLength.get(length) ?? []) consider(e, distance(w, e.lower, limit));
      } else if (limit >= 2 && length < w.length) {
        // A much shorter candidate is near only as a prefix of the word (counted as 2).
        const prefix = this.exact.get(w.slice(0, length));
        if (prefix) consider(prefix, 2);
      }
    }
    if (limit >= 2) {
      // A much longer candidate is near only when it begins with the word (counted as 2).
      for (let i = this.firstNotBefore(w); i < this.sorted.length && this.sorted[i].lower.startsWith(w); i++) {
        if (--this.budget < 0) return undefined;
        if (this.sorted[i].lower.length > w.length + limit) consider(this.sorted[i], 2);
      }
    }
    return best?.original;
  }

  /** Where `w` would stand in the sorted entries: the words that begin with it follow. */
  private firstNotBefore(w: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].lower < w) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The distance that suggestions use: a prefix counts as the difference in length, at most 2. */
function distance(w: string, c: string, limit: number): number {
  return c.startsWith(w) || w.startsWith(c) ? Math.min(Math.abs(c.length - w.length), 2) : editDistance(w, c, limit);
}

/** The one candidate closest to `word`, for a list asked only once. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  return new Suggester(candidates).suggest(word);
}
