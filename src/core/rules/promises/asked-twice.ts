import type { Text } from '../../model/model';
import type { Rule } from '../rule';
import type { Texts } from '../../i18n/language';
import { removeEntry } from '../../fixes/edits';
import { one } from '../../fixes/fix';

/** Golden rule: never ask the customer for what they already told us. */
const TEXT: Texts<{ again: (what: string, step: string) => string; first: (step: string) => string }> = {
  en: {
    again: (what, step) => `The customer was already asked for '${what}' in step '${step}'. Reuse what they told you instead of asking again.`,
    first: (step) => `First asked here, in step '${step}'`,
  },
  nl: {
    again: (what, step) => `De klant is in stap '${step}' al gevraagd om '${what}'. Gebruik wat de klant toen gaf, in plaats van het opnieuw te vragen.`,
    first: (step) => `Hier voor het eerst gevraagd, in stap '${step}'`,
  },
};

const FIX_TEXT: Texts<string> = {
  en: 'Remove the repeated ask',
  nl: 'De herhaalde vraag verwijderen',
};

export const askedTwice: Rule = {
  id: 'asked-twice',
  defaultSeverity: 'warning',
  description: {
    en: 'The journey asks the customer for the same information in more than one step: customers hate telling their story twice.',
    nl: 'De klantreis vraagt de klant in meer dan één stap om dezelfde informatie: klanten vertellen hun verhaal niet graag twee keer.',
  },
  check({ journey, report, options }) {
    const first = new Map<string, { ask: Text; step: string }>();
    for (const step of journey.steps) {
      const seenHere = new Set<string>();
      for (const ask of step.asks) {
        const key = sameInformation(ask.text);
        if (seenHere.has(key)) continue;
        seenHere.add(key);
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { ask, step: step.id?.id ?? `step ${step.index + 1}` });
          continue;
        }
        report({
          path: ask.path,
          message: TEXT[options.language].again(ask.text, earlier.step),
          related: [{ path: earlier.ask.path, message: TEXT[options.language].first(earlier.step) }],
        });
      }
    }
  },
  fixes: (_data, { doc, path, language }) => one(FIX_TEXT[language], removeEntry(doc, path), false, true),
};

/** `klantnummer`, `klant nummer` and `Klant-nummer` name the same information. */
function sameInformation(ask: string): string {
  return ask.toLowerCase().replace(/[\s_-]+/g, '');
}
