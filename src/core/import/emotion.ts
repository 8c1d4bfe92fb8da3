/**
 * Mermaid's task score (1 = very unhappy … 5 = very happy; its documentation
 * allows 0 to 5) as the format's emotion (−2 … 2): the score minus 3. A score
 * outside 1…5 is taken as the nearest end, a fraction rounded; the note says so.
 */
export interface Emotion {
  emotion: -2 | -1 | 0 | 1 | 2;
  /** Why the emotion is not simply the score minus 3, when it is not. */
  note?: string;
}

export function emotionOf(score: number): Emotion {
  const whole = Math.round(score);
  const clamped = Math.max(1, Math.min(5, whole));
  const emotion = (clamped - 3) as Emotion['emotion'];
  if (clamped !== whole) return { emotion, note: `outside 1..5, taken as ${clamped}` };
  if (whole !== score) return { emotion, note: `rounded to ${whole}` };
  return { emotion };
}
