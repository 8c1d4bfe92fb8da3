/**
 * The emotion curve: one point per step at the centre of its column, joined
 * by a line, with a gap where a step has no emotion. Columns have a fixed
 * width, so the SVG lines up with the grid without measuring anything.
 */
import type { StepCell } from '../types';
import { s, type VElement } from '../vnode';
import { LABELS as L } from './labels';

export const EMOTION_HEIGHT = 72;
const PAD = 10;

/** y for an emotion of −2..2 (clamped): +2 at the top. */
export function emotionY(e: number): number {
  const clamped = Math.max(-2, Math.min(2, e));
  return PAD + ((2 - clamped) / 4) * (EMOTION_HEIGHT - 2 * PAD);
}

/** Runs of consecutive steps that have an emotion, as polyline point lists. */
export function emotionSegments(steps: readonly StepCell[], columnPx: number): string[] {
  const segments: string[] = [];
  let points: string[] = [];
  for (const step of steps) {
    if (step.emotion === undefined) {
      if (points.length > 0) segments.push(points.join(' '));
      points = [];
      continue;
    }
    points.push(`${step.index * columnPx + columnPx / 2},${emotionY(step.emotion)}`);
  }
  if (points.length > 0) segments.push(points.join(' '));
  return segments;
}

export function emotionCurve(steps: readonly StepCell[], columnPx: number): VElement {
  const width = steps.length * columnPx;
  return s('svg', { class: 'emotion', width, height: EMOTION_HEIGHT, viewBox: `0 0 ${width} ${EMOTION_HEIGHT}`, 'aria-hidden': 'true', focusable: 'false' },
    s('line', { class: 'zero', x1: 0, x2: width, y1: emotionY(0), y2: emotionY(0) }),
    emotionSegments(steps, columnPx).map((points) => s('polyline', { class: 'curve', points })),
    steps.filter((st) => st.emotion !== undefined).map((st) =>
      s('circle', {
        class: `point ${st.emotion! < 0 ? 'negative' : st.emotion! > 0 ? 'positive' : 'neutral'}`,
        cx: st.index * columnPx + columnPx / 2, cy: emotionY(st.emotion!), r: 5,
      }, s('title', {}, `${st.id}: ${L.emotionOf(st.emotion!)}`))));
}

/** What the curve shows, in words, for screen readers. */
export function emotionSummary(steps: readonly StepCell[]): string {
  return steps.filter((st) => st.emotion !== undefined).map((st) => `${st.id} ${L.emotionOf(st.emotion!)}`).join('; ');
}
