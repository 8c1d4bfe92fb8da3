import type { Rule } from '../rule';
import type { Scope } from '../scope';

/** Channels where a stuck customer reaches a person quickly come first (not a home visit). */
const PREFERRED_KINDS = ['phone', 'chat', 'video'];

export function humanChannels(scope: Scope): string[] {
  const rank = (id: string) => {
    const i = PREFERRED_KINDS.indexOf(scope.get('channel', id)?.channelKind ?? '');
    return i < 0 ? PREFERRED_KINDS.length : i;
  };
  return scope.ids('channel').filter((id) => scope.get('channel', id)?.human).sort((a, b) => rank(a) - rank(b));
}

/** A customer stuck on a self-service channel must be caught by a person. */
export const fallbackMissing: Rule = {
  id: 'fallback-missing',
  defaultSeverity: 'warning',
  description: 'A step on a self-service channel has no fallback: a customer who gets stuck there cannot reach a person.',
  check({ journey, scope, report }) {
    for (const step of journey.steps) {
      if (!step.channel || step.fallback.length > 0) continue;
      const channel = scope.get('channel', step.channel.id);
      if (!channel || channel.human) continue;
      const humans = humanChannels(scope);
      report({
        path: step.channel.path,
        message: `'${step.channel.id}' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add \`fallback:\` with a human channel${humans.length ? ` (e.g. ${humans.slice(0, 3).join(', ')})` : ' such as phone or chat'}.`,
        data: { id: step.channel.id },
      });
    }
  },
};
