/**
 * Promise figures (evidence.md): for each case visiting S, from the first
 * event of its first visit of S to the first mapped event after it that
 * belongs to `until`'s step, or without `until` to another step than S.
 * Unmapped events never end a promise; a case without an end is open.
 */
import type { MappedCase } from '../map/mapped-case';
import type { DesignStep, PromiseFigures } from '../types';
import { elapsed, limitOf, type Limit } from './clock';
import type { Examples } from './examples';
import { summary } from './statistics';

interface Measured { step: number; within: string; limit: Limit; until?: number; durations: number[]; kept: number; open: number }

export class PromiseCounter {
  private readonly promises = new Map<number, Measured>();

  constructor(private readonly design: readonly DesignStep[], private readonly zone: string, private readonly examples?: Examples) {
    const indexOf = new Map<string, number>();
    design.forEach((s, i) => { if (!indexOf.has(s.id)) indexOf.set(s.id, i); });
    design.forEach((s, i) => {
      const within = s.promise?.within;
      const limit = within === undefined ? undefined : limitOf(within);
      if (within === undefined || !limit) return;
      const untilId = s.promise?.until;
      // An `until` naming no step is unknown-reference's finding; nothing can end such a promise.
      const until = untilId === undefined ? undefined : indexOf.get(untilId) ?? -1;
      this.promises.set(i, { step: i, within, limit, until, durations: [], kept: 0, open: 0 });
    });
  }

  add(c: MappedCase): void {
    for (const p of this.promises.values()) {
      const visit = c.path.indexOf(p.step);
      if (visit < 0) continue;
      const start = c.visitStart[visit];
      let end = -1;
      for (let e = start + 1; e < c.step.length && end < 0; e++) {
        const s = c.step[e];
        if (s >= 0 && (p.until === undefined ? s !== p.step : s === p.until)) end = e;
      }
      if (end < 0) {
        p.open++;
        this.examples?.note(`${this.design[p.step].id}: promise open`, c.source.id);
        continue;
      }
      const d = elapsed(c.source.time[start], c.source.time[end], p.limit.clock, this.zone);
      p.durations.push(d);
      if (d <= p.limit.ms) p.kept++;
      else this.examples?.note(`${this.design[p.step].id}: promise broken`, c.source.id);
    }
  }

  figures(step: number, percentile: number): PromiseFigures | null {
    const p = this.promises.get(step);
    if (!p) return null;
    return { within: p.within, clock: p.limit.clock, measured: p.durations.length, kept: p.kept, open: p.open, ...summary(p.durations, percentile) };
  }
}
