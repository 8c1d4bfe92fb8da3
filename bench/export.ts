/**
 * The drawn exports of issue 16 (point 5): `journey-lens export` of the
 * generated 300-step journey (test/fixtures/generated/journeys.ts) as SVG, PNG and PDF, from
 * the production build (dist/cli.js, which loads dist/exporters.js), each in
 * a fresh process: wall time (median of 3) and the file's size.
 *
 * `node out/bench/export.js [steps]` after `node esbuild.mjs --production`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CATALOG, generateJourney } from '../test/fixtures/generated/journeys';
import { lastLine, runNode } from './spawn';

const REPO = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const steps = Number(process.argv[2] ?? 300);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-bench-export-'));
  try {
    fs.writeFileSync(path.join(dir, 'generated.catalog.yaml'), CATALOG);
    fs.writeFileSync(path.join(dir, 'generated.journey.yaml'), generateJourney(steps));
    const lines = ['| format | wall (median of 3) | file |', '|---|---|---|'];
    for (const format of ['svg', 'png', 'pdf', 'html']) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await runNode([path.join(REPO, 'dist', 'cli.js'), 'export', 'generated.journey.yaml', '--format', format, '--out', `out.${format}`], { cwd: dir });
        if (r.code !== 0) throw new Error(`export --format ${format}: ${lastLine(r.stderr)}`);
        times.push(r.ms);
      }
      times.sort((a, b) => a - b);
      const size = fs.statSync(path.join(dir, `out.${format}`)).size;
      lines.push(`| ${format} of the ${steps}-step journey | ${(times[1] / 1000).toFixed(2)} s | ${(size / 1024 / 1024).toFixed(1)} MB |`);
    }
    process.stdout.write(`${lines.join('\n')}\n\nload average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
