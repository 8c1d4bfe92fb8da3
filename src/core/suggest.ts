/** "Did you mean ...?": the nearest candidate by edit distance, if near enough. */

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
  let prev = new Array<number>(b.length + 1).fill(over);
  let cur = new Array<number>(b.length + 1).fill(over);
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

/**
 * The candidate closest to `word`, compared case-insensitively, when the
 * distance is small for the word's length (a typo, not another word).
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  // Very short ids are too close to everything: only a case difference counts.
  const limit = w.length < 3 ? 0 : Math.max(1, Math.min(3, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const cl = c.toLowerCase();
    // One a prefix of the other: the distance is the difference in length, counted as at most 2.
    const d = cl === w ? 0 : cl.startsWith(w) || w.startsWith(cl) ? Math.min(Math.abs(cl.length - w.length), 2) : editDistance(w, cl, limit);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
