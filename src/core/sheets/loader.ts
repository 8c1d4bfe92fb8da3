/**
 * Finds the spreadsheet module at run time: in the package a bundle of its
 * own beside the caller (dist/sheets.js, with exceljs inside), required only
 * when someone imports or exports an .xlsx, so that the CLI's other commands
 * and the extension's activation never load exceljs; in the tests, which run
 * the compiled sources, the module itself. The path is computed, so a bundler
 * leaves the require alone.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as Sheets from '.';

export type SheetsModule = typeof Sheets;

/** `here`: the caller's __dirname (dist/ in the package, out/src/<folder> in the tests). */
export function loadSheets(here: string): SheetsModule {
  const bundled = path.join(here, 'sheets.js');
  const module = fs.existsSync(bundled) ? bundled : path.join(here, '..', 'core', 'sheets', 'index.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(module) as SheetsModule;
}
