/** The flow of steps: `next` links, by default the following step. */
import { isEnd, type Step } from './model';

export function successors(step: Step, steps: readonly Step[], byId: ReadonlyMap<string, Step>): Step[] {
  if (step.next) return step.next.map((r) => byId.get(r.id)).filter((s): s is Step => !!s);
  if (isEnd(step, steps)) return [];
  const following = steps[step.index + 1];
  return following ? [following] : [];
}

export function stepsById(steps: readonly Step[]): Map<string, Step> {
  const m = new Map<string, Step>();
  for (const s of steps) if (s.id && !m.has(s.id.id)) m.set(s.id.id, s);
  return m;
}

/** The steps reachable from the first step, the first step included. */
export function reachableSteps(steps: readonly Step[]): Set<Step> {
  const seen = new Set<Step>();
  if (steps.length === 0) return seen;
  const byId = stepsById(steps);
  const queue: Step[] = [steps[0]];
  seen.add(steps[0]);
  while (queue.length > 0) {
    for (const s of successors(queue.pop()!, steps, byId)) {
      if (!seen.has(s)) {
        seen.add(s);
        queue.push(s);
      }
    }
  }
  return seen;
}
