/**
 * `report --format json`: the portfolio model as it is, under a format
 * version, so dashboards can read it without parsing Markdown or HTML.
 */
import type { Portfolio } from '../types';

/** Bumped when a field is renamed or removed; new fields may appear at any time. */
export const REPORT_JSON_VERSION = 1;

export function renderJson(portfolio: Portfolio): string {
  return `${JSON.stringify({ journeyLensReport: REPORT_JSON_VERSION, ...portfolio }, null, 2)}\n`;
}
