/**
 * Durations as the format page defines them: "<number> <unit>" in English or
 * Dutch, or ISO 8601 (PT4H, P2D). Compared in days: a working day counts as
 * 1 day and a month as 30 days.
 */
import type { Language } from './language';

const MINUTE = 1 / (24 * 60);
const HOUR = 1 / 24;

const UNITS: Record<string, number> = {
  minute: MINUTE, minutes: MINUTE, min: MINUTE, minuut: MINUTE, minuten: MINUTE,
  hour: HOUR, hours: HOUR, uur: HOUR, uren: HOUR,
  day: 1, days: 1, dag: 1, dagen: 1,
  'working day': 1, 'working days': 1, werkdag: 1, werkdagen: 1,
  week: 7, weeks: 7, weken: 7,
  month: 30, months: 30, maand: 30, maanden: 30,
  year: 365, years: 365, jaar: 365, jaren: 365,
};

const WORKING_UNITS = new Set(['working day', 'working days', 'werkdag', 'werkdagen']);

const PLAIN = /^(\d+(?:[.,]\d+)?)\s*([a-z]+(?: [a-z]+)?)$/;
const ISO = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const num = (s: string | undefined): number => (s ? Number(s.replace(',', '.')) : 0);

/** The duration in days, or undefined when the text is not a duration. */
export function durationInDays(text: string): number | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const plain = PLAIN.exec(t.toLowerCase());
  if (plain) {
    const unit = UNITS[plain[2]];
    return unit === undefined ? undefined : num(plain[1]) * unit;
  }
  const iso = ISO.exec(t.toUpperCase());
  if (iso && t.length > 1 && !t.toUpperCase().endsWith('T')) {
    const [, y, mo, w, d, h, mi, s] = iso;
    return num(y) * 365 + num(mo) * 30 + num(w) * 7 + num(d) + num(h) * HOUR + num(mi) * MINUTE + num(s) * MINUTE / 60;
  }
  return undefined;
}

/** Whether the duration is written in working days (`3 working days`, `5 werkdagen`), which evidence compares with working time. */
export function isWorkingDuration(text: string): boolean {
  const plain = PLAIN.exec(text.trim().replace(/\s+/g, ' ').toLowerCase());
  return plain !== null && WORKING_UNITS.has(plain[2]);
}

export function isDuration(text: string): boolean {
  return durationInDays(text) !== undefined;
}

/**
 * Days in words, the way people say them: "1 day 4 hours", "1 dag 4 uur",
 * "45 minutes"; never ISO or decimals. Rounded to the minute, and only the
 * two largest units are named (minutes do not matter next to days).
 */
export function formatDays(days: number, language: Language = 'en'): string {
  const minutes = Math.round(days * 24 * 60);
  const d = Math.floor(minutes / (24 * 60));
  const h = Math.floor((minutes % (24 * 60)) / 60);
  const m = minutes % 60;
  const words = language === 'nl'
    ? { day: ['dag', 'dagen'], hour: ['uur', 'uur'], minute: ['minuut', 'minuten'] }
    : { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] };
  const part = (n: number, [one, many]: string[]) => `${n} ${n === 1 ? one : many}`;
  if (d > 0) return h > 0 ? `${part(d, words.day)} ${part(h, words.hour)}` : part(d, words.day);
  if (h > 0) return m > 0 ? `${part(h, words.hour)} ${part(m, words.minute)}` : part(h, words.hour);
  return part(m, words.minute);
}

/** A written duration in words of the message's language; working days stay working days. */
export function durationWords(text: string, language: Language = 'en'): string {
  const days = durationInDays(text);
  if (days === undefined) return text;
  if (!isWorkingDuration(text)) return formatDays(days, language);
  const n = String(Math.round(days * 10) / 10);
  return language === 'nl' ? `${n.replace('.', ',')} ${days === 1 ? 'werkdag' : 'werkdagen'}` : `${n} working day${days === 1 ? '' : 's'}`;
}

/** Parses YYYY-MM-DD as a real calendar date (UTC), or undefined. */
export function parseDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]) ? date : undefined;
}

/** Adds a duration given in days to a date; months are calendar months where whole. */
export function addDuration(date: Date, text: string): Date | undefined {
  const t = text.trim().toLowerCase();
  const months = /^(\d+)\s*(month|months|maand|maanden)$/.exec(t);
  if (months) {
    const d = new Date(date.getTime());
    d.setUTCMonth(d.getUTCMonth() + Number(months[1]));
    return d;
  }
  const days = durationInDays(text);
  return days === undefined ? undefined : new Date(date.getTime() + days * 86400000);
}
