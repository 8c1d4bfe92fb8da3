import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { enough, stepById, usable } from './context';
import { casesText, percent } from './words';

const TEXT: Texts<{ repeat: (id: string, activity: string, cases: string, share: string) => string }> = {
  en: {
    repeat: (id, activity, cases, share) => `In ${cases} of step '${id}' (${share}) the customer is contacted again for the same thing: '${activity}' happens more than once. Do not bother the customer needlessly: find out why the first contact did not settle it.`,
  },
  nl: {
    repeat: (id, activity, cases, share) => `In ${cases} van stap '${id}' (${share}) wordt de klant opnieuw benaderd voor hetzelfde: '${activity}' gebeurt meer dan eens. Val de klant niet onnodig lastig: zoek uit waarom het eerste contact het niet regelde.`,
  },
};

/** A step with a channel whose own activity occurs twice in many cases: the customer is contacted again. */
export const observedRepeat: Rule = {
  id: 'observed-repeat',
  defaultSeverity: 'warning',
  description: {
    en: 'In a step with a channel, many customers are contacted again for the same thing: the same activity occurs twice in their case.',
    nl: 'In een stap met een kanaal wordt de klant in veel cases opnieuw benaderd voor hetzelfde: dezelfde activiteit komt twee keer voor in de case.',
  },
  check(ctx) {
    const ev = usable(ctx);
    if (!ev) return;
    const { language, evidence: thresholds } = ctx.options;
    for (const s of ev.figures.steps) {
      if (!enough(s.repeatCases, s.cases, ctx)) continue;
      const step = stepById(ctx, s.id);
      const activity = ev.details.repeatedActivity.get(s.id);
      if (!step?.channel || step.observed.length === 0 || activity === undefined) continue;
      ctx.report({
        path: [...step.path, 'observed'],
        message: TEXT[language].repeat(s.id, activity, casesText(s.repeatCases, thresholds.minCases, language), percent(s.repeatCases, s.cases, language)),
      });
    }
  },
};
