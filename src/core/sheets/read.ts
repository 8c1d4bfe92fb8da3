/**
 * An .xlsx workbook's sheet as a SheetGrid, with exceljs: the sheet named,
 * or the first visible one; merged cells take their first cell's text;
 * formulas their saved (cached) result, never evaluated. The file passes
 * zip-guard first. The outcome is plain data, since this module lives in a
 * bundle of its own (dist/sheets.js) and errors do not cross it as classes.
 */
import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { SheetGrid } from '../import/sheet-grid';
import { guardXlsx, rowCount } from './zip-guard';

/** Rows over all sheets: a workbook of more is a data export, and reading it would take long. */
const MAX_WORKBOOK_ROWS = 250_000;

export type ReadXlsx =
  | { ok: true; grid: SheetGrid; sheets: string[] }
  /** `usage`: the problem is in what was asked (a --sheet that does not exist). */
  | { ok: false; message: string; usage?: boolean };

export async function readXlsx(bytes: Uint8Array, options: { sheet?: string } = {}): Promise<ReadXlsx> {
  const guarded = guardXlsx(bytes);
  if (!guarded.ok) return guarded;
  const rows = rowCount(guarded.parts);
  if (rows > MAX_WORKBOOK_ROWS) return { ok: false, message: `the workbook has ${rows.toLocaleString('en')} rows; Journey Lens reads at most ${MAX_WORKBOOK_ROWS.toLocaleString('en')} (a journey has hundreds at most).` };
  // Loaded here, so that only importing a spreadsheet pays for it.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(guarded.zip) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    return { ok: false, message: `the workbook is damaged (${oneLine(e)}).` };
  }
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => s.name);
  if (sheets.length === 0) return { ok: false, message: 'the workbook has no sheet.' };
  const hidden = sheets.filter((s) => s.state !== 'visible');
  let sheet: Worksheet | undefined;
  if (options.sheet !== undefined) {
    sheet = sheets.find((s) => s.name === options.sheet) ?? sheets.find((s) => s.name.toLowerCase() === options.sheet!.toLowerCase());
    if (!sheet) return { ok: false, usage: true, message: `the workbook has no sheet '${options.sheet}'; its sheets are ${names.map((n) => `'${n}'`).join(', ')}.` };
  } else {
    sheet = sheets.find((s) => s.state === 'visible');
    if (!sheet) return { ok: false, message: `all its sheets are hidden (${names.map((n) => `'${n}'`).join(', ')}); choose one with --sheet.` };
  }
  const grid = gridOf(sheet);
  grid.hiddenSkipped = options.sheet === undefined ? hidden.map((s) => s.name) : [];
  return { ok: true, grid, sheets: names };
}

function gridOf(sheet: Worksheet): SheetGrid {
  const grid: SheetGrid = { name: sheet.name, rows: [], merged: new Set(), notes: new Map() };
  const set = (r: number, c: number, t: string) => {
    while (grid.rows.length <= r) grid.rows.push([]);
    const row = grid.rows[r];
    while (row.length < c) row.push('');
    row[c] = t;
  };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const { text, note } = textOf(cell);
      if (note) grid.notes.set(`${rowNumber - 1},${colNumber - 1}`, note);
      if (text !== '') set(rowNumber - 1, colNumber - 1, text);
    });
  });
  for (const range of sheet.model.merges ?? []) {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
    if (!m) continue;
    const [top, left, bottom, right] = [Number(m[2]) - 1, columnIndex(m[1]), Number(m[4]) - 1, columnIndex(m[3])];
    const t = grid.rows[top]?.[left] ?? '';
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        grid.merged.add(`${r},${c}`);
        if (t !== '') set(r, c, t);
      }
    }
  }
  for (const row of grid.rows) for (let c = 0; c < row.length; c++) row[c] ??= '';
  return grid;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function textOf(cell: Cell): { text: string; note?: string } {
  return valueText(cell.value);
}

function valueText(value: CellValue | undefined): { text: string; note?: string } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) {
    const iso = value.toISOString();
    return { text: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso };
  }
  const v = value as unknown as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    // The result Excel saved with the file; a formula is never evaluated here.
    if (v.result === undefined || v.result === null) return { text: '', note: 'is a formula without a saved result (the file was not saved by a spreadsheet program), so it is empty here' };
    const inner = valueText(v.result as CellValue);
    return { text: inner.text, note: inner.note };
  }
  if (Array.isArray(v.richText)) return { text: (v.richText as { text?: string }[]).map((p) => p.text ?? '').join('') };
  if ('text' in v && typeof v.text === 'string') return { text: v.text };
  if ('error' in v) return { text: String(v.error), note: `holds the error ${String(v.error)}` };
  return { text: '' };
}

/** An error's message on one line, at most 200 characters: it ends a one-line message. */
function oneLine(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
