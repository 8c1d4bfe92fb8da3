/**
 * Spreadsheets of issue 18: `journey-lens export --format xlsx` of the
 * generated 300-step journey (test/fixtures/generated/journeys.ts), and `journey-lens import`
 * of that workbook (its Blueprint sheet, the blueprint layout, and its Steps
 * sheet, the table layout), from the production build (dist/cli.js, which
 * loads dist/sheets.js), each in a fresh process: wall time (median of 3)
 * and the file's size. Target: 2 s each.
 *
 * `node out/bench/sheets.js [steps]` after `node esbuild.mjs --production`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CATALOG, generateJourney } from '../test/fixtures/generated/journeys';
import { lastLine, runNode } from './spawn';

const REPO = path.resolve(__dirname, '..', '..');

async function median(args: string[], cwd: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await runNode([path.join(REPO, 'dist', 'cli.js'), ...args], { cwd });
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${lastLine(r.stderr)}`);
    times.push(r.ms);
  }
  times.sort((a, b) => a - b);
  return times[1];
}

async function main(): Promise<void> {
  const steps = Number(process.argv[2] ?? 300);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-bench-sheets-'));
  try {
    fs.writeFileSync(path.join(dir, 'generated.catalog.yaml'), CATALOG);
    fs.writeFileSync(path.join(dir, 'generated.journey.yaml'), generateJourney(steps));
    const lines = ['| what | wall (median of 3) | file |', '|---|---|---|'];
    const exported = await median(['export', 'generated.journey.yaml', '--format', 'xlsx', '--out', 'out.xlsx'], dir);
    const size = (f: string) => `${(fs.statSync(path.join(dir, f)).size / 1024).toFixed(0)} KB`;
    lines.push(`| export --format xlsx of the ${steps}-step journey | ${(exported / 1000).toFixed(2)} s | ${size('out.xlsx')} |`);
    const blueprint = await median(['import', 'out.xlsx', '--out', 'back.journey.yaml', '--force'], dir);
    lines.push(`| import of its Blueprint sheet (${steps} steps as columns) | ${(blueprint / 1000).toFixed(2)} s | ${size('back.journey.yaml')} |`);
    const table = await median(['import', 'out.xlsx', '--sheet', 'Steps', '--out', 'table.journey.yaml', '--force'], dir);
    lines.push(`| import of its Steps sheet (${steps} rows) | ${(table / 1000).toFixed(2)} s | ${size('table.journey.yaml')} |`);
    process.stdout.write(`${lines.join('\n')}\n\nload average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
