import { reachableSteps } from '../../model/flow';
import type { Rule } from '../rule';
import type { Texts } from '../../i18n/language';


const TEXT: Texts<(step: string) => string> = {
  en: (step) => `No path leads from the first step to '${step}'. Link to it with \`next\` from an earlier step, or remove it.`,
  nl: (step) => `Geen pad leidt van de eerste stap naar '${step}'. Verwijs ernaar met \`next\` vanuit een eerdere stap, of verwijder de stap.`,
};

/** A step no path leads to is never part of the customer's journey. */
export const stepUnreachable: Rule = {
  id: 'step-unreachable',
  defaultSeverity: 'warning',
  description: {
    en: 'No path of `next` links leads from the first step to this step: no customer ever gets there.',
    nl: 'Geen pad van `next`-verwijzingen leidt van de eerste stap naar deze stap: geen klant komt er ooit.',
  },
  check({ journey, report, options }) {
    const reachable = reachableSteps(journey.steps);
    for (const step of journey.steps) {
      if (reachable.has(step)) continue;
      report({
        path: step.id ? step.id.path : step.path,
        message: TEXT[options.language](step.id?.id ?? `${options.language === 'nl' ? 'stap' : 'step'} ${step.index + 1}`),
      });
    }
  },
};
