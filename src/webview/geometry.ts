/**
 * Where a handoff arrow runs between two task cards. Pure, so it is tested
 * without a browser; the page measures the cards and draws the paths.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Arrows run in a gutter right of the cards, so no card ever hides one. */
export const GUTTER_DOWN = 7;
export const GUTTER_UP = 14;

/**
 * A bracket from the right edge of one card to the right edge of the other:
 * out at two thirds of the sender's height, in at one third of the
 * receiver's, so a chain A → B → C never meets on one point. Work coming
 * back (upwards, as in ping-pong) runs further out than work going on.
 */
export function arrowPath(from: Box, to: Box): string {
  const down = to.top >= from.top;
  const x1 = from.left + from.width;
  const x2 = to.left + to.width;
  const y1 = from.top + (from.height * 2) / 3;
  const y2 = to.top + to.height / 3;
  const gutter = Math.max(x1, x2) + (down ? GUTTER_DOWN : GUTTER_UP);
  return `M ${r(x1)} ${r(y1)} H ${r(gutter)} V ${r(y2)} H ${r(x2 + 1)}`;
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
