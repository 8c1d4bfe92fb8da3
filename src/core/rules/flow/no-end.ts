import { reachableSteps } from '../../model/flow';
import { isEnd } from '../../model/model';
import type { Rule } from '../rule';
import type { Texts } from '../../i18n/language';


const TEXT: Texts<string> = {
  en: 'No end step can be reached from the first step, so the customer never reaches the outcome. Mark the step where the outcome is reached with `end: true`, and make sure a path of `next` links leads there.',
  nl: 'Vanaf de eerste stap is geen eindstap bereikbaar, dus de klant komt nooit bij de uitkomst. Markeer de stap waar de uitkomst bereikt is met `end: true`, en zorg dat een pad van `next`-verwijzingen erheen leidt.',
};

/** A journey whose outcome can never be reached does not fulfil the need. */
export const noEnd: Rule = {
  id: 'no-end',
  defaultSeverity: 'warning',
  description: {
    en: 'No end step can be reached from the first step: the journey never reaches its outcome.',
    nl: 'Vanaf de eerste stap is geen eindstap te bereiken: de klantreis komt nooit bij haar uitkomst.',
  },
  check({ journey, report, options }) {
    if (journey.steps.length === 0) return;
    const reachable = reachableSteps(journey.steps);
    if ([...reachable].some((s) => isEnd(s, journey.steps))) return;
    report({
      path: ['steps'],
      part: 'key',
      message: TEXT[options.language],
    });
  },
};
