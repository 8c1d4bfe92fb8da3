import type { Rule } from '../rule';
import { humanChannels, humanExamples } from './human-channels';
import type { Texts } from '../../i18n/language';
import { addKey } from '../../fixes/edits';
import { one } from '../../fixes/fix';

const TEXT: Texts<(channel: string, humans: string[]) => string> = {
  en: (channel, humans) => `'${channel}' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add \`fallback:\` with a human channel${humanExamples(humans, 'en')}.`,
  nl: (channel, humans) => `'${channel}' is selfservice en deze stap heeft geen uitwijkkanaal: een klant die hier vastloopt, bereikt geen mens. Voeg \`fallback:\` toe met een persoonlijk kanaal${humanExamples(humans, 'nl')}.`,
};

const FIX_TEXT: Texts<(id: string) => string> = {
  en: (id) => `Add fallback '${id}'`,
  nl: (id) => `Uitwijkkanaal '${id}' toevoegen`,
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
        message: TEXT[options.language](step.channel.id, humans),
      });
    }
  },
  // A human channel the journey can use, the first one preferred (`phone` when it declares none).
  fixes(_data, { analysis, doc, path, language }) {
    const scope = analysis.scope;
    if (!scope) return [];
    const human = humanChannels(scope);
    const choices = human.length > 0 ? human : ['phone'];
    return choices.flatMap((id, i) => one(FIX_TEXT[language](id), addKey(doc, path.slice(0, -1), 'fallback', id, 'channel'), false, i === 0));
  },
};
