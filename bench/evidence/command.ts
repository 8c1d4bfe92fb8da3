/**
 * The `journey-lens evidence` benchmark of issue 15 (point 9): the command on
 * bpic2013-incidents (through the Volvo IT journey of test/real-data) and on
 * a generated CSV of 5,000,000 events, each in a fresh process for its wall
 * time and peak RSS, against the floor (the streaming parse of the same file
 * with the same parser and nothing else: read-job.ts's `floor`); and the
 * re-mapping of cached cases after a design edit. bpic2013 runs 3 times
 * (the median is shown); the big CSV once, because it loads a shared machine.
 *
 * `node out/bench/evidence/command.js [events] [--no-generated]`
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lastLine, runNode } from '../spawn';
import { writeCsvLog } from './write-csv';

const REPO = path.resolve(__dirname, '..', '..', '..');
const LOGS = path.resolve(REPO, '..', 'shared', 'data', 'eventlogs');

interface Measured { ms: number; rssMb: number; note: string; wallMs: number }

async function job(script: string, args: readonly string[], runs: number): Promise<Measured> {
  const all: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await runNode([path.join(__dirname, script), ...args]);
    if (r.code !== 0) throw new Error(`${script} ${args.join(' ')}: ${lastLine(r.stderr)}`);
    all.push({ ...(JSON.parse(lastLine(r.stdout)) as Omit<Measured, 'wallMs'>), wallMs: r.ms });
  }
  all.sort((a, b) => a.ms - b.ms);
  return all[Math.floor(runs / 2)];
}

/** A folder with the journey and its log side by side, as a user has them. */
function folder(journeySource: string, log: string, logName: string): { dir: string; journey: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-bench-evidence-'));
  const text = fs.readFileSync(journeySource, 'utf8').replace(/^( {2}log: ).*$/m, `$1${logName}`);
  const journey = path.join(dir, path.basename(journeySource));
  fs.writeFileSync(journey, text);
  if (log !== '') fs.copyFileSync(log, path.join(dir, logName));
  return { dir, journey };
}

const s = (ms: number) => (ms / 1000).toFixed(2);

async function measureLog(label: string, dir: string, journey: string, log: string, runs: number, remap: boolean): Promise<string[]> {
  process.stderr.write(`${label}: floor\n`);
  const floor = await job('read-job.js', ['floor', log], runs);
  process.stderr.write(`${label}: journey-lens evidence\n`);
  const evidence = await job('command-job.js', ['evidence', path.basename(journey), dir], runs);
  const rows = [`| ${label} | ${s(floor.ms)} | ${s(evidence.ms)} | ${(evidence.ms / floor.ms).toFixed(2)} | ${floor.rssMb.toFixed(0)} | ${evidence.rssMb.toFixed(0)} | ${s(evidence.wallMs)} | ${evidence.note}; floor: ${floor.note} |`];
  if (remap) {
    process.stderr.write(`${label}: re-mapping after a design edit\n`);
    const r = await job('command-job.js', ['remap', journey, dir], 1);
    const { medianMs, maxMs, runs: n } = JSON.parse(r.note) as { medianMs: number; maxMs: number; runs: number };
    rows.push(`| ${label}: re-map cached cases after a design edit (median of ${n}) | | ${medianMs.toFixed(1)} ms | | | | | max ${maxMs.toFixed(1)} ms |`);
  }
  return rows;
}

async function main(): Promise<void> {
  const events = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5_000_000);
  const generated = !process.argv.includes('--no-generated');
  const lines = [
    '| log | floor (s) | evidence (s) | × floor | floor peak RSS (MB) | evidence peak RSS (MB) | evidence process wall (s) | note |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const dirs: string[] = [];
  try {
    if (fs.existsSync(LOGS)) {
      const { dir, journey } = folder(path.join(REPO, 'test', 'real-data', 'volvo-incidents.journey.yaml'), path.join(LOGS, 'bpic2013-incidents.xes.gz'), 'bpic2013-incidents.xes.gz');
      dirs.push(dir);
      lines.push(...await measureLog('bpic2013-incidents.xes.gz (65,533 events, 1.3 MB gzipped)', dir, journey, path.join(dir, 'bpic2013-incidents.xes.gz'), 3, true));
    } else {
      process.stderr.write(`${LOGS} is absent: bpic2013-incidents is not measured\n`);
    }
    if (generated) {
      const { dir, journey } = folder(path.join(__dirname, '..', '..', '..', 'bench', 'evidence', 'journeys', 'generated.journey.yaml'), '', 'generated.csv');
      dirs.push(dir);
      const csv = path.join(dir, 'generated.csv');
      process.stderr.write(`Writing ${events} events to ${csv}\n`);
      await writeCsvLog(csv, events);
      const mb = (fs.statSync(csv).size / 1e6).toFixed(0);
      lines.push(...await measureLog(`generated CSV (${events.toLocaleString('en-US')} events, ${mb} MB)`, dir, journey, csv, 1, false));
    }
    process.stdout.write(`${lines.join('\n')}\n\nload average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}\n`);
  } finally {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
