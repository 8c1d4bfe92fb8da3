/**
 * The spreadsheet import on random sheets: any grid (header words, numbers,
 * texts that look like YAML or ids, line breaks, `Team: does` lines) in
 * either layout is a journey the schema accepts, with every step, or a
 * one-line problem; never an exception. Seeded and bounded like fuzz.test.ts
 * (JOURNEY_LENS_FUZZ_RUNS, _SEED).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { parse } from 'yaml';
import { analyseText } from '../../src/core';
import { journeyFromSheet, type SheetGrid } from '../../src/core/import';
import { ImportFailure } from '../../src/core/import/types';
import { JOURNEY, memoryHost, show } from './helpers';

const SEED = Number(process.env.JOURNEY_LENS_FUZZ_SEED) || 20261203;
const RUNS = Number(process.env.JOURNEY_LENS_FUZZ_RUNS) || 0;

const LABELS = ['Stage', 'Fase', 'Step', 'Stap', 'Customer', 'Klant', 'Channel', 'Kanaal', 'Emotion', 'Emotie', 'Pain', 'Pijnpunt', 'Idea', 'Idee', 'Front office', 'Back office', 'Partners', 'Systems', 'Systemen', 'Journey', 'Need', 'Outcome', 'Notes', ''];
const cell = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.constantFrom('yes', 'no', 'null', '~', '12:30', '0o17', '2026-01-01', '-1', '5', '3.5', '−2', 'true', '@x', '=SUM(A1)', '- a\n- b', 'Klantenservice: belt', 'A: b\nc', ': x', 'x:', '#', "'", '"', 'x-y', '123', ''),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const grid = fc.array(fc.array(cell, { maxLength: 7 }), { minLength: 1, maxLength: 9 });

describe('import: random sheets', () => {
  it('makes a journey the schema accepts, or a one-line problem, from any grid in either layout', async () => {
    const samples = fc.sample(fc.tuple(grid, fc.constantFrom(undefined, 'blueprint' as const, 'table' as const), fc.boolean()), { seed: SEED, numRuns: RUNS || 300 });
    let journeys = 0;
    for (const [rows, layout, csv] of samples) {
      const sheet: SheetGrid = { name: 'S', rows, merged: new Set(), notes: new Map(), csv };
      let yaml: string;
      try {
        yaml = journeyFromSheet(sheet, { file: 's.xlsx', fallbackTitle: 's', layout }).yaml;
      } catch (e) {
        if (!(e instanceof ImportFailure)) throw new Error(`${String(e)} on ${JSON.stringify(rows)} (${layout})`);
        assert.doesNotMatch(e.message, /\n/);
        continue;
      }
      journeys++;
      const analysis = await analyseText(JOURNEY, yaml, memoryHost({}), { today: '2026-11-23' });
      const bad = analysis.findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax' || f.rule === 'duplicate-id');
      assert.deepStrictEqual(bad, [], `${show(bad)}\n${JSON.stringify(rows)} (${layout})\n${yaml}`);
      assert.ok((parse(yaml) as { steps: unknown[] }).steps.length > 0);
    }
    assert.ok(journeys > 10, `only ${journeys} of ${samples.length} grids made a journey`);
  });
});
