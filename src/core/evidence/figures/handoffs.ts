/**
 * Handoff figures (evidence.md): for a handoff with `within` from task i to
 * task i + 1 of a step, both with `observed` patterns, each case gives at
 * most one measurement: the first event of task i + 1 that follows an event
 * of task i, measured from the last event of task i before it.
 */
import type { MappedCase } from '../map/mapped-case';
import type { Place } from '../map/places';
import type { DesignStep, HandoffFigures } from '../types';
import { elapsed, limitOf, type Limit } from './clock';
import type { Examples } from './examples';
import { summary } from './statistics';

interface Measured { step: number; from: number; fromPlace: number; toPlace: number; within: string; limit: Limit; durations: number[]; over: number }

export class HandoffCounter {
  private readonly handoffs: Measured[] = [];

  constructor(private readonly design: readonly DesignStep[], places: readonly Place[], private readonly zone: string, private readonly examples?: Examples) {
    const placeIndex = (step: number, task: number) => places.findIndex((p) => p.step === step && p.task === task);
    design.forEach((s, si) => {
      s.tasks.forEach((t, ti) => {
        const next = s.tasks[ti + 1];
        const limit = t.handoffWithin === undefined ? undefined : limitOf(t.handoffWithin);
        if (!next || !limit || t.observed.length === 0 || next.observed.length === 0) return;
        this.handoffs.push({
          step: si, from: ti, fromPlace: placeIndex(si, ti), toPlace: placeIndex(si, ti + 1),
          within: t.handoffWithin!, limit, durations: [], over: 0,
        });
      });
    });
  }

  add(c: MappedCase): void {
    for (const h of this.handoffs) {
      let last = -1;
      for (let e = 0; e < c.place.length; e++) {
        if (c.place[e] === h.fromPlace) last = e;
        else if (c.place[e] === h.toPlace && last >= 0) {
          const d = elapsed(c.source.time[last], c.source.time[e], h.limit.clock, this.zone);
          h.durations.push(d);
          if (d > h.limit.ms) {
            h.over++;
            this.examples?.note(`${this.design[h.step].id}: handoff ${h.from} → ${h.from + 1} over`, c.source.id);
          }
          break;
        }
      }
    }
  }

  figures(percentile: number): HandoffFigures[] {
    return this.handoffs.map((h) => ({
      step: this.design[h.step].id, from: h.from, to: h.from + 1, within: h.within, clock: h.limit.clock,
      measured: h.durations.length, over: h.over, ...summary(h.durations, percentile),
    }));
  }
}
