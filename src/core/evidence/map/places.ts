/**
 * The places of evidence.md's Mapping: for each step the step itself, then
 * each of its tasks, in document order. Each interned activity is matched
 * once per mapping, so re-mapping cached cases costs one pass over the names
 * plus one over the events.
 */
import { compilePattern } from '../pattern';
import type { DesignStep } from '../types';

export interface Place {
  step: number;
  /** -1 for the step itself, else the task's index in the step's `process`. */
  task: number;
}

export function placesOf(design: readonly DesignStep[]): Place[] {
  const places: Place[] = [];
  design.forEach((step, s) => {
    places.push({ step: s, task: -1 });
    step.tasks.forEach((_, t) => places.push({ step: s, task: t }));
  });
  return places;
}

/** Per interned activity: the index of the first place whose `observed` matches it, or -1 (unmapped). */
export function mapActivities(activities: readonly string[], design: readonly DesignStep[], places: readonly Place[]): Int32Array {
  const matchers = places.map((place) => {
    const step = design[place.step];
    const observed = place.task < 0 ? step.observed : step.tasks[place.task].observed;
    return observed.map((p) => compilePattern(p.pattern));
  });
  const placeOf = new Int32Array(activities.length).fill(-1);
  activities.forEach((name, a) => {
    placeOf[a] = matchers.findIndex((ms) => ms.some((m) => m(name)));
  });
  return placeOf;
}
