/** One tool checking the generated journey of each size: median time and what it reported. */
import { benchJourney } from '../corpus/journey';
import { measure } from '../measure';
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
    out.push({ steps: n, bytes: Buffer.byteLength(text), median: t.median, runs: t.runs, problems, byRule: await checker.findingsByRule?.(text) });
  }
  return out;
}
