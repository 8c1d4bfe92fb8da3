/**
 * One measurement of the `evidence` command in a process of its own:
 * `evidence` runs `journey-lens evidence JOURNEY --format json` (the CLI's
 * own run(), output discarded) and prints its wall time and the process's
 * peak RSS; `remap` reads the log once into a LogCache, then times
 * evaluateEvidence after an edit of the design (another `next`, another
 * `observed`), as the editor re-maps cached cases, and prints the median.
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { run } from '../../src/cli/main';
import { evaluateEvidence, LogCache } from '../../src/core/evidence';
import { readJourney } from '../../src/core/model/model';
import { parseYaml } from '../../src/core/yaml/parse';

const REMAP_RUNS = 21;

async function evidence(journey: string, cwd: string): Promise<string> {
  let bytes = 0;
  const code = await run(['evidence', journey, '--format', 'json'], { cwd, out: (t) => void (bytes += t.length), err: (t) => void process.stderr.write(`${t}\n`) });
  if (code !== 0) throw new Error(`exit ${code}`);
  return `exit 0, ${bytes} bytes of JSON`;
}

function journeyOf(file: string, text: string) {
  const parsed = parseYaml(text);
  return readJourney(parsed.value, file, parsed.doc);
}

/** Edits that a design goes through: a `next` link added, an `observed` pattern added. */
function edits(text: string): string[] {
  const withNext = text.replace(/^( {2}- id: ([a-z-]+)\n)/m, '$1    next: [$2]\n');
  const withPattern = text.replace(/^( {4}observed: )(.+)$/m, (_, key: string, value: string) => `${key}${value.startsWith('[') ? value.replace('[', '["Nieuw*", ') : `["Nieuw*", ${value}]`}`);
  return [withNext, withPattern];
}

async function remap(file: string, cwd: string): Promise<string> {
  const cache = new LogCache();
  const text = fs.readFileSync(file, 'utf8');
  const first = await evaluateEvidence(journeyOf(file, text), file, { root: cwd, cache });
  if (!first?.ok) throw new Error(JSON.stringify(first));
  const variants = edits(text);
  const times: number[] = [];
  for (let i = 0; i < REMAP_RUNS; i++) {
    const edited = variants[i % variants.length];
    const t = performance.now();
    // What a design edit costs: the model of the edited text, the mapping and every figure from the cached cases.
    const outcome = await evaluateEvidence(journeyOf(file, edited), file, { root: cwd, cache });
    times.push(performance.now() - t);
    if (!outcome?.ok) throw new Error('re-map failed');
  }
  times.sort((a, b) => a - b);
  return JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], maxMs: times[times.length - 1], runs: REMAP_RUNS });
}

async function main(): Promise<void> {
  const [job, journey, cwd] = process.argv.slice(2);
  const start = performance.now();
  const note = job === 'remap' ? await remap(journey, cwd) : await evidence(journey, cwd);
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, note })}\n`);
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
