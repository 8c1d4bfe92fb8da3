/** evidence.md's rounding, nearest-rank percentiles and working time, on their own. */
import * as assert from 'assert';
import { elapsed, limitOf } from '../../src/core/evidence/figures/clock';
import { hours, nearestRank } from '../../src/core/evidence/figures/statistics';

const H = 3_600_000;

describe('evidence statistics', () => {
  it('rounds hours half-up to 3 decimals on whole milliseconds', () => {
    assert.strictEqual(hours(3_601_800), 1.001); // 1.0005 h
    assert.strictEqual(hours(3_601_799), 1);
    assert.strictEqual(hours(5_400_000), 1.5);
    assert.strictEqual(hours(0), 0);
  });

  it('takes the nearest rank ⌈p·n/100⌉', () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    assert.strictEqual(nearestRank(v, 50), 5);
    assert.strictEqual(nearestRank(v, 80), 8);
    assert.strictEqual(nearestRank(v, 81), 9);
    assert.strictEqual(nearestRank([7], 50), 7);
    assert.strictEqual(nearestRank([3, 4], 50), 3);
    assert.strictEqual(nearestRank([], 50), null);
  });

  it('reads working days as working time, every other duration as calendar time', () => {
    assert.deepStrictEqual(limitOf('3 werkdagen'), { clock: 'working', ms: 72 * H });
    assert.deepStrictEqual(limitOf('1 working day'), { clock: 'working', ms: 24 * H });
    assert.deepStrictEqual(limitOf('2 weeks'), { clock: 'calendar', ms: 14 * 24 * H });
    assert.deepStrictEqual(limitOf('1 maand'), { clock: 'calendar', ms: 30 * 24 * H });
    assert.strictEqual(limitOf('soon'), undefined);
  });

  it('counts only Monday 00:00 to Saturday 00:00 local as working time', () => {
    const friday = Date.UTC(2026, 0, 9, 12); // Friday 2026-01-09 12:00 UTC
    const nextTuesday = Date.UTC(2026, 0, 13, 12);
    assert.strictEqual(elapsed(friday, nextTuesday, 'working', 'UTC'), (12 + 24 + 12) * H);
    assert.strictEqual(elapsed(friday, nextTuesday, 'calendar', 'UTC'), 96 * H);
    const saturday = Date.UTC(2026, 0, 10, 10);
    const sunday = Date.UTC(2026, 0, 11, 10);
    assert.strictEqual(elapsed(saturday, sunday, 'working', 'UTC'), 0);
    // Amsterdam's weekend starts at 23:00 UTC on Friday in winter.
    assert.strictEqual(elapsed(Date.UTC(2026, 0, 9, 22), Date.UTC(2026, 0, 9, 23, 30), 'working', 'Europe/Amsterdam'), H);
    // Three weeks in one call.
    assert.strictEqual(elapsed(Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 26), 'working', 'UTC'), 3 * 120 * H);
  });
});
