/**
 * How the evidence checks word their numbers, in English and Dutch: counts
 * of cases (a count below `min-cases` reads "fewer than N cases", as
 * evidence.md's "What may be shown" asks), shares as percentages, and
 * durations in hours or days of calendar or working time, like the other
 * checks' durations against `within`.
 */
import type { Language, Texts } from '../../language';
import type { Clock } from '../../evidence/types';

/** A number in the language's notation: at most one decimal, a decimal comma in Dutch. */
export function decimal(n: number, language: Language): string {
  const s = String(Math.round(n * 10) / 10);
  return language === 'nl' ? s.replace('.', ',') : s;
}

/** A whole number with thousands grouped as the language writes them: 65,533 and 65.533. */
export function wholeText(n: number, language: Language): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, language === 'nl' ? '.' : ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/** `part` of `whole` as a percentage: "12.5%", "12,5%". */
export function percent(part: number, whole: number, language: Language): string {
  return `${decimal(whole === 0 ? 0 : (100 * part) / whole, language)}%`;
}

/** A share (0…1) of the configuration as a percentage: 0.9 → "90%". */
export function shareText(share: number, language: Language): string {
  return `${decimal(share * 100, language)}%`;
}

const COUNT: Texts<{ cases: (n: number) => string; fewer: (min: number) => string; events: (n: number) => string }> = {
  en: {
    cases: (n) => `${wholeText(n, 'en')} ${n === 1 ? 'case' : 'cases'}`,
    fewer: (min) => `fewer than ${wholeText(min, 'en')} cases`,
    events: (n) => `${wholeText(n, 'en')} ${n === 1 ? 'event' : 'events'}`,
  },
  nl: {
    cases: (n) => `${wholeText(n, 'nl')} ${n === 1 ? 'case' : 'cases'}`,
    fewer: (min) => `minder dan ${wholeText(min, 'nl')} cases`,
    events: (n) => `${wholeText(n, 'nl')} ${n === 1 ? 'gebeurtenis' : 'gebeurtenissen'}`,
  },
};

/** "12 cases", or "fewer than 5 cases" for a count below min-cases (never shown as a number). */
export function casesText(n: number, minCases: number, language: Language): string {
  return n < minCases ? COUNT[language].fewer(minCases) : COUNT[language].cases(n);
}

/** A bare count for "N of M cases": "53", or "fewer than 5" below min-cases. */
export function countText(n: number, minCases: number, language: Language): string {
  if (n >= minCases) return wholeText(n, language);
  return language === 'nl' ? `minder dan ${wholeText(minCases, language)}` : `fewer than ${wholeText(minCases, language)}`;
}

export function eventsText(n: number, language: Language): string {
  return COUNT[language].events(n);
}

type Units = { day: [string, string]; hour: [string, string]; minute: [string, string] };

const CALENDAR: Texts<Units> = {
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
  nl: { day: ['dag', 'dagen'], hour: ['uur', 'uur'], minute: ['minuut', 'minuten'] },
};
/** Working time: its days are 24 working hours; the hours and minutes after a whole day read plainly. */
const WORKING: Texts<{ alone: Units; afterDays: Units }> = {
  en: {
    alone: { day: ['working day', 'working days'], hour: ['working hour', 'working hours'], minute: ['working minute', 'working minutes'] },
    afterDays: { day: ['working day', 'working days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
  },
  nl: {
    alone: { day: ['werkdag', 'werkdagen'], hour: ['werkuur', 'werkuren'], minute: ['werkminuut', 'werkminuten'] },
    afterDays: { day: ['werkdag', 'werkdagen'], hour: ['uur', 'uur'], minute: ['minuut', 'minuten'] },
  },
};

/**
 * A duration in hours as people say it: "4 hours", "1 day 12 hours",
 * "18 working hours", "5 werkdagen"; rounded to the minute, never decimals,
 * and only the two largest units named (minutes do not matter next to days).
 */
export function durationText(hours: number, clock: Clock, language: Language): string {
  const minutes = Math.round(hours * 60);
  const d = Math.floor(minutes / (24 * 60));
  const h = Math.floor((minutes % (24 * 60)) / 60);
  const m = minutes % 60;
  const units = clock === 'calendar' ? CALENDAR[language] : d > 0 ? WORKING[language].afterDays : WORKING[language].alone;
  const part = (n: number, [one, many]: [string, string]) => `${wholeText(n, language)} ${n === 1 ? one : many}`;
  if (d > 0) return h > 0 ? `${part(d, units.day)} ${part(h, units.hour)}` : part(d, units.day);
  if (h > 0) return m > 0 ? `${part(h, units.hour)} ${part(m, units.minute)}` : part(h, units.hour);
  return part(m, units.minute);
}

/** "the 80th percentile", "het 80e percentiel". */
export function percentileText(p: number, language: Language): string {
  if (language === 'nl') return `het ${decimal(p, language)}e percentiel`;
  const n = decimal(p, language);
  const last = Number.isInteger(p) ? p % 100 : NaN;
  const suffix = last >= 11 && last <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][last % 10] ?? 'th';
  return `the ${n}${Number.isNaN(last) ? 'th' : suffix} percentile`;
}
