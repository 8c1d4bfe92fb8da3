/**
 * Which steps and tasks to offer for mapping an unmapped activity: those
 * whose id, text (customer, does, actor) or existing patterns share words
 * with the activity, most shared words first; when none does, the steps that
 * have no `observed` pattern yet (a step nobody can see happen is the likely
 * home of an activity nobody mapped), then the other steps. At most three,
 * ties in document order (see docs/decisions.md).
 */
import type { Path } from '../../yaml/locate';
import type { Journey } from '../../model/model';

const MAX_TARGETS = 3;

export interface MappingTarget {
  path: Path;
  stepId: string;
  /** For a task: its index in the step's `process`, and what names it (does, else its actor). */
  task?: { index: number; name?: string };
  /** Words shared with the activity. */
  score: number;
}

/** Lower-case words of at least three letters or digits; camelCase and snake_case split. */
export function words(s: string): string[] {
  return s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => [...w].length >= 3);
}

/** Two words are alike when they begin with the same four letters (or are equal): "registreren", "registreert". */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 4;
}

function score(activity: readonly string[], text: readonly string[]): number {
  return activity.filter((w) => text.some((t) => alike(w, t))).length;
}

export function mappingTargets(journey: Journey, activity: string, max = MAX_TARGETS): MappingTarget[] {
  const act = words(activity);
  const all: MappingTarget[] = [];
  for (const step of journey.steps) {
    const stepId = step.id?.id;
    if (!stepId) continue;
    const own = [stepId, step.customer ?? '', ...step.observed.map((p) => p.pattern)];
    all.push({ path: step.path, stepId, score: score(act, own.flatMap(words)) });
    for (const task of step.process) {
      const name = task.does ?? task.actor?.id;
      const text = [task.does ?? '', task.actor?.id ?? '', ...task.observed.map((p) => p.pattern)];
      all.push({ path: task.path, stepId, task: { index: task.index, ...(name ? { name } : {}) }, score: score(act, text.flatMap(words)) });
    }
  }
  const alikeOnes = all.filter((t) => t.score > 0).sort((a, b) => b.score - a.score);
  if (alikeOnes.length > 0) return alikeOnes.slice(0, max);
  const steps = all.filter((t) => !t.task);
  const unobserved = new Set(journey.steps.filter((s) => s.observed.length === 0 && s.process.every((t) => t.observed.length === 0)).map((s) => s.id?.id));
  return [...steps.filter((t) => unobserved.has(t.stepId)), ...steps.filter((t) => !unobserved.has(t.stepId))].slice(0, max);
}
