import { reachableSteps } from '../flow';
import type { Rule } from '../rule';

/** A step no path leads to is never part of the customer's journey. */
export const stepUnreachable: Rule = {
  id: 'step-unreachable',
  defaultSeverity: 'warning',
  description: 'No path of `next` links leads from the first step to this step: no customer ever gets there.',
  check({ journey, report }) {
    const reachable = reachableSteps(journey.steps);
    for (const step of journey.steps) {
      if (reachable.has(step)) continue;
      report({
        path: step.id ? step.id.path : step.path,
        message: `No path leads from the first step to '${step.id?.id ?? `step ${step.index + 1}`}'. Link to it with \`next\` from an earlier step, or remove it.`,
      });
    }
  },
};
