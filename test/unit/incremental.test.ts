/**
 * The segmented (incremental) parse gives exactly the findings of a full
 * check, over many random edits of real and generated journeys.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { generateJourney, random, CATALOG } from '../fixtures/generated/journeys';
import { analyseText, CatalogCache, SegmentedParser } from '../../src/core';
import { memoryHost } from './helpers';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const files: Record<string, string> = { '/ws/generated.catalog.yaml': CATALOG };
for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith('.catalog.yaml'))) files[`/ws/${f}`] = readFileSync(path.join(EXAMPLES, f), 'utf8');
const host = memoryHost(files);

const EDITS = ['x', ' ', '\n', ':', '- ', '  ', '#', '"', '-2', 'id: a\n', '\n  - id: extra\n    customer: New\n'];

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * text.length);
  const kind = rnd();
  if (kind < 0.45) return text.slice(0, at) + EDITS[Math.floor(rnd() * EDITS.length)] + text.slice(at);
  if (kind < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 3));
  // Duplicate or delete a whole line.
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at) + 1 || text.length;
  return kind < 0.9 ? text.slice(0, end) + text.slice(start, end) + text.slice(end) : text.slice(0, start) + text.slice(end);
}

async function compare(name: string, start: string, edits: number, seed: number): Promise<number> {
  const rnd = random(seed);
  const parser = new SegmentedParser();
  const cache = new CatalogCache();
  let text = start;
  let lastGood = start;
  let segmented = 0;
  for (let i = 0; i <= edits; i++) {
    const file = `/ws/${name}`;
    const full = await analyseText(file, text, host, { today: '2026-11-23', catalogs: cache });
    const inc = await analyseText(file, text, host, { today: '2026-11-23', catalogs: cache, parse: (t) => parser.parse(t) });
    assert.deepStrictEqual(inc.findings, full.findings, `edit ${i} of ${name} (seed ${seed}) gives other findings:\n${text}`);
    assert.deepStrictEqual(inc.parsed.value, full.parsed.value, `edit ${i} of ${name}: other value`);
    if (parser.lastWasSegmented) segmented++;
    if (full.parsed.problems.length === 0) lastGood = text;
    // Keep typing from the last text that parsed, as a user fixes a typo before going on.
    text = edit(lastGood, rnd);
  }
  return segmented;
}

describe('incremental parse', () => {
  for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith('.journey.yaml'))) {
    it(`agrees with a full check over 100 random edits of ${f}`, async () => {
      const segmented = await compare(f, readFileSync(path.join(EXAMPLES, f), 'utf8'), 100, f.length);
      assert.ok(segmented > 30, `only ${segmented} edits took the segmented path`);
    });
  }

  it('agrees with a full check over 150 random edits of a generated 60-step journey', async () => {
    const clean = await compare('generated.journey.yaml', generateJourney(60, 7, 'generated.catalog.yaml'), 150, 99);
    assert.ok(clean > 50, `only ${clean} edits took the segmented path`);
  });

  it('agrees with a full check when some lines end in a lone CR (old Mac line endings, mixed in by a paste)', async () => {
    const examples = readdirSync(EXAMPLES).filter((n) => n.endsWith('.journey.yaml'));
    const texts = examples.map((f) => readFileSync(path.join(EXAMPLES, f), 'utf8'));
    await fc.assert(fc.asyncProperty(fc.nat({ max: texts.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), async (i, picks) => {
      const breaks = [...texts[i].matchAll(/\n/g)].map((m) => m.index);
      const chars = [...texts[i]];
      for (const p of picks) chars[breaks[p % breaks.length]] = '\r';
      const text = chars.join('');
      const file = `/ws/${examples[i]}`;
      const full = await analyseText(file, text, host, { today: '2026-11-23' });
      const inc = await analyseText(file, text, host, { today: '2026-11-23', parse: (t) => new SegmentedParser().parse(t) });
      assert.deepStrictEqual(inc.findings, full.findings, JSON.stringify(text));
    }), { seed: 20261123, numRuns: 150 });
  });

  it('re-parses only the edited step', () => {
    const parser = new SegmentedParser();
    const text = generateJourney(50, 3);
    const first = parser.parse(text);
    const edited = text.replace('Klant doet stap 25 ', 'Klant doet stap 25 snel ');
    const second = parser.parse(edited);
    const items = (d: typeof first) => (d.doc!.getIn(['steps'], true) as { items: unknown[] }).items;
    const before = items(first);
    const after = items(second);
    assert.strictEqual(after.length, 50);
    // Same node objects for untouched steps: they were not parsed again.
    assert.strictEqual(after.filter((n, i) => n === before[i]).length, 49);
    assert.notStrictEqual(after[25], before[25]);
  });
});
