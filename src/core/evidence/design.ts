/**
 * The design that a log is mapped onto (evidence.md, Mapping), taken from the
 * journey model: per step its id, `observed` patterns, tasks, links and
 * promise. Steps without an id are left out: nothing can link to them or name
 * them in figures (the schema reports the missing id).
 */
import type { Journey } from '../model/model';
import type { DesignStep } from './types';

export function designOf(journey: Journey): DesignStep[] {
  const out: DesignStep[] = [];
  for (const step of journey.steps) {
    if (!step.id) continue;
    const promise = step.promise && (step.promise.within || step.promise.until)
      ? { within: step.promise.within?.text, until: step.promise.until?.id }
      : undefined;
    out.push({
      id: step.id.id,
      observed: step.observed,
      tasks: step.process.map((t) => ({ observed: t.observed, handoffWithin: t.handoff?.within?.text })),
      next: step.next?.map((r) => r.id),
      end: step.end,
      channel: step.channel?.id,
      promise,
    });
  }
  return out;
}
