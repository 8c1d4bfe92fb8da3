/**
 * A spreadsheet's sheet as the import reads it: rows of cell texts (numbers
 * as written, formulas as their cached value), which cells were merged into
 * another, and notes on the cells where reading had to guess. The xlsx
 * reader (src/core/sheets) and the CSV reader both make one; the journey is
 * built from it without knowing which file it came from.
 */
export interface SheetGrid {
  /** The sheet's name (a CSV file's name). */
  name: string;
  /** rows[r][c]: the cell's text, '' when empty; rows may differ in length. */
  rows: string[][];
  /** `r,c` of the cells that are part of a merged range but not its first cell (their text is the first cell's). */
  merged: Set<string>;
  /** `r,c` → what the reader had to guess about that cell (a formula without a saved result). */
  notes: Map<string, string>;
  /** From a CSV file: no merges exist, so an empty stage cell continues the stage before it. */
  csv?: boolean;
  /** The workbook's hidden sheets that were skipped. */
  hiddenSkipped?: string[];
}

export type Layout = 'blueprint' | 'table';

/** At most this many steps: a sheet of more is a data dump, not a journey (and would take minutes to write as YAML). */
export const MAX_SHEET_STEPS = 5_000;

/** Excel's column letters for a 0-based column index (0 → A, 26 → AA). */
export function columnName(c: number): string {
  let name = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `B7` for a 0-based row and column. */
export function cellName(r: number, c: number): string {
  return `${columnName(c)}${r + 1}`;
}
