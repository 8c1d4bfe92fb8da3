/** Command-line arguments of `journey-lens`, parsed with Node's own parseArgs. */
import { parseArgs } from 'util';
import { type Language, parseDate } from '../core';

export class UsageError extends Error {}

export const USAGE = `Usage: journey-lens check [files, folders or globs...] [options]
       journey-lens report [files, folders or globs...] [options]
       journey-lens evidence JOURNEY [--format text|json] [--examples N] [options]
       journey-lens export JOURNEY --format html|svg|png|pdf|mermaid|xlsx [--view VIEW]
                           [--no-findings] [--page a4|a3] [--out FILE] [options]
       journey-lens import FILE [--diagram N] [--sheet NAME] [--layout blueprint|table]
                           [--out FILE] [--force]

check   checks customer journeys (*.journey.yaml) and catalogs (*.catalog.yaml)
        and prints what it finds.
report  writes a portfolio report over all journeys found: owners and reviews,
        the partners they depend on, handoffs between teams and partners, and
        self-service steps without a human fallback.
evidence prints what a journey's event log (its \`evidence\` map) shows: per
        step its cases, repeats and ping-pong, promises kept, handoff times,
        the transitions customers took (designed or not) and the top variants.
export  draws a journey's service blueprint for people without VS Code: an
        HTML page, an SVG (vector, text as text), a PNG (twice the size, for
        slides), a PDF (landscape pages, lane labels and title on each), a
        Mermaid journey diagram in Markdown, or an Excel workbook (xlsx:
        Blueprint, Steps, Findings and Evidence sheets).
import  turns a Mermaid \`journey\` diagram (a .mmd file, or a \`\`\`mermaid block
        in Markdown) into a journey file: sections become stages, tasks steps,
        scores 1..5 emotion -2..2, actors x-actors; comments mark its guesses.
        Also a spreadsheet (.xlsx, or .csv with , ; or tab): the blueprint
        layout (steps as columns, rows Stage, Step, Customer, Channel, ...) or
        the table layout (a row per step), headers in English or Dutch.

Folders are searched for journeys and catalogs; a glob such as
'journeys/**/*.journey.yaml' (quoted) selects files. Default: the current folder.

Options of check:
  --format FORMAT        stylish (default on a terminal), text (default otherwise),
                         json, or sarif (SARIF 2.1.0, for code scanning)
  --max-warnings N       also exit 1 when there are more than N warnings
  --quiet                print errors only (warnings still count for --max-warnings)
  --no-evidence          leave out the evidence checks: do not read the event logs
                         that journeys name in \`evidence\`

Options of report:
  --format FORMAT        markdown (default), html (one self-contained page) or json;
                         with --out, the default follows the file's extension
  --out FILE             write the report to FILE instead of printing it; FILE must
                         be in the working folder and not a symbolic link

Options of evidence:
  --format FORMAT        text (default) or json (the figures, as docs/evidence.md
                         specifies them)
  --examples N           also print up to N case ids per figure (ping-pong, repeat,
                         broken promise, slow handoff, undesigned path); without
                         it, no case id is ever printed

Options of export:
  --format FORMAT        html, svg, png, pdf or mermaid; with --out, the default
                         follows the file's extension
  --view VIEW            blueprint (default: every lane), customer (the customer
                         lane and the emotion curve) or employee (the lanes
                         behind the line of interaction)
  --no-findings          leave the findings out (fit for customers and partners)
  --page SIZE            pdf, and html's printed pages: a4 (default) or a3,
                         landscape
  --out FILE             write to FILE (needed for png and pdf); FILE must be in
                         the working folder and not a symbolic link
  --no-evidence          do not read the journey's event log for the overlay

Options of import:
  --diagram N            the Nth journey diagram of a Markdown file (needed when
                         it has several; without it they are listed)
  --out FILE             write the journey to FILE instead of printing it (name it
                         *.journey.yaml); FILE must be in the working folder and
                         not a symbolic link
  --sheet NAME           the sheet of an .xlsx workbook to import (default: the
                         first visible sheet; hidden sheets are skipped)
  --layout LAYOUT        blueprint (steps as columns) or table (a row per step);
                         default: recognised by the headers
  --force                let --out overwrite a file that exists

Options of all commands:
  --lang LANG            the language of the findings, the report and the
                         evidence text: en or nl
                         (default: the locale, LC_ALL, LC_MESSAGES or LANG;
                         English unless Dutch)
  --config FILE          configuration file (default: ./journey-lens.config.yaml if present)
  --today YYYY-MM-DD     check and report: the date review checks compare against
                         (default: today)
  --allow-outside        let \`uses\` read catalogs and \`evidence\` read logs outside
                         the working folder, and --out write outside it or
                         through a symbolic link
                         (refused by default, so a journey cannot make the
                         command read or overwrite any file on the machine)
  -h, --help             show this help

Exit code of check: 0 no errors, 1 at least one finding of severity error
(an event log that cannot be used, evidence-log, is one by default),
2 a usage or configuration error, or a file or folder that could not be read.
Exit code of report: 0 the report was written, 2 a usage or configuration
error, a file or folder that could not be read, or a report it could not write.
Exit code of export: 0 the export was written, 2 a usage or configuration
error, a journey that cannot be read or drawn, or a file it could not write.
Exit code of evidence: 0 the figures were printed, 2 a usage or configuration
error, a journey that cannot be read or names no log, or a log that cannot be
used (missing, outside the working folder, unreadable, no event counted).
Exit code of import: 0 the journey was printed or written, 1 the file holds no
journey that can be imported (another kind of diagram, a diagram Mermaid cannot
read, no journey block, no task, a spreadsheet that is damaged, encrypted,
too large, empty or without the layouts' headers), 2 a usage error (including a
Markdown file with several journey diagrams and no --diagram), a file that
could not be read, or --out that exists (without --force) or cannot be written.`;

export type Format = 'stylish' | 'text' | 'json' | 'sarif';

export interface CheckArgs {
  command: 'check';
  paths: string[];
  /** Undefined means: stylish on a terminal, text otherwise. */
  format?: Format;
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  today?: string;
  /** Let `uses` read catalogs outside the working folder. */
  allowOutside: boolean;
  /** --lang: the findings' language; undefined means the locale's. */
  lang?: Language;
  /** Run the evidence checks (read the journeys' event logs); false with --no-evidence. */
  evidence: boolean;
}

export type ReportFormat = 'markdown' | 'html' | 'json';

export interface ReportArgs {
  command: 'report';
  paths: string[];
  format: ReportFormat;
  out?: string;
  config?: string;
  today?: string;
  allowOutside: boolean;
  /** --lang: the report's language; undefined means the locale's. */
  lang?: Language;
}

export interface EvidenceArgs {
  command: 'evidence';
  /** As given on the command line: the JSON's `journey`. */
  journey: string;
  format: 'text' | 'json';
  /** --examples N: up to N case ids per figure; undefined: none. */
  examples?: number;
  config?: string;
  allowOutside: boolean;
  lang?: Language;
}

export type ExportFormat = 'html' | 'svg' | 'png' | 'pdf' | 'mermaid' | 'xlsx';
const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'svg', 'png', 'pdf', 'mermaid', 'xlsx'];
export type ExportView = 'blueprint' | 'customer' | 'employee';
const EXPORT_VIEWS: readonly ExportView[] = ['blueprint', 'customer', 'employee'];

export interface ExportArgs {
  command: 'export';
  journey: string;
  format: ExportFormat;
  view: ExportView;
  findings: boolean;
  page: 'a4' | 'a3';
  out?: string;
  config?: string;
  allowOutside: boolean;
  lang?: Language;
  evidence: boolean;
}


export interface ImportArgs {
  command: 'import';
  /** As given on the command line. */
  file: string;
  /** --diagram N: the Nth journey block of a Markdown file (1-based). */
  diagram?: number;
  /** --sheet NAME: the sheet of an .xlsx workbook. */
  sheet?: string;
  /** --layout: the spreadsheet's layout, instead of recognising it. */
  layout?: 'blueprint' | 'table';
  out?: string;
  /** --force: --out may overwrite an existing file. */
  force: boolean;
  allowOutside: boolean;
}

export type CliArgs = CheckArgs | ReportArgs | EvidenceArgs | ExportArgs | ImportArgs | { command: 'help' };

const FORMATS: readonly Format[] = ['stylish', 'text', 'json', 'sarif'];
const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'html', 'json'];

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        config: { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string' },
        'max-warnings': { type: 'string' },
        examples: { type: 'string' },
        diagram: { type: 'string' },
        sheet: { type: 'string' },
        layout: { type: 'string' },
        force: { type: 'boolean' },
        quiet: { type: 'boolean' },
        'allow-outside': { type: 'boolean' },
        'no-evidence': { type: 'boolean' },
        'no-findings': { type: 'boolean' },
        view: { type: 'string' },
        page: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0 || positionals[0] === 'help') return { command: 'help' };
  const [command, ...paths] = positionals;
  // An impossible date must stop the run: falling back to the real date would make review checks differ by day.
  if (values.today !== undefined && !parseDate(values.today)) {
    throw new UsageError(`--today takes a calendar date as YYYY-MM-DD (such as 2026-11-23), not '${values.today}'.`);
  }
  const lang = values.lang;
  if (lang !== undefined && lang !== 'en' && lang !== 'nl') throw new UsageError(`--lang takes en or nl, not '${lang}'.`);
  if (command === 'import') return importArgs(paths, values);
  for (const opt of ['diagram', 'force', 'sheet', 'layout'] as const) {
    if (values[opt] !== undefined) throw new UsageError(`--${opt} belongs to 'import'.`);
  }
  if (command === 'report') return reportArgs(paths, values, lang);
  if (command === 'evidence') return evidenceArgs(paths, values, lang);
  if (command === 'export') return exportArgs(paths, values, lang);
  if (command !== 'check') throw new UsageError(`Unknown command '${command}'. The commands are 'check', 'report', 'evidence', 'export' and 'import'.`);
  for (const opt of ['view', 'page', 'no-findings'] as const) {
    if (values[opt] !== undefined) throw new UsageError(`--${opt} belongs to 'export'.`);
  }
  if (values.examples !== undefined) throw new UsageError(`--examples belongs to 'evidence'.`);
  if (values.out !== undefined) throw new UsageError(`--out belongs to 'report'; 'check' prints its findings (redirect them to a file).`);
  const format = values.format as Format | undefined;
  if (format !== undefined && !FORMATS.includes(format)) throw new UsageError(`Unknown format '${values.format}'. Use one of: ${FORMATS.join(', ')}.`);
  const max = values['max-warnings'];
  if (max !== undefined && !/^\d+$/.test(max)) throw new UsageError(`--max-warnings takes a whole number, not '${max}'.`);
  return {
    command: 'check', paths, format, config: values.config, today: values.today,
    maxWarnings: max === undefined ? undefined : Number(max), quiet: values.quiet ?? false,
    allowOutside: values['allow-outside'] ?? false, lang, evidence: !(values['no-evidence'] ?? false),
  };
}

interface Values {
  format?: string;
  config?: string;
  today?: string;
  out?: string;
  'max-warnings'?: string;
  examples?: string;
  diagram?: string;
  sheet?: string;
  layout?: string;
  force?: boolean;
  quiet?: boolean;
  'allow-outside'?: boolean;
  'no-evidence'?: boolean;
  'no-findings'?: boolean;
  view?: string;
  page?: string;
  lang?: string;
}

function exportArgs(paths: string[], values: Values, lang: Language | undefined): ExportArgs {
  for (const opt of ['max-warnings', 'quiet', 'examples', 'today'] as const) {
    if (values[opt] !== undefined) throw new UsageError(`--${opt} does not belong to 'export'.`);
  }
  if (paths.length !== 1) throw new UsageError(`'export' takes one journey file${paths.length > 1 ? `, not ${paths.length}` : ''}.`);
  if (values.out === '') throw new UsageError('--out takes a file name.');
  const byExtension = values.out?.toLowerCase().match(/\.(html?|svg|png|pdf|md|xlsx)$/)?.[1];
  const format = (values.format ?? (byExtension === 'htm' ? 'html' : byExtension === 'md' ? 'mermaid' : byExtension)) as ExportFormat | undefined;
  if (format === undefined) throw new UsageError(`'export' needs --format: one of ${EXPORT_FORMATS.join(', ')}.`);
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`Unknown export format '${values.format}'. Use one of: ${EXPORT_FORMATS.join(', ')}.`);
  if ((format === 'png' || format === 'pdf' || format === 'xlsx') && values.out === undefined) throw new UsageError(`--format ${format} writes a binary file: say where with --out FILE.`);
  const view = (values.view ?? 'blueprint') as ExportView;
  if (!EXPORT_VIEWS.includes(view)) throw new UsageError(`Unknown view '${values.view}'. Use one of: ${EXPORT_VIEWS.join(', ')}.`);
  const page = values.page ?? 'a4';
  if (page !== 'a4' && page !== 'a3') throw new UsageError(`--page takes a4 or a3, not '${values.page}'.`);
  if (values.page !== undefined && format !== 'pdf' && format !== 'html') throw new UsageError(`--page belongs to --format pdf and html (its printed pages).`);
  return {
    command: 'export', journey: paths[0], format, view, findings: !(values['no-findings'] ?? false), page, out: values.out,
    config: values.config, allowOutside: values['allow-outside'] ?? false, lang, evidence: !(values['no-evidence'] ?? false),
  };
}

function reportArgs(paths: string[], values: Values, lang: Language | undefined): ReportArgs {
  for (const opt of ['view', 'page', 'no-findings'] as const) {
    if (values[opt] !== undefined) throw new UsageError(`--${opt} belongs to 'export'.`);
  }
  // Silently ignoring a check option would let a pipeline believe it is gated.
  for (const opt of ['max-warnings', 'quiet', 'no-evidence'] as const) {
    if (values[opt] !== undefined) throw new UsageError(`--${opt} belongs to 'check'; 'report' always lists everything.`);
  }
  if (values.examples !== undefined) throw new UsageError(`--examples belongs to 'evidence'.`);
  const format = (values.format ?? formatOfFile(values.out)) as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`Unknown report format '${values.format}'. Use one of: ${REPORT_FORMATS.join(', ')}.`);
  if (values.out === '') throw new UsageError('--out takes a file name.');
  return {
    command: 'report', paths, format, out: values.out, config: values.config, today: values.today,
    allowOutside: values['allow-outside'] ?? false, lang,
  };
}

/** `--out portfolio.html` means HTML without saying so twice. */
function formatOfFile(file: string | undefined): ReportFormat {
  const ext = file?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return ext === 'html' || ext === 'htm' ? 'html' : ext === 'json' ? 'json' : 'markdown';
}

const EVIDENCE_FORMATS = ['text', 'json'] as const;

function evidenceArgs(paths: string[], values: Values, lang: Language | undefined): EvidenceArgs {
  for (const opt of ['view', 'page', 'no-findings'] as const) {
    if (values[opt] !== undefined) throw new UsageError(`--${opt} belongs to 'export'.`);
  }
  for (const opt of ['max-warnings', 'quiet', 'out', 'today'] as const) {
    if (values[opt] !== undefined) throw new UsageError(`--${opt} does not belong to 'evidence'.`);
  }
  if (paths.length !== 1) throw new UsageError(`'evidence' takes one journey file, such as 'journey-lens evidence examples/storing.journey.yaml'.`);
  const format = values.format ?? 'text';
  if (!(EVIDENCE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown evidence format '${format}'. Use one of: ${EVIDENCE_FORMATS.join(', ')}.`);
  const examples = values.examples;
  // A cap on the ids printed: no more than a screenful per figure is useful, and 0 would mean "none" twice.
  if (examples !== undefined && !/^[1-9]\d{0,3}$/.test(examples)) throw new UsageError(`--examples takes a whole number from 1 to 9999, not '${examples}'.`);
  return {
    command: 'evidence', journey: paths[0], format: format as EvidenceArgs['format'],
    examples: examples === undefined ? undefined : Number(examples), config: values.config,
    allowOutside: values['allow-outside'] ?? false, lang,
  };
}

function importArgs(paths: string[], values: Values): ImportArgs {
  // --config and --lang are accepted as for every command; the import uses neither yet.
  for (const opt of ['max-warnings', 'quiet', 'no-evidence', 'examples', 'format', 'today', 'view', 'page', 'no-findings'] as const) {
    if (values[opt] !== undefined) throw new UsageError(`--${opt} does not belong to 'import'.`);
  }
  if (paths.length !== 1) throw new UsageError(`'import' takes one file, such as 'journey-lens import wiki/journeys.md'.`);
  const diagram = values.diagram;
  if (diagram !== undefined && !/^[1-9]\d{0,5}$/.test(diagram)) throw new UsageError(`--diagram takes the number of a journey diagram (1, 2, ...), not '${diagram}'.`);
  if (values.out === '') throw new UsageError('--out takes a file name.');
  if (values.force && values.out === undefined) throw new UsageError(`--force goes with --out: it lets --out overwrite a file.`);
  const layout = values.layout;
  if (layout !== undefined && layout !== 'blueprint' && layout !== 'table') throw new UsageError(`--layout takes blueprint or table, not '${layout}'.`);
  const sheetish = /\.(xlsx|xlsm|xls|ods|csv|tsv)$/i.test(paths[0]);
  if (!sheetish && (values.sheet !== undefined || layout !== undefined)) throw new UsageError(`--${values.sheet !== undefined ? 'sheet' : 'layout'} belongs to importing a spreadsheet (.xlsx or .csv).`);
  if (sheetish && diagram !== undefined) throw new UsageError(`--diagram belongs to importing Markdown; a spreadsheet's sheet is chosen with --sheet.`);
  if (values.sheet === '') throw new UsageError('--sheet takes the name of a sheet.');
  return {
    sheet: values.sheet, layout,
    command: 'import', file: paths[0], diagram: diagram === undefined ? undefined : Number(diagram), out: values.out,
    force: values.force ?? false, allowOutside: values['allow-outside'] ?? false,
  };
}
