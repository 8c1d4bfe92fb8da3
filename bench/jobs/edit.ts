/**
 * Edit latency: one character typed at a time at the end of the customer
 * text of the middle step, each version checked for the whole document.
 * `segmented` calls the engine as the extension's Analyses does: one
 * CatalogCache and one SegmentedParser for the document across versions,
 * passed to analyseText as its `parse`. `full` re-checks the whole text.
 */
import { CatalogCache } from '../../src/core/model/catalogs';
import { analyseText, type CheckOptions } from '../../src/core/engine/check';
import { SegmentedParser } from '../../src/core/yaml/segmented-parser';
import type { Finding } from '../../src/core/engine/types';
import { benchJourney } from '../../test/fixtures/generated/corpus/journey';
import { measure } from '../measure';
import { ms } from '../table';
import { JOURNEY_PATH } from '../tools/checker';
import { catalogHost, TODAY } from '../tools/journey-lens';
import { progress } from './progress';

export interface EditResult {
  bytes: number;
  median: number;
  runs: number;
  typed: number;
  /** How many versions the segmented parse composed from blocks (not a fallback to a full parse). */
  composed: number;
  /** Whether the last version's findings equal those of a fresh full check. */
  sameAsFull: boolean;
}

/** The offset of the end of the customer text of step `index` (0-based). */
export function customerEnd(text: string, index: number): number {
  let at = -1;
  for (let i = 0; i <= index; i++) at = text.indexOf('\n  - id: ', at + 1);
  const line = text.indexOf('\n    customer: ', at);
  return text.indexOf('\n', line + 1);
}

export async function editJob([size, mode]: string[]): Promise<EditResult> {
  const n = Number(size);
  const segmented = mode === 'segmented';
  const parser = new SegmentedParser();
  const options: CheckOptions = { today: TODAY, catalogs: new CatalogCache(), maxBytes: Infinity, ...(segmented ? { parse: (t: string) => parser.parse(t) } : {}) };
  const host = catalogHost();
  let text = benchJourney(n);
  const at = customerEnd(text, Math.floor(n / 2));
  let typed = 0;
  let composed = 0;
  // The document as opened: its first check fills the caches.
  let findings: Finding[] = (await analyseText(JOURNEY_PATH, text, host, options)).findings;
  const t = await measure(async () => {
    text = text.slice(0, at + typed) + 'abcdefghij'[typed % 10] + text.slice(at + typed);
    typed++;
    findings = (await analyseText(JOURNEY_PATH, text, host, options)).findings;
    if (segmented && parser.lastWasSegmented) composed++;
  }, segmented ? { minRuns: 15, maxRuns: 41, budgetMs: 1500 } : { warmup: 1, warmupMs: 0, minRuns: 3, budgetMs: 0 });
  progress(`  edit latency, ${n} steps, ${mode}: ${ms(t.median)}`);
  // A time means nothing if the findings are not a full check's.
  const full = await analyseText(JOURNEY_PATH, text, host, { today: TODAY, catalogs: new CatalogCache(), maxBytes: Infinity });
  return { bytes: Buffer.byteLength(text), median: t.median, runs: t.runs, typed, composed, sameAsFull: JSON.stringify(full.findings) === JSON.stringify(findings) };
}
