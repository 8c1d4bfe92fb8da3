/** Where things are: this file runs as out/bench/paths.js. */
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const OUT_BENCH = __dirname;
export const SCHEMAS = path.join(ROOT, 'schemas');
