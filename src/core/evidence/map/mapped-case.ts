/**
 * One case seen through the design: per event its place and step (-1 when
 * unmapped), its mapped actor, and the case's visits (evidence.md: maximal
 * runs of consecutive mapped events, unmapped ones left out, of one step).
 */
import type { LogCase } from '../types';
import type { MappedActors } from './actors';
import type { Place } from './places';

export interface MappedCase {
  source: LogCase;
  place: Int32Array;
  step: Int32Array;
  /** Mapped actor index per event, -1 for none. */
  actor: Int32Array;
  /** The path: the step of each visit. */
  path: number[];
  /** Per visit: the index of its first event. */
  visitStart: number[];
}

export interface Mapping {
  places: readonly Place[];
  placeOfActivity: Int32Array;
  actors: MappedActors;
}

export function mapCase(c: LogCase, m: Mapping): MappedCase {
  const n = c.activity.length;
  const place = new Int32Array(n);
  const step = new Int32Array(n);
  const actor = new Int32Array(n);
  const path: number[] = [];
  const visitStart: number[] = [];
  for (let e = 0; e < n; e++) {
    const p = m.placeOfActivity[c.activity[e]];
    place[e] = p;
    step[e] = p < 0 ? -1 : m.places[p].step;
    actor[e] = c.actor[e] < 0 ? -1 : m.actors.of[c.actor[e]];
    if (p >= 0 && path[path.length - 1] !== step[e]) {
      path.push(step[e]);
      visitStart.push(e);
    }
  }
  return { source: c, place, step, actor, path, visitStart };
}
