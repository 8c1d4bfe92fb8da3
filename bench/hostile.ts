/**
 * Times the hostile inputs of test/fixtures/generated/hostile.ts through the engine, as
 * the editor checks them (typing limit) and as the command line does (no
 * limit): `node out/bench/hostile.js`. Prints a Markdown table for
 * docs/hardening.md. Not a test: test/unit/limits.test.ts asserts the findings.
 */
import { CATALOG } from '../test/fixtures/generated/journeys';
import * as hostile from '../test/fixtures/generated/hostile';
import { CatalogCache } from '../src/core/model/catalogs';
import { checkText, type CheckOptions } from '../src/core/engine/check';

const CASES: [string, () => string][] = [
  ['billion laughs (9 levels × 10 aliases)', hostile.billionLaughs],
  ['10,000 levels of [ ]', () => hostile.deepFlow(10_000, '[')],
  ['10,000 unclosed {', () => hostile.deepFlow(10_000, '{', false)],
  ['10,000 nested sequences on one line', () => hostile.deepSequence(10_000)],
  ['2,000 block mappings, each indented one more', () => hostile.deepBlock(2_000)],
  ['`a: b: c` on 10,000 lines', () => hostile.nestedCompactMappings(10_000)],
  ['10,000 syntax errors', () => hostile.manySyntaxErrors(10_000)],
  ['10 MB file (a 200,000-key mapping)', () => hostile.largeFile(10 * 1024 * 1024)],
  ['100,000-step list', () => hostile.manySteps(100_000)],
  ['1 MB title on one line', () => hostile.longValue(1_000_000)],
  ['1 MB reference among 1,000 declared ids', () => hostile.longReference(1_000_000, 1_000)],
  ['1 MB suppression comment (200,000 ids)', () => hostile.longSuppression(200_000)],
  ['realistic journey of 1 MB (the typing limit)', () => hostile.realisticJourney(1024 * 1024)],
  ['10,000 steps, each with an unknown `next`', () => hostile.unknownNexts(10_000)],
  ['20,000 channels, 10,000 unknown channel references', () => hostile.unknownChannels(20_000, 10_000)],
];

async function time(text: string, options: CheckOptions): Promise<{ ms: number; findings: number }> {
  const host = { readFile: async (p: string) => (p.endsWith('generated.catalog.yaml') ? CATALOG : undefined) };
  const start = process.hrtime.bigint();
  const findings = await checkText('/ws/hostile.journey.yaml', text, host, { today: '2026-11-23', catalogs: new CatalogCache(), ...options });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, findings: findings.length };
}

async function main(): Promise<void> {
  const rows = ['| input | size | editor (typing limit) | command line (no limit) | findings |', '|---|---|---|---|---|'];
  for (const [name, make] of CASES) {
    const text = make();
    const typing = await time(text, {});
    const full = await time(text, { maxBytes: Infinity });
    const size = `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB`;
    rows.push(`| ${name} | ${size} | ${typing.ms.toFixed(0)} ms | ${full.ms.toFixed(0)} ms | ${full.findings} |`);
  }
  console.log(rows.join('\n'));
}

void main();
