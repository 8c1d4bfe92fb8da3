import type { Rule } from '../rule';

/** A human channel with no process behind it: nobody stands behind the channel. */
export const stepUnsupported: Rule = {
  id: 'step-unsupported',
  defaultSeverity: 'warning',
  description: 'A step on a human channel has no process: nobody is named to answer the customer there.',
  check({ journey, scope, report }) {
    for (const step of journey.steps) {
      if (!step.channel || step.process.length > 0) continue;
      const channel = scope.get('channel', step.channel.id);
      if (!channel?.human) continue;
      report({
        path: step.channel.path,
        message: `'${step.channel.id}' is a human channel, but this step has no process: nobody is named to answer the customer. Add \`process:\` with the team that does.`,
      });
    }
  },
};
