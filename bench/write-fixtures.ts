/**
 * Writes generated journeys to a folder, for trying them in the CLI or the
 * editor: `node out/bench/write-fixtures.js bench/out 1000`.
 */
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { CATALOG, generateJourney, generatePortfolio } from './generate';

const [dir = 'bench/out', ...sizes] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'generated.catalog.yaml'), CATALOG);
for (const size of sizes.length ? sizes.map(Number) : [30, 300, 1000, 5000]) {
  writeFileSync(path.join(dir, `steps-${size}.journey.yaml`), generateJourney(size));
}
const portfolio = path.join(dir, 'portfolio');
mkdirSync(portfolio, { recursive: true });
for (const [name, text] of generatePortfolio(50, 30)) writeFileSync(path.join(portfolio, name), text);
