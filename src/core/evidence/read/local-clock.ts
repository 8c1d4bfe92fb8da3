/**
 * zone.ts answers through Intl, which costs microseconds a call: too slow for
 * millions of events. A zone's offset changes a few times a year, so a
 * LocalClock asks Intl once per calendar day and reuses the offset for every
 * time on a day whose neighbourhood (two days before to three after) has one
 * offset; only days near a change go through zone.ts's full "compatible"
 * reading. (No zone changes its offset twice within five days.)
 */
import { localToUtc, offsetAt } from '../zone';

const DAY = 86_400_000;

export class LocalClock {
  /** Per local day (wall time): the constant offset, or NaN near a change. */
  private readonly wallDays = new Map<number, number>();
  /** Per UTC day: the same for instants. */
  private readonly utcDays = new Map<number, number>();

  constructor(private readonly zone: string) {}

  /** The UTC instant of a local wall-clock time (local fields read as UTC milliseconds). */
  toUtc(wallMs: number): number {
    if (this.zone === 'UTC') return wallMs;
    const offset = this.steadyOffset(this.wallDays, Math.floor(wallMs / DAY));
    return Number.isNaN(offset) ? localToUtc(wallMs, this.zone) : wallMs - offset;
  }

  /** The local wall-clock time of an instant, to read with getUTC… or to floor to a day. */
  toWall(utcMs: number): number {
    if (this.zone === 'UTC') return utcMs;
    const offset = this.steadyOffset(this.utcDays, Math.floor(utcMs / DAY));
    return utcMs + (Number.isNaN(offset) ? offsetAt(utcMs, this.zone) : offset);
  }

  private steadyOffset(days: Map<number, number>, day: number): number {
    let offset = days.get(day);
    if (offset === undefined) {
      const samples = [-2, 0, 0.5, 1, 3].map((d) => offsetAt((day + d) * DAY, this.zone));
      offset = samples.every((o) => o === samples[0]) ? samples[0] : NaN;
      days.set(day, offset);
    }
    return offset;
  }
}
