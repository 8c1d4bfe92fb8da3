/**
 * Heap used after checking, in a fresh process run with --expose-gc: the
 * 5,000-step journey (its analysis and parser kept, as the extension keeps
 * an open document's) or the 500-journey portfolio (every file's findings
 * kept, as the CLI does).
 */
import * as path from 'path';
import { CatalogCache } from '../../src/core/model/catalogs';
import { analyseText } from '../../src/core/engine/check';
import { SegmentedParser } from '../../src/core/yaml/segmented-parser';
import { benchJourney, benchPortfolio } from '../../test/fixtures/generated/corpus/journey';
import { JOURNEY_PATH } from '../tools/checker';
import { catalogHost, TODAY } from '../tools/journey-lens';
import { PORTFOLIO } from './portfolio';

export interface MemoryResult {
  /** Heap used before the check, the input texts already made. */
  before: number;
  after: number;
}

/** Kept alive until the process ends, so that gc cannot take it. */
const kept: unknown[] = [];

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run node with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export async function memoryJob([what]: string[]): Promise<MemoryResult> {
  const host = catalogHost();
  const inputs = what === 'journey' ? new Map([[JOURNEY_PATH, benchJourney(5000)]]) : benchPortfolio(PORTFOLIO.count, PORTFOLIO.steps);
  const before = heapUsed();
  const catalogs = new CatalogCache();
  for (const [name, text] of inputs) {
    if (!name.endsWith('.journey.yaml')) continue;
    const file = path.join(path.dirname(JOURNEY_PATH), path.basename(name));
    if (what === 'journey') {
      const parser = new SegmentedParser();
      kept.push(parser, await analyseText(file, text, host, { today: TODAY, catalogs, maxBytes: Infinity, parse: (t) => parser.parse(t) }));
    } else {
      kept.push((await analyseText(file, text, host, { today: TODAY, catalogs, maxBytes: Infinity })).findings);
    }
  }
  kept.push(inputs);
  return { before, after: heapUsed() };
}
