/** Which partners a step depends on: its `partners` and the partners doing its tasks. */
import type { Ref, Step } from './model';

export function partnerRefs(step: Step): Ref[] {
  const refs: Ref[] = [...step.partners];
  for (const t of step.process) if (t.actor?.kind === 'partner') refs.push(t.actor);
  return refs;
}

/** Each partner id once, with the first place the step names it. */
export function partnerDependencies(step: Step): Map<string, Ref> {
  const m = new Map<string, Ref>();
  for (const r of partnerRefs(step)) if (!m.has(r.id)) m.set(r.id, r);
  return m;
}
