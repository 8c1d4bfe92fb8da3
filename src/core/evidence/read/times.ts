/**
 * Times of evidence.md, parsed by hand (no regular expression, no Date
 * parsing, whose rules differ between platforms): ISO 8601 always, after
 * trimming; besides it `auto` and `day-first` read D-M-YYYY and D/M/YYYY,
 * `month-first` M-D-YYYY and M/D/YYYY, each with an optional " H:MM[:SS]".
 * Milliseconds; further digits of a fraction are dropped. A time without an
 * offset is local time in the journey's zone.
 */
import type { TimeFormat } from '../types';
import type { LocalClock } from './local-clock';
import { trimSpace } from './values';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Milliseconds since the epoch, or NaN when the text is no time in this format. */
export function parseTime(raw: string, format: TimeFormat, clock: LocalClock): number {
  const s = trimSpace(raw);
  const iso = parseIso(s, clock);
  if (!Number.isNaN(iso) || format === 'iso') return iso;
  return parseNumeric(s, format === 'month-first', clock);
}

/** Reads `n` ASCII digits at `at`, or -1. */
function digits(s: string, at: number, n: number): number {
  if (at + n > s.length) return -1;
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function parseIso(s: string, clock: LocalClock): number {
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 0 || day < 0 || s[4] !== '-' || s[7] !== '-' || !isDate(year, month, day)) return NaN;
  const date = daysFromCivil(year, month, day) * DAY;
  if (s.length === 10) return clock.toUtc(date);
  if (s[10] !== 'T' && s[10] !== ' ') return NaN;
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  if (hour < 0 || minute < 0 || s[13] !== ':' || hour > 23 || minute > 59) return NaN;
  let at = 16;
  let second = 0;
  let ms = 0;
  if (s[at] === ':') {
    second = digits(s, at + 1, 2);
    if (second < 0 || second > 59) return NaN;
    at += 3;
    if (s[at] === '.' || s[at] === ',') {
      const start = ++at;
      while (at < s.length && s.charCodeAt(at) >= 48 && s.charCodeAt(at) <= 57) at++;
      if (at === start) return NaN;
      // Milliseconds: the first three digits, padded; the rest dropped.
      ms = Number(s.slice(start, Math.min(at, start + 3)).padEnd(3, '0'));
    }
  }
  const wall = date + hour * HOUR + minute * MINUTE + second * 1000 + ms;
  if (at === s.length) return clock.toUtc(wall);
  const offset = parseOffset(s, at);
  return Number.isNaN(offset) ? NaN : wall - offset;
}

/** `Z`, `±HH:MM`, `±HHMM` or `±HH` up to the end of the text, in milliseconds east of UTC. */
function parseOffset(s: string, at: number): number {
  if (s[at] === 'Z') return at + 1 === s.length ? 0 : NaN;
  const sign = s[at] === '+' ? 1 : s[at] === '-' ? -1 : 0;
  if (sign === 0) return NaN;
  const hours = digits(s, at + 1, 2);
  let minutes = 0;
  const rest = s.length - (at + 3);
  if (rest === 3 && s[at + 3] === ':') minutes = digits(s, at + 4, 2);
  else if (rest === 2) minutes = digits(s, at + 3, 2);
  else if (rest !== 0) return NaN;
  if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59) return NaN;
  return sign * (hours * HOUR + minutes * MINUTE);
}

/** D-M-YYYY or D/M/YYYY (M-D-YYYY, M/D/YYYY month-first), optionally " H:MM[:SS]". */
function parseNumeric(s: string, monthFirst: boolean, clock: LocalClock): number {
  let at = 0;
  const field = (max: number, sep?: string): number => {
    const start = at;
    while (at < s.length && at - start < max && s.charCodeAt(at) >= 48 && s.charCodeAt(at) <= 57) at++;
    if (at === start || (sep !== undefined && s[at] !== sep)) return -1;
    const v = Number(s.slice(start, at));
    if (sep !== undefined) at++;
    return v;
  };
  const sep = s[s.search(/[-/]/)];
  if (sep === undefined) return NaN;
  const first = field(2, sep);
  const second = field(2, sep);
  const startOfYear = at;
  const year = field(4);
  if (first < 0 || second < 0 || year < 0 || at - startOfYear !== 4) return NaN;
  const [day, month] = monthFirst ? [second, first] : [first, second];
  if (!isDate(year, month, day)) return NaN;
  let wall = daysFromCivil(year, month, day) * DAY;
  if (at < s.length) {
    if (s[at] !== ' ') return NaN;
    at++;
    const hour = field(2, ':');
    const minuteStart = at;
    const minute = field(2);
    if (hour < 0 || minute < 0 || at - minuteStart !== 2 || hour > 23 || minute > 59) return NaN;
    let second = 0;
    if (s[at] === ':') {
      at++;
      const secondStart = at;
      second = field(2);
      if (second < 0 || at - secondStart !== 2 || second > 59) return NaN;
    }
    if (at !== s.length) return NaN;
    wall += hour * HOUR + minute * MINUTE + second * 1000;
  }
  return clock.toUtc(wall);
}

function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; Date.UTC maps years below 100 to 19xx). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
