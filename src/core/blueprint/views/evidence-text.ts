/**
 * Evidence figures in words: counts, shares and durations as the overlay and
 * the Lived journey view print them. A hidden figure only ever reads
 * "fewer than N cases": the number behind it is not in the model at all.
 */
import type { Shown, TimeEvidence } from '../types';
import type { Labels } from './labels';

function decimal(L: Labels, n: number, digits: number): string {
  const text = n.toFixed(digits).replace(/\.0+$/, '');
  return L.evidence.decimal === '.' ? text : text.replace('.', L.evidence.decimal);
}

export function casesText(L: Labels, c: Shown): string {
  return 'value' in c ? L.evidence.cases(c.value) : L.evidence.fewer(c.fewerThan);
}

/** "12%", "<1%" for a share above zero that rounds to nothing, or "fewer than N cases". */
export function shareText(L: Labels, c: Shown): string {
  if (!('value' in c)) return L.evidence.fewer(c.fewerThan);
  const pct = c.value * 100;
  if (pct > 0 && pct < 0.5) return '<1%';
  return `${decimal(L, pct, 0)}%`;
}

/** Hours up to two days, days beyond (the figures come in hours). */
function hoursText(L: Labels, h: number): string {
  return h < 48 ? L.evidence.hours(decimal(L, h, 1)) : L.evidence.days(decimal(L, h / 24, 1));
}

/** "median 1 h · P80 10 h (within 4 hours)", or "fewer than N cases" when too few were measured. */
export function timeText(L: Labels, t: TimeEvidence, percentile: number): string {
  if (t.medianHours === null || t.percentileHours === null) return `${casesText(L, t.measured)} (${L.within} ${t.within})`;
  return `${L.evidence.median} ${hoursText(L, t.medianHours)} · ${L.evidence.percentile(percentile)} ${hoursText(L, t.percentileHours)} (${L.within} ${t.within})`;
}
