/**
 * How the evidence checks word their numbers, in English and Dutch: counts
 * of cases (a count below `min-cases` reads "fewer than N cases", as
 * evidence.md's "What may be shown" asks), shares as percentages, and
 * durations in hours or days of calendar or working time, like the other
 * checks' durations against `within`.
 */
import { durationText } from '../../model/durations';
import { wholeNumber, type Language, type Texts } from '../../i18n/language';

/** A number in the language's notation: at most one decimal, a decimal comma in Dutch. */
export function decimal(n: number, language: Language): string {
  const s = String(Math.round(n * 10) / 10);
  return language === 'nl' ? s.replace('.', ',') : s;
}

/** A whole number with thousands grouped as the language writes them (language.ts). */
export const wholeText = wholeNumber;

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

/** Durations in words: the one wording of durations.ts. */
export { durationText };

/** "the 80th percentile", "het 80e percentiel". */
export function percentileText(p: number, language: Language): string {
  if (language === 'nl') return `het ${decimal(p, language)}e percentiel`;
  const n = decimal(p, language);
  const last = Number.isInteger(p) ? p % 100 : NaN;
  const suffix = last >= 11 && last <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][last % 10] ?? 'th';
  return `the ${n}${Number.isNaN(last) ? 'th' : suffix} percentile`;
}
