/**
 * Selection of evidence.md, steps 1 and 3 to 5 (`where`, step 2, is decided
 * per event while reading): the lifecycle rule, each case's events in case
 * order (by time, file order among equal times), merge-repeats on the raw
 * actor value, and the window on the case's local start date. Cases keep the
 * order in which their ids first appear among the events read.
 */
import type { LogCase } from '../types';
import type { LocalClock } from './local-clock';
import { daysFromCivil } from './times';

/** The lifecycle code of collect.ts that step 1 drops unless every event is kept. */
const OTHER_LIFECYCLE = 2;
const DAY = 86_400_000;

export interface RawEvents {
  caseOf: Int32Array;
  activityOf: Int32Array;
  /** Interned raw actor value or -1; undefined: the log has no actor attribute. */
  actorOf?: Int32Array;
  lifecycleOf: Uint8Array;
  timeOf: Float64Array;
  caseIds: readonly string[];
}

export interface Selection {
  keep: 'all' | 'counts';
  mergeRepeats: boolean;
  since?: string;
  until?: string;
  clock: LocalClock;
}

export function select(raw: RawEvents, selection: Selection): { cases: LogCase[]; counted: number } {
  const n = raw.caseOf.length;
  const caseCount = raw.caseIds.length;
  // Counting sort by case, stable, so each case's events stay in file order.
  const start = new Int32Array(caseCount + 1);
  for (let e = 0; e < n; e++) if (counts(raw, selection, e)) start[raw.caseOf[e] + 1]++;
  for (let c = 0; c < caseCount; c++) start[c + 1] += start[c];
  const order = new Int32Array(start[caseCount]);
  const fill = start.slice(0, caseCount);
  for (let e = 0; e < n; e++) if (counts(raw, selection, e)) order[fill[raw.caseOf[e]]++] = e;

  const activity = new Int32Array(order.length);
  const actor = new Int32Array(order.length);
  const time = new Float64Array(order.length);
  const since = dayOf(selection.since, -Infinity);
  const until = dayOf(selection.until, Infinity);
  const cases: LogCase[] = [];
  let out = 0;
  for (let c = 0; c < caseCount; c++) {
    const events = inTimeOrder(order.subarray(start[c], start[c + 1]), raw.timeOf);
    if (events.length === 0) continue;
    const first = out;
    for (const e of events) {
      const a = raw.activityOf[e];
      const who = raw.actorOf ? raw.actorOf[e] : -1;
      if (selection.mergeRepeats && out > first && activity[out - 1] === a && actor[out - 1] === who) continue;
      activity[out] = a;
      actor[out] = who;
      time[out] = raw.timeOf[e];
      out++;
    }
    const startDay = Math.floor(selection.clock.toWall(time[first]) / DAY);
    if (startDay < since || startDay > until) {
      out = first;
      continue;
    }
    cases.push({ id: raw.caseIds[c], activity: activity.subarray(first, out), actor: actor.subarray(first, out), time: time.subarray(first, out) });
  }
  return { cases, counted: out };
}

function counts(raw: RawEvents, selection: Selection, e: number): boolean {
  return selection.keep === 'all' || raw.lifecycleOf[e] !== OTHER_LIFECYCLE;
}

/** A case's events by time; Array.prototype.sort is stable, so equal times keep file order. */
function inTimeOrder(events: Int32Array, timeOf: Float64Array): ArrayLike<number> & Iterable<number> {
  for (let i = 1; i < events.length; i++) {
    if (timeOf[events[i]] < timeOf[events[i - 1]]) return Array.from(events).sort((x, y) => timeOf[x] - timeOf[y]);
  }
  return events;
}

/** A window bound `YYYY-MM-DD` as a day number; the model has validated it. */
function dayOf(date: string | undefined, none: number): number {
  if (date === undefined) return none;
  const [y, m, d] = date.split('-').map(Number);
  return daysFromCivil(y, m, d);
}
