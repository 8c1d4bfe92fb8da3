/**
 * The import's front door for a file's text: the Markdown block or the
 * diagram to read, read, and turned into journey YAML, or what stops it.
 * The command line and the editor show the same outcome their own way.
 */
import * as path from 'path';
import { looksLikeUtf16 } from '../files/encoding';
import { pickDiagram } from './import-source';
import type { JourneyBlock } from './mermaid/markdown-journeys';
import { parseMermaidJourney } from './mermaid/journey';
import { journeyFromMermaid } from './to-journey';
import { csvGrid } from './csv-grid';
import type { Layout, SheetGrid } from './sheet-grid';
import { journeyFromSheet } from './sheet-journey';
import { outcomeOf, type ImportProblem } from './types';

export type Imported =
  | { ok: true; yaml: string; steps: number }
  /** `usage`: the problem is in what was asked (a diagram number that does not exist), not in the file. */
  | { ok: false; problem: ImportProblem; usage?: boolean }
  /** A Markdown file with several journey diagrams and no number: pick one of these. */
  | { ok: false; choose: JourneyBlock[] };

export interface ImportRequest {
  /** The file's path: its extension says what it holds, its name is the title of last resort. */
  file: string;
  text: string;
  /** The 1-based number of the journey diagram in a Markdown file. */
  diagram?: number;
  /** The file as the user named it, for the journey's header comment (default: its base name). */
  shownAs?: string;
}

export function importFile(request: ImportRequest): Imported {
  const { file, text } = request;
  if (looksLikeUtf16(text)) return { ok: false, problem: { message: 'The file is saved as UTF-16; save it as UTF-8 and import it again.' } };
  const picked = pickDiagram(file, text, request.diagram);
  if (!picked.ok) return picked;
  const parsed = parseMermaidJourney(picked.text, picked.firstLine);
  if (!parsed.ok) return parsed;
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  const yaml = journeyFromMermaid(parsed.value, { file: request.shownAs ?? path.basename(file), fallbackTitle: base || 'Imported journey' });
  if (yaml === undefined) return { ok: false, problem: { message: `The journey diagram on line ${parsed.value.line} has no task, and a journey needs at least one step.` } };
  return { ok: true, yaml, steps: parsed.value.sections.reduce((n, s) => n + s.tasks.length, 0) };
}

export interface SheetRequest {
  file: string;
  /** The file's bytes (an .xlsx) or text (a .csv). */
  bytes: Uint8Array;
  sheet?: string;
  layout?: Layout;
  shownAs?: string;
}

/** The part of the spreadsheet module the import needs (src/core/sheets, loaded only for an .xlsx). */
export interface XlsxReader {
  readXlsx(bytes: Uint8Array, options: { sheet?: string }): Promise<{ ok: true; grid: SheetGrid } | { ok: false; message: string; usage?: boolean }>;
}

/**
 * A spreadsheet (.xlsx, or .csv/.tsv) as journey YAML, or what stops it.
 * `reader` is called only for an .xlsx, so a CSV never loads the library.
 */
export async function importSpreadsheet(request: SheetRequest, reader: () => XlsxReader): Promise<Imported> {
  const { file } = request;
  const ext = path.extname(file).toLowerCase();
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  let grid: SheetGrid;
  if (ext === '.csv' || ext === '.tsv') {
    if (request.sheet !== undefined) return { ok: false, usage: true, problem: { message: 'A CSV file has one sheet; --sheet chooses among the sheets of an .xlsx workbook.' } };
    const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return { ok: false, problem: { message: `The file is a zip archive (an .xlsx workbook?), not a CSV text; name it .xlsx and import it again.` } };
    const text = bytes.toString('utf8');
    if (looksLikeUtf16(text)) return { ok: false, problem: { message: 'The file is saved as UTF-16; save it as CSV UTF-8 and import it again.' } };
    // eslint-disable-next-line no-control-regex -- a NUL byte means a binary file, not text
    if (/\u0000/.test(text.slice(0, 4096))) return { ok: false, problem: { message: 'The file is not a CSV text (it holds binary data).' } };
    grid = csvGrid(text, path.basename(file));
  } else if (ext === '.xlsx' || ext === '.xlsm') {
    const read = await reader().readXlsx(request.bytes, { sheet: request.sheet });
    if (!read.ok) return { ok: false, usage: read.usage, problem: { message: capital(read.message) } };
    grid = read.grid;
  } else {
    return { ok: false, problem: { message: `Importing ${ext} files is not supported; save the sheet as .xlsx or .csv (UTF-8) and import that.` } };
  }
  const made = outcomeOf(() => journeyFromSheet(grid, { file: request.shownAs ?? path.basename(file), fallbackTitle: base || 'Imported journey', layout: request.layout }));
  if (!made.ok) return made;
  return { ok: true, yaml: made.value.yaml, steps: made.value.steps };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
