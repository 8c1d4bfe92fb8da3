import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { enough, usable } from './context';
import { casesText, eventsText, percent } from './words';
import { unmappedFixes, type UnmappedData } from '../../evidence/authoring/fixes';

/** evidence.md: one finding per unmapped activity, most cases first, at most 10. */
const MAX_FINDINGS = 10;

const TEXT: Texts<{ unmapped: (activity: string, cases: string, share: string, events: string) => string }> = {
  en: {
    unmapped: (activity, cases, share, events) => `The activity '${activity}' occurs in ${cases} (${share} of all cases, ${events}) but belongs to no step or task. Add it to the observed patterns of the step or task it is part of, or a step of its own if the design misses it.`,
  },
  nl: {
    unmapped: (activity, cases, share, events) => `De activiteit '${activity}' komt voor in ${cases} (${share} van alle cases, ${events}) maar hoort bij geen stap of taak. Voeg haar toe aan de observed-patronen van de stap of taak waar ze bij hoort, of als eigen stap als het ontwerp haar mist.`,
  },
};

/** An activity many customers live that the design does not map. */
export const evidenceUnmapped: Rule<UnmappedData> = {
  id: 'evidence-unmapped',
  defaultSeverity: 'info',
  description: {
    en: 'An activity that many cases in the log hold is mapped to no step or task: part of what customers live is missing from the design.',
    nl: 'Een activiteit die in veel cases van het log voorkomt, hoort bij geen stap of taak: een deel van wat klanten meemaken ontbreekt in het ontwerp.',
  },
  check(ctx) {
    const ev = usable(ctx);
    const settings = ctx.journey.evidence;
    if (!ev || !settings) return;
    const { language, evidence: thresholds } = ctx.options;
    // figures.unmapped is ordered by cases, most first, then by name: the order the findings keep.
    const frequent = ev.figures.unmapped.filter((u) => enough(u.cases, ev.figures.cases, ctx)).slice(0, MAX_FINDINGS);
    for (const u of frequent) {
      ctx.report({
        path: settings.path,
        part: 'key',
        message: TEXT[language].unmapped(u.activity, casesText(u.cases, thresholds.minCases, language), percent(u.cases, ev.figures.cases, language), eventsText(u.events, language)),
        data: { activity: u.activity },
      });
    }
  },
  // Written with the log's authoring tools (evidence/authoring), which know the patterns' forms.
  fixes: unmappedFixes,
};
