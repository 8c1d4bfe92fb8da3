/** Durations in English, Dutch and ISO 8601, as the format page defines them. */
import * as assert from 'assert';
import { addDuration, durationInDays, parseDate } from '../../src/core/model/durations';

describe('durations', () => {
  const cases: [string, number][] = [
    ['3 working days', 3], ['1 working day', 1], ['2 days', 2], ['1 week', 7], ['2 weeks', 14],
    ['6 months', 180], ['4 hours', 4 / 24], ['30 minutes', 30 / 1440],
    ['3 werkdagen', 3], ['2 uur', 2 / 24], ['5 dagen', 5], ['1 maand', 30], ['2 weken', 14], ['10 minuten', 10 / 1440],
    ['PT4H', 4 / 24], ['P2D', 2], ['P1W', 7], ['P1M', 30], ['P1DT12H', 1.5], ['1,5 dag', 1.5],
  ];
  for (const [text, days] of cases) {
    it(`reads '${text}' as ${days.toFixed(3)} days`, () => {
      assert.ok(Math.abs(durationInDays(text)! - days) < 1e-9, `${durationInDays(text)}`);
    });
  }
  for (const bad of ['soon', '3', 'drie dagen', '3 werkdagn', 'P', 'PT', '', 'P2X']) {
    it(`refuses '${bad}'`, () => assert.strictEqual(durationInDays(bad), undefined));
  }
  it('reads only real calendar dates', () => {
    assert.ok(parseDate('2026-02-28'));
    assert.strictEqual(parseDate('2026-02-30'), undefined);
    assert.strictEqual(parseDate('2026-13-01'), undefined);
    assert.strictEqual(parseDate('1-2-2026'), undefined);
  });
  it('adds months as calendar months', () => {
    assert.strictEqual(addDuration(parseDate('2026-03-01')!, '6 months')!.toISOString().slice(0, 10), '2026-09-01');
  });
});
