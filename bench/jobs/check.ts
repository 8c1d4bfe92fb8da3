/** One tool checking the generated journey of each size: median time and what it reported. */
import { performance } from 'perf_hooks';
import { benchJourney } from '../../test/fixtures/generated/corpus/journey';
import { measure, median } from '../measure';
import { floor } from '../tools/floor';
import { ms } from '../table';
import { isToolKey, TOOLS } from '../tools';
import { progress } from './progress';

export interface CheckResult {
  steps: number;
  bytes: number;
  median: number;
  runs: number;
  problems: number;
  /** Findings per check (Journey Lens only). */
  byRule?: Record<string, number>;
  /** Journey Lens only: medians of the floor and the check timed alternately in this process. */
  paired?: { floor: number; check: number; pairs: number };
}

/** Pairs run for the paired measurement; each pair is one parse and one full check. */
const PAIRS = 15;

/**
 * The floor and the check alternately, after the same warm-up: the ratio of
 * their medians does not depend on how busy the machine was when each tool's
 * own process ran, which made the separate ratio swing between 1.2 and 1.45.
 */
async function paired(check: () => Promise<unknown>, text: string): Promise<CheckResult['paired']> {
  const parse = floor();
  const floors: number[] = [];
  const checks: number[] = [];
  const time = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  for (let i = 0; i < PAIRS; i++) {
    floors.push(await time(() => parse.check(text)));
    checks.push(await time(check));
  }
  return { floor: median(floors), check: median(checks), pairs: PAIRS };
}

export async function checkJob([tool, ...sizes]: string[]): Promise<CheckResult[]> {
  if (!isToolKey(tool)) throw new Error(`no tool '${tool}'`);
  const checker = await TOOLS[tool].make();
  const out: CheckResult[] = [];
  for (const n of sizes.map(Number)) {
    const text = benchJourney(n);
    let problems = 0;
    // A few runs of what takes seconds; more of the rest, within a time budget.
    const t = await measure(async () => { problems = await checker.check(text); }, n >= 5000 ? { minRuns: 3, budgetMs: 0 } : { budgetMs: 1500, maxRuns: 41 });
    progress(`  ${TOOLS[tool].name}, ${n} steps: ${ms(t.median)}`);
    const pairs = tool === 'jl' && n <= 1000 ? await paired(() => checker.check(text), text) : undefined;
    out.push({ steps: n, bytes: Buffer.byteLength(text), median: t.median, runs: t.runs, problems, byRule: await checker.findingsByRule?.(text), paired: pairs });
  }
  return out;
}
