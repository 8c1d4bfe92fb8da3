/**
 * Designed transitions (evidence.md, Mapping): a chain of designed links from
 * S to T whose steps in between have no `observed` pattern, since such a
 * step is never visited and so is transparent in every path.
 */
import type { DesignStep } from '../types';

/** The steps S links to directly: its `next`, else the following step unless S is an end step. */
function linksOf(design: readonly DesignStep[], s: number, indexOf: ReadonlyMap<string, number>): number[] {
  const step = design[s];
  if (step.next) return step.next.map((id) => indexOf.get(id)).filter((t): t is number => t !== undefined);
  const isLast = s === design.length - 1;
  const isEnd = step.end ?? isLast;
  return isEnd || isLast ? [] : [s + 1];
}

function isObservable(step: DesignStep): boolean {
  return step.observed.length > 0 || step.tasks.some((t) => t.observed.length > 0);
}

/** Per step index: the steps a designed transition leads to. */
export function designedTransitions(design: readonly DesignStep[]): Set<number>[] {
  // First id wins, as duplicate ids are a finding of their own.
  const indexOf = new Map<string, number>();
  design.forEach((step, i) => { if (!indexOf.has(step.id)) indexOf.set(step.id, i); });
  const links = design.map((_, s) => linksOf(design, s, indexOf));
  return design.map((_, s) => {
    const reached = new Set<number>();
    const seen = new Set<number>();
    const stack = [...links[s]];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (seen.has(t)) continue;
      seen.add(t);
      reached.add(t);
      if (!isObservable(design[t])) stack.push(...links[t]);
    }
    return reached;
  });
}
