/**
 * `journey-lens import FILE`: a Mermaid journey diagram (a .mmd file, or one
 * of a Markdown file's ```mermaid blocks) or a spreadsheet (.xlsx, .csv) as a journey file, printed or
 * written with --out (never over an existing file without --force).
 */
import * as path from 'path';
import { escapeControls, type Imported, importFile, importKindOf, type ImportProblem, importSpreadsheet, type JourneyBlock, loadSheets, notSupportedYet, readRegularBytes, readRegularFile } from '../core';
import type { ImportArgs } from './args';
import { cannotRead } from './inputs';
import type { Io } from './main';
import { OutputExists, OutputRefused, writeOutput } from './safe-output';

/** Exit codes: 0 imported, 1 nothing in the file can be imported, 2 usage, reading or writing. */
const NOT_IMPORTABLE = 1;
const USAGE = 2;

export async function importJourney(args: ImportArgs, io: Io): Promise<number> {
  const file = path.resolve(io.cwd, args.file);
  const shown = escapeControls(args.file);
  const fail = (problem: ImportProblem, code = NOT_IMPORTABLE) => {
    // The engine's messages are sentences; here they follow a colon.
    io.err(`journey-lens: cannot import ${shown}: ${escapeControls(problem.message.replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase()))}`);
    return code;
  };
  // Said before reading: an .xls or .ods is not read at all.
  const unsupported = notSupportedYet(file);
  if (unsupported) return fail(unsupported);
  const spreadsheet = importKindOf(file) === 'spreadsheet';
  const read = spreadsheet ? await readRegularBytes(file) : await readRegularFile(file);
  if (!('text' in read) && !('bytes' in read)) {
    io.err(cannotRead(io.cwd, file, read.reason));
    return USAGE;
  }
  let imported: Imported;
  try {
    imported = 'bytes' in read
      ? await importSpreadsheet({ file, bytes: read.bytes, sheet: args.sheet, layout: args.layout, shownAs: args.file }, () => loadSheets(__dirname))
      : importFile({ file, text: read.text, diagram: args.diagram, shownAs: args.file });
  } catch (e) {
    // A bug, not the file's fault: one line that says so, not a stack trace.
    io.err(`journey-lens: cannot import ${shown}: Journey Lens failed on it (${escapeControls(e instanceof Error ? e.message : String(e))}). Please report this.`);
    return USAGE;
  }
  if (!imported.ok) {
    if ('choose' in imported) return listJourneys(shown, imported.choose, io);
    return fail(imported.problem, imported.usage ? USAGE : NOT_IMPORTABLE);
  }
  if (!args.out) {
    await io.out(imported.yaml.replace(/\n$/, ''));
    return 0;
  }
  return write(args, imported.yaml, imported.steps, io);
}

function listJourneys(shown: string, journeys: readonly JourneyBlock[], io: Io): number {
  io.err(`journey-lens: ${shown} has ${journeys.length} journey diagrams; pick one with --diagram N:`);
  for (const j of journeys) io.err(`  ${j.number}  line ${j.fenceLine}  ${j.title === undefined ? '(no title)' : escapeControls(j.title)}`);
  return USAGE;
}

async function write(args: ImportArgs, yaml: string, steps: number, io: Io): Promise<number> {
  const out = args.out!;
  const shown = escapeControls(out);
  try {
    await writeOutput(path.resolve(io.cwd, out), yaml, io.cwd, args.allowOutside, { exclusive: !args.force });
  } catch (e) {
    if (e instanceof OutputExists) io.err(`journey-lens: ${shown} exists; add --force to overwrite it, or name another file.`);
    else if (e instanceof OutputRefused) io.err(`journey-lens: refusing to write the journey to ${shown}: ${e.message}. Name a file in the working folder, or add --allow-outside to write there anyway.`);
    else io.err(`journey-lens: cannot write the journey to ${shown}: ${escapeControls(e instanceof Error ? e.message : String(e))}`);
    return USAGE;
  }
  await io.out(`Wrote a journey of ${steps} ${steps === 1 ? 'step' : 'steps'} to ${shown}; 'journey-lens check ${shown}' shows what it still needs.`);
  if (!/\.journey\.ya?ml$/i.test(out)) io.err(`journey-lens: note: Journey Lens finds journeys by their name, *.journey.yaml; rename ${shown} so that it is checked as one.`);
  return 0;
}
