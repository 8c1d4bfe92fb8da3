/** How the evidence checks word their numbers, in English and Dutch (rules/evidence/words.ts). */
import * as assert from 'assert';
import { casesText, countText, durationText, percent, percentileText, wholeText } from '../../src/core/rules/evidence/words';

describe('evidence words', () => {
  it('groups thousands as each language writes them', () => {
    assert.deepStrictEqual([wholeText(65533, 'en'), wholeText(65533, 'nl'), wholeText(999, 'en'), wholeText(5_000_000, 'nl')], ['65,533', '65.533', '999', '5.000.000']);
  });
  it('never shows a count below min-cases as a number', () => {
    assert.strictEqual(casesText(4, 5, 'en'), 'fewer than 5 cases');
    assert.strictEqual(casesText(5, 5, 'en'), '5 cases');
    assert.strictEqual(casesText(1, 1, 'en'), '1 case');
    assert.strictEqual(casesText(7235, 5, 'nl'), '7.235 cases');
    assert.strictEqual(casesText(0, 5, 'nl'), 'minder dan 5 cases');
    assert.deepStrictEqual([countText(4, 5, 'en'), countText(53, 5, 'nl')], ['fewer than 5', '53']);
  });
  it('gives shares with one decimal, a decimal comma in Dutch', () => {
    assert.deepStrictEqual([percent(5, 66, 'en'), percent(5, 66, 'nl'), percent(1, 2, 'en'), percent(0, 0, 'en')], ['7.6%', '7,6%', '50%', '0%']);
  });
  it('words durations in calendar or working time', () => {
    assert.strictEqual(durationText(1, 'calendar', 'en'), '1 hour');
    assert.strictEqual(durationText(36, 'calendar', 'nl'), '1 dag 12 uur');
    assert.strictEqual(durationText(0.75, 'calendar', 'en'), '45 minutes');
    assert.strictEqual(durationText(2.5, 'calendar', 'en'), '2 hours 30 minutes');
    assert.strictEqual(durationText(28, 'working', 'en'), '1 working day 4 hours');
    assert.strictEqual(durationText(49.001, 'working', 'nl'), '2 werkdagen 1 uur');
    assert.strictEqual(durationText(18, 'working', 'en'), '18 working hours');
    assert.strictEqual(durationText(1, 'working', 'nl'), '1 werkuur');
    assert.strictEqual(durationText(120, 'working', 'nl'), '5 werkdagen');
    assert.strictEqual(durationText(24, 'working', 'en'), '1 working day');
  });
  it('names the percentile with its ordinal', () => {
    assert.deepStrictEqual([80, 91, 92, 93, 11, 12, 13, 99.5].map((p) => percentileText(p, 'en')),
      ['the 80th percentile', 'the 91st percentile', 'the 92nd percentile', 'the 93rd percentile', 'the 11th percentile', 'the 12th percentile', 'the 13th percentile', 'the 99.5th percentile']);
    assert.strictEqual(percentileText(80, 'nl'), 'het 80e percentiel');
  });
});
