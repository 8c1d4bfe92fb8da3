/**
 * Where the journey's paths run in the blueprint. Columns stay one per step,
 * in the order of the file; a step gets a track (a row of the Paths lane) so
 * that alternative branches run side by side on tracks of their own between
 * the fork and the join, and no path is ever drawn through a step of
 * another. Pure: the views draw from it, the unit tests check it.
 */

export interface FlowEdge {
  from: number;
  to: number;
  /** A loop: the edge returns to the same or an earlier column. */
  back: boolean;
  /** The track a forward edge runs on between its ends (free of other steps in the columns it passes). */
  track: number;
}

export interface FlowLayout {
  /** The track of each step (column). */
  tracks: number[];
  trackCount: number;
  edges: FlowEdge[];
  /** Anything besides "each step leads to the next": forks, joins, loops, skips or an end before the last step. */
  branched: boolean;
}

/** More tracks would not be read as paths any more: beyond, edges share the last one. */
export const MAX_TRACKS = 8;
/** A journey with more links than this (hostile, or generated) gets one track: laying it out would block the editor. */
const MAX_LAID_OUT_EDGES = 4000;

/** `next[i]`: the indexes of the steps step i leads to (its successors). */
export function flowLayout(next: readonly (readonly number[])[]): FlowLayout {
  const n = next.length;
  if (next.reduce((sum, targets) => sum + targets.length, 0) > MAX_LAID_OUT_EDGES) return flat(next);
  const tracks = new Array<number>(n).fill(-1);
  const taken = Array.from({ length: n }, () => new Set<number>());
  const edges: FlowEdge[] = [];
  const freeOver = (from: number, to: number, t: number): boolean => {
    for (let c = from; c <= to; c++) if (taken[c].has(t)) return false;
    return true;
  };
  const firstFree = (from: number, to: number, ...preferred: number[]): number => {
    for (const t of preferred) if (t >= 0 && t < MAX_TRACKS && freeOver(from, to, t)) return t;
    for (let t = 0; t < MAX_TRACKS; t++) if (freeOver(from, to, t)) return t;
    return MAX_TRACKS - 1;
  };
  const reserve = (from: number, to: number, t: number): void => {
    for (let c = from; c <= to; c++) taken[c].add(t);
  };
  const place = (c: number, t: number): void => {
    tracks[c] = t;
    taken[c].add(t);
  };

  for (let c = 0; c < n; c++) {
    if (tracks[c] < 0) place(c, firstFree(c, c, 0));
    const targets = [...new Set(next[c])].filter((b) => b >= 0 && b < n).sort((a, b) => a - b);
    for (const b of targets) {
      if (b <= c) {
        edges.push({ from: c, to: b, back: true, track: tracks[c] });
        continue;
      }
      if (b === c + 1) {
        if (tracks[b] < 0) place(b, firstFree(b, b, tracks[c]));
        edges.push({ from: c, to: b, back: false, track: tracks[b] });
        continue;
      }
      // A long edge passes the columns between its ends on a track none of their steps uses.
      if (tracks[b] < 0) {
        const t = firstFree(c + 1, b, tracks[c]);
        reserve(c + 1, b - 1, t);
        place(b, t);
        edges.push({ from: c, to: b, back: false, track: t });
      } else {
        const t = firstFree(c + 1, b - 1, tracks[b], tracks[c]);
        reserve(c + 1, b - 1, t);
        edges.push({ from: c, to: b, back: false, track: t });
      }
    }
  }
  const trackCount = Math.max(0, ...tracks, ...edges.map((e) => e.track)) + (n > 0 ? 1 : 0);
  const linear = next.every((targets, i) => (i === n - 1 ? targets.length === 0 : targets.length === 1 && targets[0] === i + 1));
  return { tracks, trackCount, edges, branched: !linear };
}

/** Every step on one track, every link drawn: the layout of last resort. */
function flat(next: readonly (readonly number[])[]): FlowLayout {
  const edges = next.flatMap((targets, from) => [...new Set(targets)].filter((to) => to >= 0 && to < next.length)
    .map((to) => ({ from, to, back: to <= from, track: 0 })));
  return { tracks: next.map(() => 0), trackCount: next.length > 0 ? 1 : 0, edges, branched: true };
}

