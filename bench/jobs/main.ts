/**
 * The entry of a fresh process that runs one job and prints its result as
 * JSON on the last line of stdout (see in-child.ts).
 * Usage: node --expose-gc out/bench/jobs/main.js <check|edit|portfolio|memory> [args...]
 */
import { checkJob } from './check';
import { editJob } from './edit';
import { memoryJob } from './memory';
import { portfolioJob } from './portfolio';

const JOBS: Record<string, (args: string[]) => Promise<unknown>> = {
  check: checkJob,
  edit: editJob,
  portfolio: portfolioJob,
  memory: memoryJob,
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const job = JOBS[name];
  if (!job) throw new Error(`no job '${name}'`);
  process.stdout.write(`${JSON.stringify(await job(args))}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exitCode = 1;
});
