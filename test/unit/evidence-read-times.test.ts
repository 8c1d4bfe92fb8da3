/** Times of evidence.md: ISO always, the numeric European and American orders, local time in the journey's zone. */
import * as assert from 'assert';
import { LocalClock } from '../../src/core/evidence/read/local-clock';
import { parseTime } from '../../src/core/evidence/read/times';
import type { TimeFormat } from '../../src/core/evidence/types';
import { localToUtc } from '../../src/core/evidence/zone';
import { casesOf, readWritten, tempFolder } from './evidence-read-helpers';

const iso = (text: string, format: TimeFormat = 'auto', zone = 'UTC'): string | null => {
  const ms = parseTime(text, format, new LocalClock(zone));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
};

describe('evidence: reading times', () => {
  it('reads ISO 8601 dates and times, after trimming, with every offset form', () => {
    assert.strictEqual(iso(' 2024-03-01T09:05:07Z\t'), '2024-03-01T09:05:07.000Z');
    assert.strictEqual(iso('2024-03-01 09:05'), '2024-03-01T09:05:00.000Z');
    assert.strictEqual(iso('2024-03-01T09:05:07+02:00'), '2024-03-01T07:05:07.000Z');
    assert.strictEqual(iso('2024-03-01T09:05:07-0130'), '2024-03-01T10:35:07.000Z');
    assert.strictEqual(iso('2024-03-01T09:05:07+05'), '2024-03-01T04:05:07.000Z');
    assert.strictEqual(iso('2011-10-11 13:45:40.276000+02:00'), '2011-10-11T11:45:40.276Z');
  });

  it('keeps milliseconds and drops further digits of a fraction, after . or ,', () => {
    assert.strictEqual(iso('2024-03-01T09:05:07.9999Z'), '2024-03-01T09:05:07.999Z');
    assert.strictEqual(iso('2024-03-01T09:05:07,5Z'), '2024-03-01T09:05:07.500Z');
    assert.strictEqual(iso('2024-03-01T09:05:07.Z'), null);
  });

  it('reads D-M-YYYY and D/M/YYYY with an optional H:MM[:SS] in auto and day-first, M-D-YYYY in month-first, nothing else in iso', () => {
    assert.strictEqual(iso('3-4-2024'), '2024-04-03T00:00:00.000Z');
    assert.strictEqual(iso('03/04/2024 9:07', 'day-first'), '2024-04-03T09:07:00.000Z');
    assert.strictEqual(iso('3/4/2024 19:07:30', 'month-first'), '2024-03-04T19:07:30.000Z');
    assert.strictEqual(iso('3-4-2024', 'iso'), null);
    assert.strictEqual(iso('2024-04-03', 'iso'), '2024-04-03T00:00:00.000Z');
    assert.strictEqual(iso('13/25/2024', 'month-first'), null, 'no 25th month either way');
    assert.strictEqual(iso('3-4/2024'), null, 'one separator, not two');
    assert.strictEqual(iso('3-4-24'), null, 'four-digit years only');
  });

  it('refuses impossible dates and times instead of rolling them over', () => {
    for (const text of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-01-01T24:00', '2024-01-01T10:60', '2024-01-01T10:00:61', '31-2-2024', 'gisteren', '']) {
      assert.strictEqual(iso(text), null, text);
    }
    assert.strictEqual(iso('2024-02-29'), '2024-02-29T00:00:00.000Z');
  });

  it('reads a time without offset as local time in the zone; a date alone is local midnight', () => {
    assert.strictEqual(iso('2024-07-01T12:00', 'auto', 'Europe/Amsterdam'), '2024-07-01T10:00:00.000Z');
    assert.strictEqual(iso('2024-01-15', 'auto', 'Europe/Amsterdam'), '2024-01-14T23:00:00.000Z');
    assert.strictEqual(iso('15-1-2024 8:00', 'auto', 'America/New_York'), '2024-01-15T13:00:00.000Z');
    assert.strictEqual(iso('2024-07-01T12:00Z', 'auto', 'Europe/Amsterdam'), '2024-07-01T12:00:00.000Z', 'an offset wins over the zone');
  });

  it("reads a local time in Amsterdam's spring gap with the offset before it, and one that occurs twice as the earlier", () => {
    // 31 March 2024: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and reads as 02:30 +01:00.
    assert.strictEqual(iso('2024-03-31T02:30', 'auto', 'Europe/Amsterdam'), '2024-03-31T01:30:00.000Z');
    assert.strictEqual(iso('2024-03-31T03:00', 'auto', 'Europe/Amsterdam'), '2024-03-31T01:00:00.000Z');
    // 27 October 2024: 02:30 occurs at +02:00 and again at +01:00; the earlier is 00:30Z.
    assert.strictEqual(iso('2024-10-27T02:30', 'auto', 'Europe/Amsterdam'), '2024-10-27T00:30:00.000Z');
    assert.strictEqual(iso('2024-10-27T03:30', 'auto', 'Europe/Amsterdam'), '2024-10-27T02:30:00.000Z');
  });

  it('gives every local time of a year in Amsterdam the same instant as zone.ts, also on the days of a change', () => {
    const clock = new LocalClock('Europe/Amsterdam');
    for (let wall = Date.UTC(2024, 0, 1); wall < Date.UTC(2025, 0, 1); wall += 1_800_000) {
      assert.strictEqual(clock.toUtc(wall), localToUtc(wall, 'Europe/Amsterdam'), new Date(wall).toISOString());
    }
  });

  describe('in a log', () => {
    const dir = tempFolder('jl-read-times-');
    it('skips an event whose time the format cannot read, as no-time', async () => {
      const csv = 'case:concept:name,concept:name,time:timestamp\n1,A,2024-01-02\n1,B,2/1/2024\n';
      const cases = casesOf(await readWritten(dir(), 't.csv', csv, { timeFormat: 'iso' }));
      assert.deepStrictEqual(cases.events, { read: 2, counted: 1, skipped: 1 });
      assert.deepStrictEqual(cases.firstSkip, { number: 2, reason: 'no-time' });
    });
  });
});
