/**
 * The CLI on the 500-journey portfolio, written to a temporary folder:
 * the wall time of `node dist/cli.js check .` in that folder, process start
 * and file reading included.
 */
import { mkdtemp, rm, writeFile } from 'fs/promises';
import * as os from 'os';
import * as path from 'path';
import { benchPortfolio } from '../../test/fixtures/generated/corpus/journey';
import { PORTFOLIO } from '../jobs/portfolio';
import { median } from '../measure';
import { ROOT } from '../paths';
import { runNode } from '../spawn';
import { ms, type Row } from '../table';
import { TODAY } from '../tools/journey-lens';
import { portfolioInput } from './portfolio';

const RUNS = 3;

export async function cli(floorMs: number | undefined, log: (line: string) => void): Promise<Row[]> {
  const files = benchPortfolio(PORTFOLIO.count, PORTFOLIO.steps);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'journey-lens-bench-'));
  try {
    for (const [name, text] of files) await writeFile(path.join(dir, name), text);
    const times: number[] = [];
    let findings = 0;
    let code: number | null = null;
    // The first run is a warm-up: it brings the files and the bundle into the file cache.
    for (let i = 0; i <= RUNS; i++) {
      const r = await runNode([path.join(ROOT, 'dist', 'cli.js'), 'check', '.', '--today', TODAY, '--format', 'json'], { cwd: dir });
      if (r.code === null || r.code > 1) throw new Error(`the CLI failed (exit ${r.code}): ${r.stderr.trim().split('\n')[0]}`);
      findings = (JSON.parse(r.stdout) as unknown[]).length;
      code = r.code;
      if (i > 0) times.push(r.ms);
    }
    const t = median(times);
    log(`  CLI on the portfolio: ${ms(t)}`);
    return [{
      section: 'Portfolio', measure: 'CLI: node dist/cli.js check <folder>', input: portfolioInput(), key: 'cli-portfolio',
      value: ms(t), ms: t, floorMs, note: `wall time, process start included; ${findings} findings, exit ${code}; ${RUNS} runs after a warm-up; production bundle`,
    }];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
