/**
 * Times a function: warm-up runs first (JIT, caches, lazily compiled
 * schemas), then the median of several runs. Runs until minRuns are done and
 * the time budget is spent, or maxRuns are done. Garbage is left to V8, as
 * in the editor: a forced gc() before each run made the next run up to three
 * times slower (V8 shrinks the young generation after it).
 */
import { performance } from 'perf_hooks';

export interface MeasureOptions {
  /** Warm-up runs: at least this many (default 2)... */
  warmup?: number;
  /** ...and until this much time was spent (default 1 s), so that small inputs reach optimized code. */
  warmupMs?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Keep running (up to maxRuns) until this many milliseconds were measured. */
  budgetMs?: number;
}

export interface Timing {
  median: number;
  runs: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summarize(times: readonly number[]): Timing {
  return { median: median(times), runs: times.length, min: Math.min(...times), max: Math.max(...times) };
}

export async function measure(fn: () => unknown, options: MeasureOptions = {}): Promise<Timing> {
  const { warmup = 2, warmupMs = 1000, minRuns = 5, maxRuns = 21, budgetMs = 2000 } = options;
  for (let i = 0, spent = 0; i < warmup || spent < warmupMs; i++) {
    const t = performance.now();
    await fn();
    const ms = performance.now() - t;
    spent += ms;
    // One warm-up is enough for what takes seconds.
    if (ms > 1000) break;
  }
  const times: number[] = [];
  let spent = 0;
  while (times.length < minRuns || (times.length < maxRuns && spent < budgetMs)) {
    const t = performance.now();
    await fn();
    const ms = performance.now() - t;
    times.push(ms);
    spent += ms;
  }
  return summarize(times);
}
