/**
 * Never an exception: the example journeys, catalogs and a config, cut at
 * (nearly) every position and edited at random, and random YAML and
 * wrongly-typed journeys, all go through the engine. It must never throw,
 * and every finding must lie inside its document (see well-formed.ts).
 *
 * Bounded in time: a fixed seed and run counts keep this suite to seconds.
 * For a longer hunt, set JOURNEY_LENS_FUZZ_RUNS (runs per property) and
 * JOURNEY_LENS_FUZZ_SEED; a failure prints the seed and the shrunk input.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { promises as fs } from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { ALL_RULES, CatalogCache, type CheckOptions, checkText, parseYaml, readConfig, RULES_BY_ID, SegmentedParser } from '../../src/core';
import { editDistance, Suggester } from '../../src/core/engine/suggest';
import { utf8Length } from '../../src/core/engine/limits';
import { applyAll, catalogValue, configValue, journeyValue, mutated, yamlSoup } from './fuzz-arbitraries';
import { memoryHost } from './helpers';
import { assertWellFormed } from './well-formed';

const SEED = Number(process.env.JOURNEY_LENS_FUZZ_SEED) || 20261123;
const RUNS = Number(process.env.JOURNEY_LENS_FUZZ_RUNS) || 0;
const runs = (n: number) => ({ seed: SEED, numRuns: RUNS || n });

// Tests run compiled from out/test/unit/.
const EXAMPLES = path.resolve(__dirname, '../../../examples');
const WS = path.resolve('/ws');
const at = (name: string) => path.join(WS, name);

const CONFIG_SEED = `# Seed for the config fuzz: every kind of entry.
checks:
  owner-missing: off
  fallback-missing: error
  handoff-chain: warning
handoff-maximum: 4
include: ['**/*.journey.yaml', '**/*.catalog.yaml']
exclude: ['**/node_modules/**']
`;

/** The seed files by absolute path under /ws: the examples (with their catalogs) and the config. */
const files: Record<string, string> = {};
let journeys: string[] = [];
let catalogs: string[] = [];

async function loadSeeds(): Promise<void> {
  for (const name of await fs.readdir(EXAMPLES)) {
    if (name.endsWith('.yaml')) files[at(name)] = await fs.readFile(path.join(EXAMPLES, name), 'utf8');
  }
  files[at('format-example.journey.yaml')] = await fs.readFile(path.resolve(__dirname, '../../../test/unit/fixtures/format-example.journey.yaml'), 'utf8');
  files[at('journey-lens.config.yaml')] = CONFIG_SEED;
  journeys = Object.keys(files).filter((f) => f.endsWith('.journey.yaml')).sort();
  catalogs = Object.keys(files).filter((f) => f.endsWith('.catalog.yaml')).sort();
}

/** Checks `text` as the file `file`, the other files as they are in `texts`; asserts the findings are well formed. */
async function checkWellFormed(file: string, text: string, texts: Record<string, string> = files, options: CheckOptions = {}) {
  const all = { ...texts, [file]: text };
  const findings = await checkText(file, text, memoryHost(all), { today: '2026-11-23', root: WS, catalogs: new CatalogCache(), ...options });
  assertWellFormed(findings, file, all);
  return findings;
}

/** Every position of a small file; for a large one, each line's start and end and evenly spread positions. */
function cutPositions(text: string, sample: number): number[] {
  if (text.length <= sample * 4) return Array.from({ length: text.length + 1 }, (_, i) => i);
  const out = new Set<number>([text.length]);
  for (let i = 0; i < sample; i++) out.add(Math.floor((i * text.length) / sample));
  for (const m of text.matchAll(/\n/g)) out.add(m.index).add(m.index + 1);
  return [...out].sort((a, b) => a - b);
}

describe('fuzz: the engine never throws and every range lies inside its document', function () {
  this.timeout(120_000);
  before(loadSeeds);

  it('cuts every catalog and the config at every position, and each journey at its line ends and 400 more places', async () => {
    for (const file of [...catalogs, at('journey-lens.config.yaml'), ...journeys]) {
      const text = files[file];
      for (const n of cutPositions(text, 400)) {
        await checkWellFormed(file, text.slice(0, n)).catch((e) => assert.fail(`${path.basename(file)} cut at ${n}: ${e instanceof Error ? e.stack : e}`));
      }
    }
  });

  it('survives random edits of the journeys: deleted, duplicated and swapped lines, swapped types, tabs, BOMs, CRLF, CR, NUL, long Unicode', async () => {
    await fc.assert(fc.asyncProperty(mutated(journeys), async ({ seed, mutations }) => {
      await checkWellFormed(journeys[seed], applyAll(files[journeys[seed]], mutations));
    }), runs(250));
  });

  it('gives the same findings with the editor\'s segmented parser as with a full parse, edit after edit', async () => {
    await fc.assert(fc.asyncProperty(mutated(journeys), async ({ seed, mutations }) => {
      const file = journeys[seed];
      const parser = new SegmentedParser();
      let text = files[file];
      parser.parse(text);
      for (const m of mutations) {
        text = applyAll(text, [m]);
        const full = await checkWellFormed(file, text);
        const segmented = await checkWellFormed(file, text, files, { parse: (t) => parser.parse(t) });
        assert.deepStrictEqual(segmented, full);
      }
    }), runs(150));
  });

  it('survives random edits of the catalogs, checked alone and through the journeys that use them', async () => {
    await fc.assert(fc.asyncProperty(mutated(catalogs), async ({ seed, mutations }) => {
      const catalog = catalogs[seed];
      const text = applyAll(files[catalog], mutations);
      await checkWellFormed(catalog, text);
      const texts = { ...files, [catalog]: text };
      for (const journey of journeys) await checkWellFormed(journey, files[journey], texts);
    }), runs(100));
  });

  it('survives random edits of the config, and readConfig keeps only valid settings', async () => {
    const file = at('journey-lens.config.yaml');
    await fc.assert(fc.asyncProperty(mutated([CONFIG_SEED]), async ({ mutations }) => {
      const text = applyAll(CONFIG_SEED, mutations);
      await checkWellFormed(file, text);
      assertValidConfig(readConfig(parseYaml(text).value));
    }), runs(250));
  });

  it('survives random YAML-like text as a journey, a catalog and a config', async () => {
    await fc.assert(fc.asyncProperty(yamlSoup, async (text) => {
      for (const name of ['soup.journey.yaml', 'soup.catalog.yaml', 'journey-lens.config.yaml']) await checkWellFormed(at(name), text);
    }), runs(400));
  });

  it('survives journeys, catalogs and configs whose values have the wrong types', async () => {
    const ids = ALL_RULES.map((r) => r.id);
    await fc.assert(fc.asyncProperty(journeyValue, catalogValue, configValue(ids), async (journey, catalog, config) => {
      const catalogText = stringify(catalog);
      const texts = { ...files, [at('energie.catalog.yaml')]: catalogText };
      await checkWellFormed(at('typed.journey.yaml'), stringify(journey), texts);
      await checkWellFormed(at('energie.catalog.yaml'), catalogText);
      await checkWellFormed(at('journey-lens.config.yaml'), stringify(config));
      assertValidConfig(readConfig(config));
    }), runs(300));
  });
});

function assertValidConfig(config: ReturnType<typeof readConfig>): void {
  assert.ok(Number.isInteger(config.handoffMaximum) && config.handoffMaximum >= 0, `handoffMaximum ${config.handoffMaximum}`);
  for (const [id, severity] of Object.entries(config.checks)) {
    assert.ok(RULES_BY_ID.has(id), `unknown check ${id} kept`);
    assert.ok(['error', 'warning', 'info', 'hint', 'off'].includes(severity), `severity ${severity} kept`);
  }
  for (const list of [config.include, config.exclude]) assert.ok(Array.isArray(list) && list.every((g) => typeof g === 'string'));
}

describe('fuzz: the helpers behind the limits', () => {
  it('editDistance with a bound equals the textbook distance when within it, else bound + 1', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat({ max: 5 }), (a, b, max) => {
      const d = textbookDistance(a, b);
      assert.strictEqual(editDistance(a, b), d);
      assert.strictEqual(editDistance(a, b, max), d <= max ? d : max + 1);
    }), { seed: SEED, numRuns: RUNS || 2000 });
  });

  it('a Suggester suggests what comparing the word with every candidate suggests', () => {
    const id = fc.stringMatching(/^[abAB_-]{0,9}$/);
    fc.assert(fc.property(fc.array(id, { maxLength: 30 }), fc.array(id, { maxLength: 10 }), (candidates, words) => {
      const suggester = new Suggester(candidates);
      for (const w of words) assert.strictEqual(suggester.suggest(w), everyCandidate(w, candidates), `${w} among ${candidates.join(' ')}`);
    }), { seed: SEED, numRuns: RUNS || 2000 });
  });

  it('utf8Length counts bytes as Node writes the text, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      assert.strictEqual(utf8Length(s), Buffer.byteLength(s, 'utf8'));
    }), { seed: SEED, numRuns: RUNS || 2000 });
  });
});

/** Levenshtein distance, the full table: the reference the banded version is held to. */
/** "Did you mean", the slow way: the word against every candidate, first on a tie, a prefix counted as at most 2. */
function everyCandidate(word: string, candidates: string[]): string | undefined {
  const w = word.toLowerCase();
  const limit = w.length < 3 ? 0 : Math.max(1, Math.min(3, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const cl = c.toLowerCase();
    const d = cl.startsWith(w) || w.startsWith(cl) ? Math.min(Math.abs(cl.length - w.length), 2) : textbookDistance(w, cl);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= limit ? best : undefined;
}

function textbookDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}
