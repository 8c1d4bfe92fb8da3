/**
 * Writes the benchmark's generated journeys to a folder, for trying them in
 * the CLI or the editor: `node out/bench/write-fixtures.js bench/out 1000`.
 * Writes the given sizes (default 30, 300, 1,000 and 5,000 steps), the
 * catalog they use, and the 500-journey portfolio under portfolio/.
 */
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { BENCH_CATALOG, CATALOG_FILE } from '../test/fixtures/generated/corpus/catalog';
import { benchJourney, benchPortfolio } from '../test/fixtures/generated/corpus/journey';
import { PORTFOLIO } from './jobs/portfolio';

const [dir = 'bench/out', ...sizes] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, CATALOG_FILE), BENCH_CATALOG);
for (const size of sizes.length ? sizes.map(Number) : [30, 300, 1000, 5000]) {
  writeFileSync(path.join(dir, `steps-${size}.journey.yaml`), benchJourney(size));
}
const portfolio = path.join(dir, 'portfolio');
mkdirSync(portfolio, { recursive: true });
for (const [name, text] of benchPortfolio(PORTFOLIO.count, PORTFOLIO.steps)) writeFileSync(path.join(portfolio, name), text);
