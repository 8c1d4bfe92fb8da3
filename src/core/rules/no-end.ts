import { reachableSteps } from '../flow';
import { isEnd } from '../model';
import type { Rule } from '../rule';

/** A journey whose outcome can never be reached does not fulfil the need. */
export const noEnd: Rule = {
  id: 'no-end',
  defaultSeverity: 'warning',
  description: 'No end step can be reached from the first step: the journey never reaches its outcome.',
  check({ journey, report }) {
    if (journey.steps.length === 0) return;
    const reachable = reachableSteps(journey.steps);
    if ([...reachable].some((s) => isEnd(s, journey.steps))) return;
    report({
      path: ['steps'],
      part: 'key',
      message: 'No end step can be reached from the first step, so the customer never reaches the outcome. Mark the step where the outcome is reached with `end: true`, and make sure a path of `next` links leads there.',
    });
  },
};
