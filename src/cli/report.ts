/**
 * `journey-lens report`: one view across all journeys found, as Markdown,
 * HTML or JSON. A report is not a gate: it exits 0 whatever the journeys
 * contain (use `check` in a pipeline), and 2 only when it cannot be made.
 */
import * as path from 'path';
import { analyseText, buildPortfolio, CatalogCache, escapeControls, evaluateEvidence, type Language, languageOfEnv, LogCache, nodeFileHost, type Portfolio, type PortfolioInput, readRegularFile, renderHtml, renderJson, renderMarkdown, ruleOptions } from '../core';
import type { ReportArgs, ReportFormat } from './args';
import { engineOptions } from './engine-options';
import { cannotRead, displayPath, loadInputs } from './inputs';
import type { Io } from './main';
import { readAhead } from './read-ahead';
import { OutputRefused, writeOutput } from './safe-output';

export async function report(args: ReportArgs, io: Io): Promise<number> {
  const { config, files, unreadable } = await loadInputs(args.paths, args.config, io.cwd);
  for (const u of unreadable) io.err(cannotRead(io.cwd, u.path, u.reason));
  let failedReads = unreadable.length;
  const cache = new CatalogCache();
  const language = args.lang ?? languageOfEnv(io.env ?? {});
  const inputs: PortfolioInput[] = [];
  // Journeys with an event log get their evidence (figures and findings) in the report, one read per log.
  const logs = new LogCache();
  const thresholds = config.evidence;
  const { root } = engineOptions(args.allowOutside, io.cwd);
  for await (const [file, read] of readAhead(files, (f) => readRegularFile(f))) {
    if (!('text' in read)) {
      io.err(cannotRead(io.cwd, file, read.reason));
      failedReads++;
      continue;
    }
    const analysis = await analyseText(file, read.text, nodeFileHost, {
      config, today: args.today, catalogs: cache, language, ...engineOptions(args.allowOutside, io.cwd),
      evidence: (journey, absPath) => evaluateEvidence(journey, absPath, { root, cache: logs, thresholds }),
    });
    inputs.push({ path: displayPath(io.cwd, file), analysis });
  }
  // The same "today" as the checks, so the report and review-overdue agree.
  const portfolio = buildPortfolio(inputs, ruleOptions(config, args.today).today, thresholds);
  const output = render(args.format, portfolio, language);
  if (!args.out) {
    // Printed, the Markdown lands in a terminal or a CI log: its lines are shown with control characters escaped
    // (HTML and JSON escape their text themselves). A file written with --out keeps the journeys' text exact.
    const text = output.replace(/\n$/, '');
    await io.out(args.format === 'markdown' ? text.split('\n').map(escapeControls).join('\n') : text);
    return failedReads > 0 ? 2 : 0;
  }
  const target = path.resolve(io.cwd, args.out);
  try {
    await writeOutput(target, output, io.cwd, args.allowOutside);
  } catch (e) {
    if (e instanceof OutputRefused) {
      io.err(`journey-lens: refusing to write the report to ${escapeControls(args.out)}: ${e.message}. Name a file in the working folder, or add --allow-outside to write there anyway.`);
      return 2;
    }
    io.err(`journey-lens: cannot write the report to ${escapeControls(args.out)}: ${escapeControls(e instanceof Error ? e.message : String(e))}`);
    return 2;
  }
  const n = portfolio.totals.journeys;
  await io.out(`Wrote the portfolio report of ${n} ${n === 1 ? 'journey' : 'journeys'} to ${escapeControls(args.out)}.`);
  // The report is written but incomplete: a pipeline must not publish it as the whole portfolio unawares.
  return failedReads > 0 ? 2 : 0;
}

function render(format: ReportFormat, portfolio: Portfolio, language: Language): string {
  switch (format) {
    case 'html':
      return renderHtml(portfolio, { language });
    case 'json':
      return renderJson(portfolio);
    default:
      return renderMarkdown(portfolio, language);
  }
}
