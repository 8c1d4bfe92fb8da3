/**
 * `npm run bench`: every benchmark in one run, one table on stdout (also
 * written to bench/results.md); progress goes to stderr. A section that
 * cannot run here gets "n/a" rows saying why, and the others still run.
 */
import * as os from 'os';
import { performance } from 'perf_hooks';
import { writeResults } from './report';
import { activation } from './sections/activation';
import { bundleRows, productionBuild, rebuild } from './sections/bundles';
import { cli } from './sections/cli';
import { editLatency } from './sections/edit-latency';
import { memory } from './sections/memory';
import { portfolio } from './sections/portfolio';
import { preview } from './sections/preview';
import { sideBySide } from './sections/side-by-side';
import { markdownTable, type Row } from './table';
import { applyTargets } from './targets';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Runs a section; if it throws, one row says why instead. */
async function section(name: string, measure: string, run: () => Promise<Row[]>): Promise<Row[]> {
  log(`${name}: ${measure}`);
  try {
    return await run();
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    log(`  failed: ${reason}`);
    return [{ section: name, measure, input: '', value: `n/a (${reason})` }];
  }
}

async function main(): Promise<void> {
  const start = performance.now();
  const loadAtStart = os.loadavg();
  if (!(globalThis as { gc?: unknown }).gc) log('(run node with --expose-gc for steadier times: npm run bench does)');
  let floors = new Map<number, number>();
  let byRule = new Map<number, Record<string, number>>();
  let portfolioFloor: number | undefined;
  const journey = await section('Check one journey', 'floor, Journey Lens, yaml-language-server, Spectral', async () => {
    const r = await sideBySide();
    floors = r.floors;
    byRule = r.byRule;
    return r.rows;
  });
  const edits = await section('Edit latency', 'one character typed in the middle step', () => editLatency(floors));
  const inProcess = await section('Portfolio', 'floor and Journey Lens in process', async () => {
    const r = await portfolio();
    portfolioFloor = r.floorMs;
    return r.rows;
  });
  const heap = await section('Memory', 'heap after checking', memory);
  // Activation, the CLI and the preview run on the production bundles, as shipped.
  let built: Row[] = [];
  let shell: Row[] = [];
  let page: Row[] = [];
  let produced = false;
  try {
    built = await section('Extension', 'production build and bundle sizes', async () => {
      await productionBuild();
      produced = true;
      return bundleRows();
    });
    if (!produced) {
      log('  the production build failed: activation, the CLI and the preview are not measured');
    } else {
      built.push(...await section('Extension', 'activation', activation));
      shell = await section('Portfolio', 'CLI wall time', () => cli(portfolioFloor, log));
      page = await section('Preview', 'update in Chromium', () => preview(floors, log));
    }
  } finally {
    log('Restoring the dev build (npm run build)');
    await rebuild().catch((e: unknown) => log(`  failed: ${e instanceof Error ? e.message : String(e)}`));
  }
  const rows = [...journey, ...edits, ...inProcess, ...shell, ...heap, ...built, ...page];
  const targets = applyTargets(rows);
  writeResults(rows, targets, byRule, (performance.now() - start) / 60000, loadAtStart);
  process.stdout.write(`${markdownTable(rows)}\n\n${targets.join('\n')}\n`);
  log(`Written to bench/results.md in ${((performance.now() - start) / 1000).toFixed(0)} s`);
}

void main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
