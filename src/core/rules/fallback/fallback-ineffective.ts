import type { Rule } from '../rule';
import { humanChannels, humanExamples } from './human-channels';
import type { Texts } from '../../i18n/language';


const TEXT: Texts<{ ownAlone: (id: string, humans: string[]) => string; ownInList: (id: string) => string; noHuman: (list: string[], humans: string[]) => string }> = {
  en: {
    ownAlone: (id, humans) => `The fallback '${id}' is the step's own channel: a customer stuck on it is not caught anywhere else. Use another channel with a person behind it${humanExamples(humans, 'en')}.`,
    ownInList: (id) => `'${id}' in the fallback list is the step's own channel, so it catches nobody. Remove it from the list.`,
    noHuman: (list, humans) =>
      `${list.length === 1 ? `The fallback channel ${list[0]} has no person behind it` : `None of the fallback channels (${list.join(', ')}) has a person behind it`}: a stuck customer is sent to another self-service channel. Add a human channel${humanExamples(humans, 'en')}.`,
  },
  nl: {
    ownAlone: (id, humans) => `Het uitwijkkanaal '${id}' is het eigen kanaal van de stap: een klant die daarop vastloopt, wordt nergens anders opgevangen. Gebruik een ander kanaal met een mens erachter${humanExamples(humans, 'nl')}.`,
    ownInList: (id) => `'${id}' in de lijst met uitwijkkanalen is het eigen kanaal van de stap en vangt dus niemand op. Haal het uit de lijst.`,
    noHuman: (list, humans) =>
      `${list.length === 1 ? `Achter het uitwijkkanaal ${list[0]} zit geen mens` : `Geen van de uitwijkkanalen (${list.join(', ')}) heeft een mens erachter`}: een vastgelopen klant wordt naar een ander selfservicekanaal gestuurd. Voeg een persoonlijk kanaal toe${humanExamples(humans, 'nl')}.`,
  },
};

/** A fallback that is the same channel, or that has no person behind it, catches nobody. */
export const fallbackIneffective: Rule = {
  id: 'fallback-ineffective',
  defaultSeverity: 'warning',
  description: {
    en: 'The fallback is the step\'s own channel, or none of the fallback channels is human: the customer is not caught by a person.',
    nl: 'Het uitwijkkanaal is het eigen kanaal van de stap, of geen van de uitwijkkanalen is persoonlijk: de klant wordt niet door een mens opgevangen.',
  },
  check({ journey, scope, report, options }) {
    for (const step of journey.steps) {
      if (step.fallback.length === 0) continue;
      const own = step.channel && step.fallback.find((f) => f.id === step.channel!.id);
      if (own) {
        const alone = step.fallback.length === 1;
        report({
          path: own.path,
          message: alone ? TEXT[options.language].ownAlone(own.id, humanChannels(scope)) : TEXT[options.language].ownInList(own.id),
        });
        if (alone) continue;
      }
      const resolved = step.fallback.map((f) => scope.get('channel', f.id));
      // Unknown channels are unknown-reference's business; judge only known ones.
      if (resolved.some((c) => c === undefined)) continue;
      if (resolved.some((c) => c!.human)) continue;
      const list = step.fallback.map((f) => `'${f.id}'`);
      report({
        path: step.fallback.length === 1 ? step.fallback[0].path : step.fallback[0].path.slice(0, -1),
        message: TEXT[options.language].noHuman(list, humanChannels(scope)),
      });
    }
  },
};
