/**
 * Every figure of evidence.md on generated logs whose deviations are planted
 * (test/fixtures/evidence/generator.ts): the expected numbers follow from the
 * kinds planted, as the comments derive them.
 */
import * as assert from 'assert';
import { computeFigures } from '../../src/core/evidence/figures';
import { DEFAULT_THRESHOLDS, type DesignStep } from '../../src/core/evidence/types';
import { INCIDENT_DESIGN, INCIDENT_SETTINGS } from '../fixtures/evidence/design';
import { generateRows, toCases, type Plan } from '../fixtures/evidence/generator';

const PLAN: Plan = { normal: 20, pingpong: 6, repeat: 7, undesigned: 5, slow: 8, broken: 9, weekend: 4, dst: 3, open: 4, skippedNoCase: 3, skippedNoTime: 2 };
// 66 cases; all but `open` (4) reach opgelost; `undesigned` (5) and `open` skip oplossen.
const CASES = 66;

const figuresOf = (plan: Plan, design: readonly DesignStep[] = INCIDENT_DESIGN, thresholds = DEFAULT_THRESHOLDS) =>
  computeFigures(toCases(generateRows(plan)), design, INCIDENT_SETTINGS, thresholds);

describe('evidence figures', () => {
  const { figures, details } = figuresOf(PLAN);

  it('counts events read, counted and skipped, and cases kept and mapped', () => {
    // Events per kind: normal 5, pingpong 7, repeat 6, undesigned 4, slow 5, broken 5, weekend 5, dst 5, open 3.
    const counted = 20 * 5 + 6 * 7 + 7 * 6 + 5 * 4 + 8 * 5 + 9 * 5 + 4 * 5 + 3 * 5 + 4 * 3;
    assert.deepStrictEqual(figures.events, { read: counted + 5, counted, skipped: 5 });
    assert.strictEqual(figures.cases, CASES);
    assert.strictEqual(figures.mappedCases, CASES);
    assert.strictEqual(figures.percentile, 80);
  });

  it('counts cases, visits, repeat and ping-pong cases per step, in document order', () => {
    assert.deepStrictEqual(figures.steps.map(({ promise: _promise, ...s }) => s), [
      { id: 'melden', cases: CASES, visits: CASES, repeatCases: 7, pingpongCases: 6 },
      { id: 'oplossen', cases: 57, visits: 57, repeatCases: 0, pingpongCases: 0 },
      { id: 'informeren', cases: 0, visits: 0, repeatCases: 0, pingpongCases: 0 },
      { id: 'opgelost', cases: 62, visits: 62, repeatCases: 0, pingpongCases: 0 },
    ]);
    assert.strictEqual(details.repeatedActivity.get('melden'), 'Melding ontvangen');
    // V5 2nd, V7 3rd, V6 2nd map to tweede-lijn, derde-lijn, tweede-lijn; named in code-point order.
    assert.deepStrictEqual(details.pingpongPair.get('melden'), ['derde-lijn', 'tweede-lijn']);
  });

  it('measures the promise in working time until its step, with open cases not measured', () => {
    // Working hours per kind: 2 (undesigned ×5), 4 (normal, pingpong, repeat: 33), 12 (slow, dst: 11), 18 (weekend ×4), 120 (broken ×9).
    // Median: rank ⌈50·62/100⌉ = 31 → 4 h; 80th: rank ⌈80·62/100⌉ = 50 → 18 h.
    assert.deepStrictEqual(figures.steps[0].promise, {
      within: '2 werkdagen', clock: 'working', measured: 62, kept: 53, open: 4, medianHours: 4, percentileHours: 18,
    });
    assert.strictEqual(figures.steps[1].promise, null);
  });

  it('measures the handoff from the last task event before the next task, over when above within', () => {
    // Hours: 1 for 51 cases, 4 for dst (over the clock change, not 5), 10 for slow; open cases have no Analyseren.
    assert.deepStrictEqual(figures.handoffs, [{
      step: 'melden', from: 0, to: 1, within: '4 hours', clock: 'calendar', measured: 62, over: 8, medianHours: 1, percentileHours: 1,
    }]);
    const p90 = figuresOf(PLAN, INCIDENT_DESIGN, { ...DEFAULT_THRESHOLDS, percentile: 90 });
    // rank ⌈90·62/100⌉ = 56 falls in the 8 slow cases (ranks 55–62).
    assert.strictEqual(p90.figures.handoffs[0].percentileHours, 10);
    assert.strictEqual(p90.figures.percentile, 90);
  });

  it('lists transitions designed through a step without observed, and undesigned ones', () => {
    assert.deepStrictEqual(figures.transitions, [
      { from: 'melden', to: 'oplossen', cases: 57, designed: true },
      { from: 'melden', to: 'opgelost', cases: 5, designed: false },
      // informeren has no observed: oplossen → informeren → opgelost is designed.
      { from: 'oplossen', to: 'opgelost', cases: 57, designed: true },
    ]);
  });

  it('lists unmapped activities and variants, most cases first', () => {
    assert.deepStrictEqual(figures.unmapped, [{ activity: 'Wachten op klant', cases: 4, events: 4 }]);
    assert.deepStrictEqual(figures.variants, [
      { path: ['melden', 'oplossen', 'opgelost'], cases: 57 },
      { path: ['melden', 'opgelost'], cases: 5 },
      { path: ['melden'], cases: 4 },
    ]);
    assert.strictEqual(details.activityCases.get('Wachten op klant'), 4);
    assert.strictEqual(details.activityCases.get('Melding ontvangen'), CASES);
  });

  it('counts weekends out of working time, and in for a calendar promise', () => {
    const weekend = figuresOf({ weekend: 4 });
    // Friday 16:00 to Monday 10:00: 8 + 10 working hours.
    assert.strictEqual(weekend.figures.steps[0].promise?.medianHours, 18);
    const calendar = INCIDENT_DESIGN.map((s, i) => (i === 0 ? { ...s, promise: { within: '2 days', until: 'opgelost' } } : s));
    const inDays = figuresOf({ weekend: 4 }, calendar).figures.steps[0].promise;
    assert.deepStrictEqual([inDays?.clock, inDays?.medianHours, inDays?.kept], ['calendar', 66, 0]);
  });

  it('measures across a daylight-saving change in real time', () => {
    const dst = figuresOf({ dst: 3 }).figures;
    // 23:00 CET to 04:00 CEST is 4 hours, not 5: exactly within, so not over.
    assert.deepStrictEqual([dst.handoffs[0].medianHours, dst.handoffs[0].over], [4, 0]);
    // Saturday 22:00 to Monday 12:00: only Monday's 12 hours are working time.
    assert.strictEqual(dst.steps[0].promise?.medianHours, 12);
  });

  it('ends a promise without until at the first mapped event of another step', () => {
    const design = INCIDENT_DESIGN.map((s, i) => (i === 0 ? { ...s, promise: { within: '2 werkdagen' } } : s));
    // normal: Oplossen at 3 h after the start.
    assert.strictEqual(figuresOf({ normal: 3 }, design).figures.steps[0].promise?.medianHours, 3);
  });

  it('reports null statistics when nothing is measured', () => {
    const open = figuresOf({ open: 2 }).figures;
    assert.deepStrictEqual(open.steps[0].promise, {
      within: '2 werkdagen', clock: 'working', measured: 0, kept: 0, open: 2, medianHours: null, percentileHours: null,
    });
    assert.deepStrictEqual(open.handoffs[0].medianHours, null);
  });

  it('maps an activity to the first place that matches, in document order', () => {
    // `Melding *` on the step and `Melding ontvangen` on a later task: the step wins.
    const design = INCIDENT_DESIGN.map((s, i) => (i === 1 ? { ...s, observed: [{ pattern: 'Melding ontvangen', path: [] }, ...s.observed] } : s));
    const f = figuresOf({ normal: 2 }, design).figures;
    assert.deepStrictEqual(f.variants, [{ path: ['melden', 'oplossen', 'opgelost'], cases: 2 }]);
  });

  it('re-maps when the design changes: an undesigned path becomes designed', () => {
    const design = INCIDENT_DESIGN.map((s, i) => (i === 0 ? { ...s, next: ['oplossen', 'opgelost'] } : s));
    const t = figuresOf(PLAN, design).figures.transitions;
    assert.deepStrictEqual(t.find((x) => x.to === 'opgelost' && x.from === 'melden')?.designed, true);
  });
});
