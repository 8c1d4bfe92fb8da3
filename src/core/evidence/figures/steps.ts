/**
 * Per step: cases, visits, repeat cases (an activity of the step's own
 * `observed` occurring more than once in the case) and ping-pong cases (the
 * step's actor sequence holds A, B, A), with the activity and actor pair
 * named "in most cases" for the messages.
 */
import { compareCodePoints } from '../../engine/code-point-order';
import type { MappedCase } from '../map/mapped-case';
import type { Place } from '../map/places';
import type { Examples } from './examples';

export class StepCounter {
  readonly cases: number[];
  readonly visits: number[];
  readonly repeatCases: number[];
  readonly pingpongCases: number[];
  /** Per step: activity index → cases in which it repeats. */
  private readonly repeated: Map<number, number>[];
  /** Per step: "a b" (mapped actor indexes, lower first) → cases that ping-pong between them. */
  private readonly pairs: Map<string, number>[];

  constructor(steps: number, private readonly places: readonly Place[], private readonly ids: readonly string[], private readonly examples?: Examples) {
    this.cases = new Array<number>(steps).fill(0);
    this.visits = new Array<number>(steps).fill(0);
    this.repeatCases = new Array<number>(steps).fill(0);
    this.pingpongCases = new Array<number>(steps).fill(0);
    this.repeated = Array.from({ length: steps }, () => new Map());
    this.pairs = Array.from({ length: steps }, () => new Map());
  }

  add(c: MappedCase): void {
    const visited = new Set<number>();
    for (const s of c.path) {
      this.visits[s]++;
      visited.add(s);
    }
    for (const s of visited) {
      this.cases[s]++;
      this.countRepeats(c, s);
      this.countPingpong(c, s);
    }
  }

  private countRepeats(c: MappedCase, s: number): void {
    const seen = new Map<number, number>();
    for (let e = 0; e < c.place.length; e++) {
      const p = c.place[e];
      if (p >= 0 && this.places[p].step === s && this.places[p].task < 0) {
        const a = c.source.activity[e];
        seen.set(a, (seen.get(a) ?? 0) + 1);
      }
    }
    let repeats = false;
    for (const [a, n] of seen) {
      if (n > 1) {
        repeats = true;
        this.repeated[s].set(a, (this.repeated[s].get(a) ?? 0) + 1);
      }
    }
    if (!repeats) return;
    this.repeatCases[s]++;
    this.examples?.note(`${this.ids[s]}: repeat`, c.source.id);
  }

  private countPingpong(c: MappedCase, s: number): void {
    const sequence: number[] = [];
    for (let e = 0; e < c.step.length; e++) {
      if (c.step[e] !== s || c.actor[e] < 0) continue;
      if (sequence[sequence.length - 1] !== c.actor[e]) sequence.push(c.actor[e]);
    }
    const found = new Set<string>();
    for (let i = 2; i < sequence.length; i++) {
      if (sequence[i] === sequence[i - 2]) {
        const [x, y] = [sequence[i], sequence[i - 1]].sort((a, b) => a - b);
        found.add(`${x} ${y}`);
      }
    }
    if (found.size === 0) return;
    this.pingpongCases[s]++;
    this.examples?.note(`${this.ids[s]}: ping-pong`, c.source.id);
    for (const key of found) this.pairs[s].set(key, (this.pairs[s].get(key) ?? 0) + 1);
  }

  /** The activity repeated in most cases of step s (ties: first by code point). */
  repeatedActivity(s: number, activities: readonly string[]): string | undefined {
    return most([...this.repeated[s]].map(([a, n]) => [activities[a], n]), compareCodePoints);
  }

  /** The pair of actors that ping-pong in most cases of step s, each pair in code-point order (ties: first by code point). */
  pingpongPair(s: number, actors: readonly string[]): readonly [string, string] | undefined {
    const named = [...this.pairs[s]].map(([key, n]): [[string, string], number] => {
      const [x, y] = key.split(' ').map((i) => actors[Number(i)]);
      return [compareCodePoints(x, y) <= 0 ? [x, y] : [y, x], n];
    });
    return most(named, (a, b) => compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]));
  }
}

function most<T>(counted: readonly [T, number][], order: (a: T, b: T) => number): T | undefined {
  let best: [T, number] | undefined;
  for (const entry of counted) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && order(entry[0], best[0]) < 0)) best = entry;
  }
  return best?.[0];
}
