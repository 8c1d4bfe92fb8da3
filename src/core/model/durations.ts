/**
 * Durations as the format page defines them: "<number> <unit>" in English or
 * Dutch, or ISO 8601 (PT4H, P2D). Compared in days: a working day counts as
 * 1 day and a month as 30 days.
 */
import { wholeNumber, type Language, type Texts } from '../i18n/language';

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
 * "18 working hours", "1 dag 4 uur"; never ISO or decimals. Rounded to the
 * minute, and only the two largest units are named (minutes do not matter
 * next to days). Every message that words a duration goes through here.
 */
export function durationText(hours: number, clock: 'calendar' | 'working', language: Language): string {
  const minutes = Math.round(hours * 60);
  const d = Math.floor(minutes / (24 * 60));
  const h = Math.floor((minutes % (24 * 60)) / 60);
  const m = minutes % 60;
  const units = clock === 'calendar' ? CALENDAR[language] : d > 0 ? WORKING[language].afterDays : WORKING[language].alone;
  const part = (n: number, [one, many]: [string, string]) => `${wholeNumber(n, language)} ${n === 1 ? one : many}`;
  if (d > 0) return h > 0 ? `${part(d, units.day)} ${part(h, units.hour)}` : part(d, units.day);
  if (h > 0) return m > 0 ? `${part(h, units.hour)} ${part(m, units.minute)}` : part(h, units.hour);
  return part(m, units.minute);
}

/** Days in calendar time, in words: "1 day 4 hours". */
export function formatDays(days: number, language: Language = 'en'): string {
  return durationText(days * 24, 'calendar', language);
}

/**
 * A duration that covers `days` in one unit the parser reads back, rounded
 * up so that it is never shorter: "2 days", "5 hours", "3 werkdagen". Used
 * where the tool writes a duration into the file (a promise lengthened to
 * what the process takes); plain digits, since "1.000" would read as 1.
 */
export function durationCovering(days: number, working: boolean, language: Language = 'en'): string {
  const say = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;
  const units = working ? WORKING[language].alone : CALENDAR[language];
  // A hair of tolerance, so 0.1 + 0.2 days does not round up to a day more.
  const up = (x: number) => Math.ceil(x - 1e-9);
  if (working || days >= 1) return say(Math.max(1, up(days)), units.day);
  if (days * 24 >= 1) return say(up(days * 24), units.hour);
  return say(Math.max(1, up(days * 24 * 60)), units.minute);
}

/** A written duration in words of the message's language; working days stay working days. */
export function durationWords(text: string, language: Language = 'en'): string {
  const days = durationInDays(text);
  return days === undefined ? text : durationText(days * 24, isWorkingDuration(text) ? 'working' : 'calendar', language);
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
