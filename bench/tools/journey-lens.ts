/**
 * Journey Lens's full check of one journey: parse, schema, every check, with
 * a fresh CatalogCache each time (so the catalog is parsed and validated
 * too) and the catalog served from memory.
 */
import * as path from 'path';
import { CatalogCache, type FileHost } from '../../src/core/model/catalogs';
import { analyseText } from '../../src/core/engine/check';
import { BENCH_CATALOG, CATALOG_FILE } from '../corpus/catalog';
import { JOURNEY_PATH, type Checker } from './checker';
// The engine tests' in-memory host: no disk I/O is measured.
import { memoryHost } from '../../test/unit/helpers';

/** "Today" for the review checks, fixed so that findings do not change with the date. */
export const TODAY = '2026-11-01';

export const catalogHost = (): FileHost => memoryHost({ [path.join(path.dirname(JOURNEY_PATH), CATALOG_FILE)]: BENCH_CATALOG });

export function journeyLens(): Checker {
  const host = catalogHost();
  const analyse = (text: string) => analyseText(JOURNEY_PATH, text, host, { today: TODAY, catalogs: new CatalogCache(), maxBytes: Infinity });
  return {
    check: async (text) => (await analyse(text)).findings.length,
    findingsByRule: async (text) => {
      const counts: Record<string, number> = {};
      for (const f of (await analyse(text)).findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
      return counts;
    },
  };
}
