import type { Rule } from '../rule';
import type { Scope } from '../scope';
import type { Texts } from '../language';

/** Channels where a stuck customer reaches a person quickly come first (not a home visit). */
const PREFERRED_KINDS = ['phone', 'chat', 'video'];

export function humanChannels(scope: Scope): string[] {
  const rank = (id: string) => {
    const i = PREFERRED_KINDS.indexOf(scope.get('channel', id)?.channelKind ?? '');
    return i < 0 ? PREFERRED_KINDS.length : i;
  };
  return scope.ids('channel').filter((id) => scope.get('channel', id)?.human).sort((a, b) => rank(a) - rank(b));
}


const TEXT: Texts<(channel: string, humans: string[]) => string> = {
  en: (channel, humans) => `'${channel}' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add \`fallback:\` with a human channel${humans.length ? ` (e.g. ${humans.join(', ')})` : ' such as phone or chat'}.`,
  nl: (channel, humans) => `'${channel}' is selfservice en deze stap heeft geen uitwijkkanaal: een klant die hier vastloopt, bereikt geen mens. Voeg \`fallback:\` toe met een persoonlijk kanaal${humans.length ? ` (bijv. ${humans.join(', ')})` : ', zoals telefoon of chat'}.`,
};

/** A customer stuck on a self-service channel must be caught by a person. */
export const fallbackMissing: Rule = {
  id: 'fallback-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'A step on a self-service channel has no fallback: a customer who gets stuck there cannot reach a person.',
    nl: 'Een stap op een selfservicekanaal heeft geen uitwijkkanaal: een klant die daar vastloopt, bereikt geen mens.',
  },
  check({ journey, scope, report, options }) {
    for (const step of journey.steps) {
      if (!step.channel || step.fallback.length > 0) continue;
      const channel = scope.get('channel', step.channel.id);
      if (!channel || channel.human) continue;
      const humans = humanChannels(scope);
      report({
        path: step.channel.path,
        message: TEXT[options.language](step.channel.id, humans.slice(0, 3)),
        data: { id: step.channel.id },
      });
    }
  },
};
