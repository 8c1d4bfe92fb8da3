/** The `journey-lens` command. */
import { capFindings, CatalogCache, checkText, escapeControls, type FileResult, formatJson, formatSarif, formatStylish, formatText, type Language, languageOfEnv, nodeFileHost, readRegularFile } from '../core';
import { version } from '../../package.json';
import { parseCliArgs, UsageError, USAGE, type CheckArgs } from './args';
import { engineOptions } from './engine-options';
import { evidence } from './evidence';
import { exportCommand } from './export';
import { cliEvidenceSource } from './evidence-source';
import { importJourney } from './import';
import { cannotRead, displayPath, loadInputs } from './inputs';
import { ConfigError } from './load-config';
import { report } from './report';
import { readAhead } from './read-ahead';
import { streamOut, writeLines } from './write-lines';

export interface Io {
  cwd: string;
  /** Whether stdout is a terminal: stylish output with colours by default. */
  isTTY?: boolean;
  /** The environment: its locale (LC_ALL, LC_MESSAGES, LANG) is the findings' language unless --lang says. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Writes text and a newline; a promise means: wait for it before writing more (backpressure). */
  out(text: string): unknown;
  err(text: string): void;
  /** Writes a progress line to stderr without a newline; absent when stderr is not a terminal (no progress then). */
  progress?(text: string): void;
}

/** Runs the command and returns its exit code; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.command === 'evidence') return await evidence(args, io);
    if (args.command === 'export') return await exportCommand(args, io);
    if (args.command === 'import') return await importJourney(args, io);
    return args.command === 'report' ? await report(args, io) : await check(args, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      // A usage error quotes an argument (user text, one line); a config error's lines are escaped where they are made.
      io.err(`journey-lens: ${e instanceof UsageError ? escapeControls(e.message) : e.message}`);
      if (e instanceof UsageError) io.err(`Run 'journey-lens --help' for usage.`);
      return 2;
    }
    io.err(`journey-lens: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return 2;
  }
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const { config, configResult, files, unreadable } = await loadInputs(args.paths, args.config, io.cwd);
  for (const u of unreadable) io.err(cannotRead(io.cwd, u.path, u.reason));
  let failedReads = unreadable.length;
  const cache = new CatalogCache();
  const results: FileResult[] = configResult && configResult.findings.length > 0 ? [configResult] : [];
  const language = args.lang ?? languageOfEnv(io.env ?? {});
  // Counted before --quiet hides them: quiet changes what is printed, not what passes the gate.
  let warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  const engine = engineOptions(args.allowOutside, io.cwd);
  const evidence = args.evidence ? cliEvidenceSource(config, engine.root) : undefined;
  for await (const [file, read] of readAhead(files, (f) => readRegularFile(f))) {
    if (!('text' in read)) {
      io.err(cannotRead(io.cwd, file, read.reason));
      failedReads++;
      continue;
    }
    const all = await checkText(file, read.text, nodeFileHost, { config, today: args.today, catalogs: cache, language, evidence, ...engine });
    warnings += all.filter((f) => f.severity === 'warning').length;
    const findings = capFindings(args.quiet ? all.filter((f) => f.severity === 'error') : all, language);
    results.push({ path: displayPath(io.cwd, file), absPath: file, findings });
  }
  await writeLines(format(args, results, io, language, failedReads), (chunk) => io.out(chunk));
  // A file or folder that could not be read means the check is incomplete: that outranks its findings.
  if (failedReads > 0) return 2;
  const errors = results.some((r) => r.findings.some((f) => f.severity === 'error'));
  if (!errors && args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.err(`journey-lens: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}.`);
    return 1;
  }
  return errors ? 1 : 0;
}

function format(args: CheckArgs, results: FileResult[], io: Io, language: Language, unread: number): Iterable<string> {
  const show = (file: string) => displayPath(io.cwd, file);
  switch (args.format ?? (io.isTTY ? 'stylish' : 'text')) {
    case 'json':
      return formatJson(results, show);
    case 'sarif':
      return formatSarif(results, io.cwd, version, language);
    case 'stylish':
      return formatStylish(results, !!io.isTTY, language, show, unread);
    default:
      return formatText(results, language, show, unread);
  }
}

if (require.main === module) {
  void run(process.argv.slice(2), {
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY,
    env: process.env,
    out: streamOut(process.stdout),
    err: (t) => process.stderr.write(`${t}\n`),
    progress: process.stderr.isTTY ? (t) => process.stderr.write(t) : undefined,
  }).then((code) => {
    process.exitCode = code;
  });
}
