/** The one results table: rows of every section, as Markdown. */

export interface Row {
  section: string;
  measure: string;
  /** What was measured on: "1,000 steps (477 KB)". */
  input: string;
  /** The value as shown: "123.4 ms", "412 KB". */
  value: string;
  /** Time in ms, for the ratio to the floor. */
  ms?: number;
  /** The parse floor of the same input, in ms. */
  floorMs?: number;
  /** The check against the floor, timed alternately in one process (Journey Lens rows). */
  pairedRatio?: number;
  /** Filled in by targets.ts: "≤ 1.3 × floor: met". */
  target?: string;
  note?: string;
  /** For targets.ts to find the row. */
  key?: string;
}

export const ms = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
export const kb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const steps = (n: number): string => `${n.toLocaleString('en-US')} steps`;

export function ratio(row: Row): string {
  return row.ms !== undefined && row.floorMs ? `${(row.ms / row.floorMs).toFixed(2)} ×` : '—';
}

const cell = (s: string | undefined): string => (s ?? '').replace(/\|/g, '\\|');

export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| Section | Measure | Input | Median | × floor | Target | Note |', '|---|---|---|--:|--:|---|---|'];
  for (const r of rows) {
    lines.push(`| ${[r.section, r.measure, r.input, r.value, ratio(r), r.target, r.note].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}
