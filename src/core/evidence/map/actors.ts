/**
 * Actor mapping (evidence.md): the id of the first `actors` pattern, in the
 * order written, that matches the raw value; else the value itself. Done once
 * per interned raw value; the result is interned again, so that two raw
 * values mapped to the same team compare equal as integers.
 */
import { compilePattern } from '../pattern';
import type { EvidenceSettings } from '../types';

export interface MappedActors {
  /** Per raw actor value index: the index of its mapped actor in `names`. */
  of: Int32Array;
  names: string[];
}

export function mapActors(actorValues: readonly string[], actors: EvidenceSettings['actors']): MappedActors {
  const rules = actors.map(([pattern, id]) => ({ match: compilePattern(pattern), id }));
  const names: string[] = [];
  const index = new Map<string, number>();
  const of = new Int32Array(actorValues.length);
  actorValues.forEach((value, v) => {
    const name = rules.find((r) => r.match(value))?.id ?? value;
    let i = index.get(name);
    if (i === undefined) {
      i = names.length;
      names.push(name);
      index.set(name, i);
    }
    of[v] = i;
  });
  return { of, names };
}
