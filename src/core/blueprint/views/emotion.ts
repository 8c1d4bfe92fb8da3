/**
 * The emotion curve: one point per step at the centre of its column, and a
 * line along each path the journey can take, so alternatives after a fork
 * are never joined to each other, and a step without an emotion leaves a
 * gap. Columns have one width, so the SVG lines up with the grid without
 * measuring anything.
 */
import type { StepCell } from '../types';
import { s, type VElement } from '../vnode';
import type { Labels } from './labels';

export const EMOTION_HEIGHT = 72;
const PAD = 10;

/** y for an emotion of −2..2 (clamped): +2 at the top. */
export function emotionY(e: number): number {
  const clamped = Math.max(-2, Math.min(2, e));
  return PAD + ((2 - clamped) / 4) * (EMOTION_HEIGHT - 2 * PAD);
}

/**
 * The steps each line runs through: chains of forward `next` edges between
 * steps that have an emotion, one line per chain, a new one at every fork
 * and join. Loops (back to an earlier column) are drawn by the Paths lane.
 */
export function emotionChains(steps: readonly StepCell[]): number[][] {
  const has = (i: number): boolean => steps[i]?.emotion !== undefined;
  const out = steps.map((st) => (has(st.index) ? [...new Set(st.next)].filter((b) => b > st.index && has(b)) : []));
  const into = steps.map(() => 0);
  out.forEach((targets) => targets.forEach((b) => into[b]++));
  const simple = (i: number): boolean => into[i] === 1 && out[i].length === 1;
  const chains: number[][] = [];
  out.forEach((targets, a) => {
    if (simple(a)) return;
    for (const b of targets) {
      const chain = [a, b];
      let at = b;
      while (simple(at)) {
        at = out[at][0];
        chain.push(at);
      }
      chains.push(chain);
    }
  });
  return chains;
}

/** The lines as polyline point lists. */
export function emotionSegments(steps: readonly StepCell[], columnPx: number): string[] {
  return emotionChains(steps).map((chain) => chain.map((i) => `${x(i, columnPx)},${emotionY(steps[i].emotion!)}`).join(' '));
}

const x = (i: number, columnPx: number): number => Math.round((i * columnPx + columnPx / 2) * 10) / 10;

export function emotionCurve(L: Labels, steps: readonly StepCell[], columnPx: number, tracks: readonly number[] = []): VElement {
  const width = Math.round(steps.length * columnPx * 10) / 10;
  const r = Math.max(1.5, Math.min(5, columnPx / 5));
  return s('svg', { class: 'emotion', width, height: EMOTION_HEIGHT, viewBox: `0 0 ${width} ${EMOTION_HEIGHT}`, 'aria-hidden': 'true', focusable: 'false' },
    s('line', { class: 'zero', x1: 0, x2: width, y1: emotionY(0), y2: emotionY(0) }),
    emotionChains(steps).map((chain) => s('polyline', {
      class: `curve track-${Math.min(tracks[chain[1]] ?? 0, 5)}`, 'data-steps': chain.join(' '),
      points: chain.map((i) => `${x(i, columnPx)},${emotionY(steps[i].emotion!)}`).join(' '),
    })),
    steps.filter((st) => st.emotion !== undefined).map((st) =>
      s('circle', {
        class: `point ${st.emotion! < 0 ? 'negative' : st.emotion! > 0 ? 'positive' : 'neutral'}`,
        cx: x(st.index, columnPx), cy: emotionY(st.emotion!), r,
      }, s('title', {}, `${st.id}: ${L.emotionOf(st.emotion!)}`))));
}

/** What the curve shows, in words, for screen readers. */
export function emotionSummary(L: Labels, steps: readonly StepCell[]): string {
  return steps.filter((st) => st.emotion !== undefined).map((st) => `${st.id} ${L.emotionOf(st.emotion!)}`).join('; ');
}
