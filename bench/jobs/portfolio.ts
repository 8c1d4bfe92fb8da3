/**
 * The 500-journey portfolio in one process: the parse floor of all its
 * journeys, or Journey Lens checking them all with one shared CatalogCache
 * (as the CLI and a workspace check do), the catalog served from memory.
 */
import * as path from 'path';
import { parseDocument } from 'yaml';
import { CatalogCache } from '../../src/core/model/catalogs';
import { analyseText } from '../../src/core/engine/check';
import { benchPortfolio } from '../../test/fixtures/generated/corpus/journey';
import { measure } from '../measure';
import { ms } from '../table';
import { JOURNEY_PATH } from '../tools/checker';
import { catalogHost, TODAY } from '../tools/journey-lens';
import { progress } from './progress';

export const PORTFOLIO = { count: 500, steps: 30 };

export interface PortfolioResult {
  median: number;
  runs: number;
  findings: number;
}

export async function portfolioJob([what]: string[]): Promise<PortfolioResult> {
  const journeys = [...benchPortfolio(PORTFOLIO.count, PORTFOLIO.steps)].filter(([name]) => name.endsWith('.journey.yaml'));
  const host = catalogHost();
  let findings = 0;
  const checkAll = async () => {
    const catalogs = new CatalogCache();
    findings = 0;
    for (const [name, text] of journeys) {
      findings += (await analyseText(path.join(path.dirname(JOURNEY_PATH), name), text, host, { today: TODAY, catalogs, maxBytes: Infinity })).findings.length;
    }
  };
  const parseAll = () => { for (const [, text] of journeys) parseDocument(text); };
  const t = await measure(what === 'floor' ? parseAll : checkAll, { warmup: 1, warmupMs: 0, minRuns: 3, budgetMs: 0 });
  progress(`  portfolio, ${what}: ${ms(t.median)}`);
  return { median: t.median, runs: t.runs, findings };
}
