/**
 * The reading benchmark of issue 15: readLog against the floor (the same
 * streaming parser doing nothing else) on bpic2013-incidents.xes.gz and a
 * generated 5,000,000-event CSV, each run in a fresh process for its wall
 * time and peak RSS. `node out/bench/evidence/read.js [events]`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lastLine, runNode } from '../spawn';
import { writeCsvLog } from './write-csv';

const LOGS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'data', 'eventlogs');
const RUNS = 3;

interface Measured { ms: number; rssMb: number; note: string }

async function measure(job: string, file: string): Promise<Measured> {
  const runs: Measured[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await runNode([path.join(__dirname, 'read-job.js'), job, file]);
    if (r.code !== 0) throw new Error(lastLine(r.stderr));
    runs.push(JSON.parse(lastLine(r.stdout)) as Measured);
  }
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(RUNS / 2)];
}

async function main(): Promise<void> {
  const events = Number(process.argv[2] ?? 5_000_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-bench-read-'));
  try {
    const csv = path.join(dir, `generated-${events}.csv`);
    process.stderr.write(`Writing ${events} events to ${csv}\n`);
    await writeCsvLog(csv, events);
    const files = [...(fs.existsSync(LOGS) ? [path.join(LOGS, 'bpic2013-incidents.xes.gz')] : []), csv];
    if (files.length === 1) process.stderr.write(`${LOGS} is absent: bpic2013-incidents is not measured\n`);
    const lines = ['| log | floor (s) | readLog (s) | × floor | floor peak RSS (MB) | readLog peak RSS (MB) | read |', '|---|---|---|---|---|---|---|'];
    for (const file of files) {
      process.stderr.write(`Measuring ${path.basename(file)}\n`);
      const f = await measure('floor', file);
      const r = await measure('read', file);
      lines.push(`| ${path.basename(file)} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) | ${(f.ms / 1000).toFixed(2)} | ${(r.ms / 1000).toFixed(2)} | ${(r.ms / f.ms).toFixed(2)} | ${f.rssMb.toFixed(0)} | ${r.rssMb.toFixed(0)} | ${r.note} |`);
    }
    process.stdout.write(`${lines.join('\n')}\n\nload average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
