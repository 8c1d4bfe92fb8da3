/**
 * Runs one job (bench/jobs) in a fresh node process with --expose-gc, so
 * that no job's heap, caches or JIT state bill another's times.
 */
import * as path from 'path';
import { OUT_BENCH } from './paths';
import { lastLine, runNode } from './spawn';

export async function inChild<T>(job: string, args: readonly (string | number)[] = []): Promise<T> {
  const r = await runNode(['--expose-gc', path.join(OUT_BENCH, 'jobs', 'main.js'), job, ...args.map(String)], { echo: true });
  if (r.code !== 0) throw new Error(lastLine(r.stderr) || `the ${job} job exited with ${r.code}`);
  return JSON.parse(lastLine(r.stdout)) as T;
}
