import { handoffsOf } from '../process';
import type { Rule } from '../rule';

/** Long chains of handoffs behind one step are slow and fragile. */
export const handoffChain: Rule = {
  id: 'handoff-chain',
  defaultSeverity: 'info',
  description: 'A step\'s process has more handoffs than the configured maximum: every handoff adds waiting time and a chance to drop the ball.',
  check({ journey, options, report }) {
    for (const step of journey.steps) {
      const count = handoffsOf(step).length;
      if (count <= options.handoffMaximum) continue;
      report({
        path: [...step.path, 'process'],
        part: 'key',
        message: `This step's process has ${count} handoffs, more than the maximum of ${options.handoffMaximum}. Consider fewer actors, or let one team own the step end to end.`,
      });
    }
  },
};
