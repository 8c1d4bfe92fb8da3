/**
 * The editor's evidence and the extension host's main thread (issue 15,
 * point 9): the log is read and mapped in the evidence worker
 * (src/extension/evidence/worker.ts, through the same client the extension
 * uses), while this thread measures how long its event loop is blocked:
 * perf_hooks' event-loop delay histogram (its maximum) and a 5 ms timer's
 * largest lateness. Then the typing path: re-mapping cached cases after a
 * design edit, as a round trip to the worker (request, mapping, figures,
 * answer), median of 21.
 *
 * `node out/bench/evidence/main-thread.js [events] [--no-generated]` (default
 * 1,000,000 generated events; bpic2013-incidents from ../shared when there).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { monitorEventLoopDelay, performance } from 'perf_hooks';
import { designOf } from '../../src/core/evidence/design';
import { DEFAULT_THRESHOLDS } from '../../src/core/evidence/types';
import { evidenceSettingsOf, readJourney } from '../../src/core/model/model';
import { parseYaml } from '../../src/core/yaml/parse';
import { EvidenceWorker } from '../../src/extension/evidence/client';
import { writeCsvLog } from './write-csv';

const REPO = path.resolve(__dirname, '..', '..', '..');
const LOGS = path.resolve(REPO, '..', 'shared', 'data', 'eventlogs');
const WORKER = path.resolve(__dirname, '..', '..', 'src', 'extension', 'evidence', 'worker.js');
const REMAP_RUNS = 21;
const TICK_MS = 5;

function requestOf(file: string, text: string, root: string) {
  const parsed = parseYaml(text);
  const journey = readJourney(parsed.value, file, parsed.doc);
  const settings = evidenceSettingsOf(journey);
  if (!settings) throw new Error(`${file} has no evidence`);
  return { settings, design: designOf(journey), file, root, thresholds: DEFAULT_THRESHOLDS };
}

/** Runs `work` while measuring the main thread's longest block, in ms. */
async function blocked<T>(work: () => Promise<T>): Promise<{ result: T; maxBlockMs: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let last = performance.now();
  let late = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    late = Math.max(late, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  const t = performance.now();
  const result = await work();
  const ms = performance.now() - t;
  clearInterval(timer);
  histogram.disable();
  return { result, ms, maxBlockMs: Math.max(late, histogram.max / 1e6 - 1) };
}

async function measure(label: string, journeySource: string, log: string, logName: string): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-bench-main-thread-'));
  try {
    const text = fs.readFileSync(journeySource, 'utf8').replace(/^( {2}log: ).*$/m, `$1${logName}`);
    const file = path.join(dir, path.basename(journeySource));
    fs.writeFileSync(file, text);
    if (log !== '') fs.copyFileSync(log, path.join(dir, logName));
    else await writeCsvLog(path.join(dir, logName), events);
    const worker = new EvidenceWorker(WORKER);
    // The worker is unref'd (it must not keep an editor alive): this timer keeps the bench alive.
    const alive = setInterval(() => undefined, 1000);
    try {
      process.stderr.write(`${label}: reading in the worker\n`);
      // The journey's model is made before: that is the typing path's own work, measured elsewhere.
      const first = requestOf(file, text, dir);
      const read = await blocked(() => worker.evaluate({ ...first, cachedOnly: false }));
      if (read.result.outcome === 'cold' || !read.result.outcome.ok) throw new Error(`${label}: ${JSON.stringify(read.result.outcome)}`);
      // Every edit a new design (another pattern each time, every other one a `next` link too),
      // so that the worker's kept answers never serve it.
      const edit = (i: number) => {
        const pattern = text.replace(/^( {4}observed: )(.+)$/m, (_, key: string, value: string) => `${key}${value.startsWith('[') ? value.replace('[', `["Nieuw ${i}*", `) : `["Nieuw ${i}*", ${value}]`}`);
        return i % 2 === 0 ? pattern.replace(/^( {2}- id: ([a-z-]+)\n)/m, '$1    next: [$2]\n') : pattern;
      };
      const times: number[] = [];
      let remapBlock = 0;
      process.stderr.write(`${label}: re-mapping after design edits\n`);
      for (let i = 0; i < REMAP_RUNS; i++) {
        const edited = requestOf(file, edit(i), dir);
        const r = await blocked(() => worker.evaluate({ ...edited, cachedOnly: true }));
        if (r.result.outcome === 'cold') throw new Error('the cases were not cached');
        times.push(r.ms);
        remapBlock = Math.max(remapBlock, r.maxBlockMs);
      }
      times.sort((a, b) => a - b);
      worker.dispose();
      return [
        `| ${label}: first read and mapping in the worker | ${(read.ms / 1000).toFixed(2)} s | ${read.maxBlockMs.toFixed(1)} ms |`,
        `| ${label}: re-map after a design edit, round trip (median of ${REMAP_RUNS}; max ${times[times.length - 1].toFixed(1)} ms) | ${times[Math.floor(times.length / 2)].toFixed(1)} ms | ${remapBlock.toFixed(1)} ms |`,
      ];
    } finally {
      clearInterval(alive);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const events = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);

async function main(): Promise<void> {
  const lines = ['| what | wall | longest main-thread block |', '|---|---|---|'];
  if (fs.existsSync(LOGS)) {
    lines.push(...await measure('bpic2013-incidents.xes.gz (65,533 events)', path.join(REPO, 'test', 'real-data', 'volvo-incidents.journey.yaml'), path.join(LOGS, 'bpic2013-incidents.xes.gz'), 'bpic2013-incidents.xes.gz'));
  } else {
    process.stderr.write(`${LOGS} is absent: bpic2013-incidents is not measured\n`);
  }
  if (!process.argv.includes('--no-generated')) {
    lines.push(...await measure(`generated CSV (${events.toLocaleString('en-US')} events)`, path.join(REPO, 'bench', 'evidence', 'journeys', 'generated.journey.yaml'), '', 'generated.csv'));
  }
  process.stdout.write(`${lines.join('\n')}\n\nload average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}\n`);
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
