/**
 * Journey Lens's full check of one journey: parse, schema, every check, with
 * a fresh CatalogCache each time (so the catalog is parsed and validated
 * too) and the catalog served from memory.
 */
import { analyseText, CatalogCache } from '../../src/core';
// The catalog from memory: no disk I/O is measured.
import { catalogHost, JOURNEY_PATH, TODAY } from '../../test/fixtures/generated/corpus/host';
import type { Checker } from './checker';

export { catalogHost, TODAY };

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
