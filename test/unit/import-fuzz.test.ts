/**
 * The Mermaid import on random input: any text is read without an exception
 * (a journey or a one-line problem), and any names, written as a diagram
 * writes them, come back exactly in a journey file the schema accepts.
 * Seeded and bounded like fuzz.test.ts (JOURNEY_LENS_FUZZ_RUNS, _SEED).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { parse } from 'yaml';
import { analyseText } from '../../src/core';
import { journeyFromMermaid, markdownJourneys, parseMermaidJourney } from '../../src/core/import';
import { JOURNEY, memoryHost, show } from './helpers';

const SEED = Number(process.env.JOURNEY_LENS_FUZZ_SEED) || 20261203;
const RUNS = Number(process.env.JOURNEY_LENS_FUZZ_RUNS) || 0;
const runs = (n: number) => ({ seed: SEED, numRuns: RUNS || n });

/** Text made of the characters that matter to the grammar, and any others. */
const soup = fc.array(fc.oneof(
  fc.constantFrom('journey', 'title ', 'section ', 'accTitle: ', 'accDescr {', '}', 'accDescr: ', ':', ';', '#', '%%', '%%{', '}%%', '---', '\n', '\r\n', ',', ' ', '#59;', '```mermaid\n', '```\n', '5'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
), { maxLength: 60 }).map((parts) => parts.join(''));

/** A name as a diagram must write it: '#', ';', ':' and ',' as entity codes. */
const written = (t: string) => t.replace(/[#;:,]/g, (c) => `#${c.charCodeAt(0)};`);
/** What the import reads back: the text without the spaces around it (nor a zero-width space at its start). */
const readBack = (t: string) => t.trim().replace(/^\u200b+/, '').trim();
/** A name: not blank, not starting with a keyword or a comment, and free of entity codes, line breaks and <br>. */
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .map((s) => s.replace(/[\r\n\u0085\u2028\u2029]/g, ' ').replace(/#\w+;/g, ''))
  .filter((s) => {
    const t = readBack(s);
    return t !== '' && !/^(title|section|accTitle|accDescr)(\s|:|\{|$)/i.test(t) && !t.startsWith('%%') && !t.startsWith('#') && !/<\/?br/i.test(s);
  });

describe('import: random input', () => {
  it('reads any text as a journey or a one-line problem, never an exception', () => {
    fc.assert(fc.property(soup, (text) => {
      const r = parseMermaidJourney(`journey\n${text}`);
      if (!r.ok) assert.doesNotMatch(r.problem.message, /\n/);
      else journeyFromMermaid(r.value, { file: 'f.mmd', fallbackTitle: 'f' });
      parseMermaidJourney(text);
      markdownJourneys(text);
    }), runs(1500));
  });

  it('brings back any names exactly, in a file the schema accepts', async () => {
    await fc.assert(fc.asyncProperty(name, fc.array(fc.tuple(name, fc.integer({ min: 1, max: 5 }), fc.array(name, { maxLength: 3 })), { minLength: 1, maxLength: 6 }), async (section, tasks) => {
      const lines = ['journey', `section ${written(section)}`, ...tasks.map(([task, score, actors]) => `  ${written(task)}: ${score}: ${actors.map(written).join(', ')}`)];
      const r = parseMermaidJourney(lines.join('\n'));
      if (!r.ok) assert.fail(`${r.problem.message}\n${lines.join('\n')}`);
      const text = journeyFromMermaid(r.value, { file: 'f.mmd', fallbackTitle: 'f' })!;
      const v = parse(text) as { stages: string[]; steps: { customer: string; emotion: number; 'x-actors'?: string[] }[] };
      assert.deepStrictEqual(parse(text, { version: '1.1' }), v);
      assert.deepStrictEqual(v.stages, [readBack(section)]);
      assert.deepStrictEqual(v.steps.map((s) => [s.customer, s.emotion, s['x-actors'] ?? []]), tasks.map(([task, score, actors]) => [readBack(task), score - 3, actors.map(readBack)]));
      const analysis = await analyseText(JOURNEY, text, memoryHost({}), { today: '2026-11-23' });
      const bad = analysis.findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax' || f.rule === 'duplicate-id' || f.rule === 'unknown-reference');
      assert.deepStrictEqual(bad, [], show(bad));
    }), runs(200));
  });
});
