/**
 * From an imported file to the one Mermaid diagram to convert: by the file's
 * extension a Markdown file (its ```mermaid journey blocks), a Mermaid file
 * (one diagram), or a spreadsheet (not supported yet). A Markdown file with
 * several journeys needs the user to pick one by its number.
 */
import * as path from 'path';
import { markdownJourneys, type JourneyBlock } from './mermaid/markdown-journeys';
import type { ImportProblem } from './types';

export type FileKind = 'markdown' | 'mermaid' | 'spreadsheet';

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);
const SPREADSHEET = new Set(['.xlsx', '.xlsm', '.xls', '.ods', '.csv', '.tsv']);

/** What the file holds by its name: anything not Markdown or a spreadsheet is read as a Mermaid diagram (.mmd, .mermaid, .txt). */
export function importKindOf(file: string): FileKind {
  const ext = path.extname(file).toLowerCase();
  return MARKDOWN.has(ext) ? 'markdown' : SPREADSHEET.has(ext) ? 'spreadsheet' : 'mermaid';
}

/** The spreadsheets Journey Lens reads; .xls, .ods and the like are named in the error. */
const READABLE_SHEETS = new Set(['.xlsx', '.xlsm', '.csv', '.tsv']);

/** Why a file cannot be imported by its kind alone (an .xls or .ods), before reading it. */
export function notSupportedYet(file: string): ImportProblem | undefined {
  const ext = path.extname(file).toLowerCase();
  if (importKindOf(file) !== 'spreadsheet' || READABLE_SHEETS.has(ext)) return undefined;
  return { message: `Importing ${ext} files is not supported; save the sheet as .xlsx or .csv (UTF-8) and import that.` };
}

export type Picked =
  | { ok: true; text: string; firstLine: number }
  /** `usage`: the problem is in what the user asked (a --diagram that does not exist), not in the file. */
  | { ok: false; problem: ImportProblem; usage?: boolean }
  /** Several journeys and no number: the user picks one of these. */
  | { ok: false; choose: JourneyBlock[] };

/** The diagram to import from `text`; `diagram` is the 1-based number of a journey block (Markdown) or 1 (a diagram file). */
export function pickDiagram(file: string, text: string, diagram?: number): Picked {
  const kind = importKindOf(file);
  const unsupported = notSupportedYet(file);
  if (unsupported) return { ok: false, problem: unsupported };
  if (kind === 'spreadsheet') return { ok: false, problem: { message: 'A spreadsheet is read with importSpreadsheet, not as text.' } };
  if (kind === 'mermaid') {
    if (diagram !== undefined && diagram !== 1) return { ok: false, usage: true, problem: { message: `There is no diagram ${diagram}: a Mermaid file holds one diagram (the journey diagrams to pick from are those of a Markdown file).` } };
    return { ok: true, text, firstLine: 1 };
  }
  const { journeys, blocks } = markdownJourneys(text);
  if (journeys.length === 0) {
    return { ok: false, problem: { message: blocks === 0 ? 'The file has no ```mermaid block, so there is no journey diagram to import.' : `None of the file's ${blocks === 1 ? '```mermaid block is a journey diagram' : `${blocks} \`\`\`mermaid blocks is a journey diagram`} (one starts with the word 'journey').` } };
  }
  if (diagram === undefined) {
    if (journeys.length > 1) return { ok: false, choose: journeys };
    return { ok: true, text: journeys[0].text, firstLine: journeys[0].firstLine };
  }
  const block = journeys[diagram - 1];
  if (!block) return { ok: false, usage: true, problem: { message: `There is no journey diagram ${diagram}: the file has ${journeys.length === 1 ? 'one' : journeys.length}, numbered from 1.` } };
  return { ok: true, text: block.text, firstLine: block.firstLine };
}
