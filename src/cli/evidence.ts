/**
 * `journey-lens evidence JOURNEY`: reads the journey's event log and prints
 * its figures (../shared/evidence.md), as text for the analyst or as the
 * contract's JSON for tools. It is not a gate (that is `check`): it exits 0
 * when the figures are printed and 2 when they cannot be, with one clear
 * line on stderr and never a stack trace.
 */
import * as path from 'path';
import { designOf, escapeControls, escapeJsonControls, evaluateEvidence, type EvidenceFigures, formatText, type Journey, languageOfEnv, parseYaml, readJourney, readRegularFile, type Texts } from '../core';
import type { EvidenceArgs } from './args';
import { PROBLEM_TEXT, SKIPPED_TEXT } from './evidence-problem';
import { ProgressLine } from './evidence-progress';
import { formatEvidenceText } from './evidence-text';
import { ConfigError, loadCliConfig } from './load-config';
import type { Io } from './main';

const TEXT: Texts<{
  cannotRead: (file: string, reason: string) => string;
  notYaml: (file: string, line: number, message: string) => string;
  noLog: (file: string) => string;
}> = {
  en: {
    cannotRead: (file, reason) => `cannot read ${file}: ${reason}.`,
    notYaml: (file, line, message) => `${file} is not valid YAML (line ${line}): ${message}`,
    noLog: (file) => `${file} names no event log: add an \`evidence\` map with a \`log\` (see docs/evidence.md).`,
  },
  nl: {
    cannotRead: (file, reason) => `kan ${file} niet lezen: ${reason}.`,
    notYaml: (file, line, message) => `${file} is geen geldige YAML (regel ${line}): ${message}`,
    noLog: (file) => `${file} noemt geen eventlog: voeg een \`evidence\`-map met een \`log\` toe (zie docs/evidence.md).`,
  },
};

/** The contract's JSON, keys in its order; `examples` only with --examples (decisions.md). */
function evidenceJson(journey: string, log: string, f: EvidenceFigures, examples?: Record<string, string[]>): string {
  const value = {
    journey, log, events: f.events, cases: f.cases, mappedCases: f.mappedCases, percentile: f.percentile,
    steps: f.steps.map((s) => ({ id: s.id, cases: s.cases, visits: s.visits, repeatCases: s.repeatCases, pingpongCases: s.pingpongCases, promise: s.promise && {
      within: s.promise.within, clock: s.promise.clock, measured: s.promise.measured, kept: s.promise.kept, open: s.promise.open,
      medianHours: s.promise.medianHours, percentileHours: s.promise.percentileHours,
    } })),
    transitions: f.transitions.map((t) => ({ from: t.from, to: t.to, cases: t.cases, designed: t.designed })),
    handoffs: f.handoffs.map((h) => ({
      step: h.step, from: h.from, to: h.to, within: h.within, clock: h.clock, measured: h.measured, over: h.over,
      medianHours: h.medianHours, percentileHours: h.percentileHours,
    })),
    unmapped: f.unmapped.map((u) => ({ activity: u.activity, cases: u.cases, events: u.events })),
    variants: f.variants.slice(0, 10).map((v) => ({ path: v.path, cases: v.cases })),
    ...(examples ? { examples } : {}),
  };
  return escapeJsonControls(JSON.stringify(value, null, 2));
}

/** Per step id, a label for each task of its process: the team or partner, else "task N". */
function taskLabels(journey: Journey): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of journey.steps) {
    if (s.id) out.set(s.id.id, s.process.map((t, i) => t.actor?.id ?? `#${i + 1}`));
  }
  return out;
}

export async function evidence(args: EvidenceArgs, io: Io): Promise<number> {
  const language = args.lang ?? languageOfEnv(io.env ?? {});
  const t = TEXT[language];
  const fail = (line: string) => {
    io.err(`journey-lens: ${escapeControls(line)}`);
    return 2;
  };
  const loaded = await loadCliConfig(args.config, io.cwd);
  if (loaded.result && loaded.result.findings.some((f) => f.severity === 'error')) {
    throw new ConfigError(`the configuration file ${escapeControls(loaded.result.path)} has errors:\n${[...formatText([loaded.result])].join('\n')}`);
  }
  const thresholds = loaded.config.evidence;
  const file = path.resolve(io.cwd, args.journey);
  const read = await readRegularFile(file);
  if (!('text' in read)) return fail(t.cannotRead(args.journey, read.reason));
  const parsed = parseYaml(read.text);
  const problem = parsed.problems[0];
  if (problem) return fail(t.notYaml(args.journey, parsed.lines.positionAt(problem.start).line + 1, problem.message[language]));
  const journey = readJourney(parsed.value, file, parsed.doc);
  const settings = journey.evidence?.settings;
  if (!settings) return fail(t.noLog(args.journey));

  const progress = io.progress ? new ProgressLine(io.progress, language) : undefined;
  const outcome = await evaluateEvidence(journey, file, {
    root: args.allowOutside ? undefined : io.cwd,
    thresholds,
    examples: args.examples,
    onProgress: progress && ((done, total) => progress.update(done, total)),
  });
  progress?.done();
  if (!outcome) return fail(t.noLog(args.journey));
  if (!outcome.ok) return fail(PROBLEM_TEXT[language](settings.log, outcome.problem));
  const f = outcome.figures;
  if (f.events.skipped > 0) io.err(`journey-lens: ${escapeControls(SKIPPED_TEXT[language](f.events, outcome.firstSkip, /\.csv(\.gz)?$/i.test(settings.log)))}`);
  if (args.format === 'json') {
    await io.out(evidenceJson(args.journey, settings.log, f, outcome.examples?.toJSON()));
    return 0;
  }
  const lines = formatEvidenceText({
    title: journey.title, journey: args.journey, log: settings.log, figures: f, minCases: thresholds.minCases,
    tasks: taskLabels(journey), examples: outcome.examples,
    unobserved: new Set(designOf(journey).filter((s) => s.observed.length === 0 && s.tasks.every((t) => t.observed.length === 0)).map((s) => s.id)),
  }, language);
  await io.out(lines.map(escapeControls).join('\n'));
  return 0;
}
