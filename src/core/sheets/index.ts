/**
 * Spreadsheets in and out (.xlsx), in a bundle of their own (dist/sheets.js),
 * loaded by src/core/sheets/loader.ts only when someone imports or exports one.
 */
export { readXlsx, type ReadXlsx } from './read';
export { writeXlsx, looksLikeFormula, FINDING_FILLS } from './write';
export { guardXlsx, listSheets, MAX_UNPACKED_BYTES, type SheetName } from './zip-guard';
