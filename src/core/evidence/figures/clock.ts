/**
 * Durations as evidence compares them: working time for durations written in
 * working days (Monday 00:00 to Saturday 00:00 in the log's `timezone`, no
 * public holidays), calendar time for every other duration.
 */
import { durationInDays, isWorkingDuration } from '../../model/durations';
import { localToUtc } from '../zone';
import type { Clock } from '../types';

const DAY = 86_400_000;

export interface Limit {
  clock: Clock;
  /** The written duration in milliseconds of its clock (a working day is 24 hours of working time). */
  ms: number;
}

/** The limit a `within` sets, or undefined when it is not a duration (the schema reports that). */
export function limitOf(within: string): Limit | undefined {
  const days = durationInDays(within);
  if (days === undefined) return undefined;
  return { clock: isWorkingDuration(within) ? 'working' : 'calendar', ms: days * DAY };
}

/** 0 = Sunday … 6 = Saturday for a count of days since 1970-01-01 (a Thursday). */
const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Local midnights as UTC instants, per zone and day: every case's working time is bounded by the same few weekends. */
const midnights = new Map<string, Map<number, number>>();
/** Days kept per zone before starting afresh: some centuries of weekends, a few MB. */
const MAX_MIDNIGHTS = 100_000;

function midnight(day: number, zone: string): number {
  let byDay = midnights.get(zone);
  if (!byDay || byDay.size > MAX_MIDNIGHTS) midnights.set(zone, (byDay = new Map()));
  let utc = byDay.get(day);
  if (utc === undefined) {
    // The platform's zone data answers slowly (Intl per call): asked once per weekend, not once per case.
    utc = localToUtc(day * DAY, zone);
    byDay.set(day, utc);
  }
  return utc;
}

/**
 * The time from `from` to `to` (UTC ms) on the clock: calendar time as is,
 * working time less every local weekend (Saturday 00:00 to Monday 00:00)
 * between them, each weekend's bounds read in `zone`, so a daylight-saving
 * change shortens or lengthens the working week as it does in the office.
 */
export function elapsed(from: number, to: number, clock: Clock, zone: string): number {
  if (clock === 'calendar' || to <= from) return Math.max(0, to - from);
  // A zone's offset is under a day, so `from`'s local day is at most one before its UTC day; a weekend
  // wholly before `from` subtracts nothing, so starting a day early needs no offset.
  const firstDay = Math.floor(from / DAY) - 1;
  let saturday = firstDay - ((weekday(firstDay) + 1) % 7);
  let total = to - from;
  for (;;) {
    const start = midnight(saturday, zone);
    if (start >= to) break;
    const end = midnight(saturday + 2, zone);
    total -= Math.max(0, Math.min(to, end) - Math.max(from, start));
    saturday += 7;
  }
  return total;
}
