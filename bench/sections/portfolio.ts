/** The 500-journey portfolio in process: its parse floor and Journey Lens, each in a fresh process. */
import { benchPortfolio } from '../../test/fixtures/generated/corpus/journey';
import { inChild } from '../in-child';
import { PORTFOLIO, type PortfolioResult } from '../jobs/portfolio';
import { kb, ms, type Row } from '../table';

const SECTION = 'Portfolio';

export function portfolioInput(): string {
  let bytes = 0;
  for (const text of benchPortfolio(PORTFOLIO.count, PORTFOLIO.steps).values()) bytes += Buffer.byteLength(text);
  return `${PORTFOLIO.count} journeys × ${PORTFOLIO.steps} steps (${kb(bytes)})`;
}

export async function portfolio(): Promise<{ rows: Row[]; floorMs: number }> {
  const input = portfolioInput();
  const floor = await inChild<PortfolioResult>('portfolio', ['floor']);
  const check = await inChild<PortfolioResult>('portfolio', ['jl']);
  return {
    floorMs: floor.median,
    rows: [
      { section: SECTION, measure: 'yaml parseDocument (floor), every journey', input, value: ms(floor.median), ms: floor.median, floorMs: floor.median, key: 'portfolio-floor', note: `${floor.runs} runs` },
      { section: SECTION, measure: 'Journey Lens full check, in process', input, value: ms(check.median), ms: check.median, floorMs: floor.median, key: 'portfolio-jl', note: `${check.findings} findings; one shared CatalogCache; ${check.runs} runs` },
    ],
  };
}
