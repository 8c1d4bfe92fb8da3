/**
 * Durations as evidence compares them: working time for durations written in
 * working days (Monday 00:00 to Saturday 00:00 in the log's `timezone`, no
 * public holidays), calendar time for every other duration.
 */
import { durationInDays, isWorkingDuration } from '../../durations';
import { localToUtc, toWall } from '../zone';
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

/**
 * The time from `from` to `to` (UTC ms) on the clock: calendar time as is,
 * working time less every local weekend (Saturday 00:00 to Monday 00:00)
 * between them, each weekend's bounds read in `zone`, so a daylight-saving
 * change shortens or lengthens the working week as it does in the office.
 */
export function elapsed(from: number, to: number, clock: Clock, zone: string): number {
  if (clock === 'calendar' || to <= from) return Math.max(0, to - from);
  const firstDay = Math.floor(toWall(from, zone) / DAY);
  let saturday = firstDay - ((weekday(firstDay) + 1) % 7);
  let total = to - from;
  for (;;) {
    const start = localToUtc(saturday * DAY, zone);
    if (start >= to) break;
    const end = localToUtc((saturday + 2) * DAY, zone);
    total -= Math.max(0, Math.min(to, end) - Math.max(from, start));
    saturday += 7;
  }
  return total;
}
