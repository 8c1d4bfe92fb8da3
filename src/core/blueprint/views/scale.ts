/**
 * How wide the blueprint's columns are, and how much a cell shows at that
 * width (semantic zoom). Pure, so the page, the export and the unit tests
 * agree: the page picks a width from the panel and the zoom, the views draw
 * at it, and the CSS of each level keeps text from overlapping.
 */

/** full: everything; summary: title, channel icon, finding markers; tiny: the step number and colour. */
export type ZoomLevel = 'full' | 'summary' | 'tiny';

export interface GridScale {
  /** Width of a step column, px. */
  column: number;
  /** Width of the sticky lane-label column, px. */
  lane: number;
  level: ZoomLevel;
}

/** The width the export draws at, and a column's width before the page knows the panel's. */
export const COLUMN_PX = 232;
/** Columns adapt to the panel between these widths when not zoomed. */
export const COLUMN_MIN = 180;
export const COLUMN_MAX = 320;
/** How far zooming goes: a column never narrower or wider. */
export const ZOOM_MIN = 10;
const ZOOM_MAX = 480;
const ZOOM_STEP = 1.25;

const LANE: Record<ZoomLevel, number> = { full: 152, summary: 112, tiny: 40 };
const SUMMARY_FROM = 72;

export function levelOf(column: number): ZoomLevel {
  return column >= COLUMN_MIN ? 'full' : column >= SUMMARY_FROM ? 'summary' : 'tiny';
}

export function scaleOf(column: number): GridScale {
  const level = levelOf(column);
  return { column, lane: LANE[level], level };
}

export const DEFAULT_SCALE: GridScale = scaleOf(COLUMN_PX);

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** Not zoomed: the columns share the panel, within COLUMN_MIN..COLUMN_MAX. */
export function autoColumn(width: number, steps: number): number {
  return clamp(Math.floor((width - LANE.full) / Math.max(1, steps)), COLUMN_MIN, COLUMN_MAX);
}

/** A zoom factor applied to the panel's own width (1 = not zoomed). */
export function zoomedScale(width: number, steps: number, factor: number): GridScale {
  return scaleOf(clamp(Math.round(autoColumn(width, steps) * factor * 10) / 10, ZOOM_MIN, ZOOM_MAX));
}

/**
 * "Fit": every step column within `width` px, the lane labels included.
 * A narrower level has a narrower label column, so the widest level whose
 * column still belongs to it wins.
 */
export function fitScale(width: number, steps: number): GridScale {
  const n = Math.max(1, steps);
  for (const level of ['full', 'summary', 'tiny'] as const) {
    const column = Math.floor(((width - LANE[level]) / n) * 10) / 10;
    if (levelOf(column) === level || level === 'tiny') return { column: clamp(column, 1, COLUMN_MAX), lane: LANE[level], level: levelOf(clamp(column, 1, COLUMN_MAX)) };
  }
  return scaleOf(COLUMN_MIN);
}

/** The factor that gives `column` (e.g. when zooming from "Fit"). */
function factorOf(column: number, width: number, steps: number): number {
  return column / autoColumn(width, steps);
}

/** The zoom after a zoom command ('in', 'out', 'fit', 'reset'), from the column width now shown; undefined for another word. */
export function nextZoom(command: string, column: number, width: number, steps: number): number | 'fit' | undefined {
  if (command === 'fit') return 'fit';
  if (command === 'reset') return 1;
  if (command !== 'in' && command !== 'out') return undefined;
  return factorOf(clamp(column * (command === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP), ZOOM_MIN, ZOOM_MAX), width, steps);
}

/**
 * Where to scroll after zooming so that the step under the pointer stays
 * under it (`anchor`: the pointer's distance from the scroller's left edge),
 * or, without a pointer, the step at the left edge stays there.
 */
export function scrollAfterZoom(scrollLeft: number, before: GridScale, after: GridScale, anchor?: number): number {
  const at = (scrollLeft + (anchor === undefined ? 0 : anchor - before.lane)) / before.column;
  return Math.max(0, at * after.column - (anchor === undefined ? 0 : anchor - after.lane));
}
