import type { Rule } from '../rule';
import type { Texts } from '../../i18n/language';
import { addKey } from '../../fixes/edits';
import { mergeAtSameOffset } from '../../fixes/fix';


const TEXT: Texts<string> = {
  en: 'The customer feels worst here (emotion -2), but the step names no pain and no idea. Write down what hurts (pain) and what could help (idea).',
  nl: 'Hier voelt de klant zich het slechtst (emotie -2), maar de stap noemt geen pijnpunt en geen idee. Schrijf op wat pijn doet (pain) en wat zou helpen (idea).',
};

const FIX_TEXT: Texts<{ addPainIdea: string; whatHurts: string; whatHelps: string }> = {
  en: { addPainIdea: 'Add a pain and an idea to the step', whatHurts: 'what hurts here', whatHelps: 'what could help' },
  nl: { addPainIdea: 'Een pijnpunt en een idee aan de stap toevoegen', whatHurts: 'wat hier pijn doet', whatHelps: 'wat zou helpen' },
};

/** The lowest point of a journey deserves a named pain and an idea. */
export const emotionLowUnaddressed: Rule = {
  id: 'emotion-low-unaddressed',
  defaultSeverity: 'info',
  description: {
    en: 'A step where the customer feels worst (emotion -2) names neither a pain nor an idea: the low point is noted but not worked on.',
    nl: 'Een stap waarin de klant zich het slechtst voelt (emotie -2) noemt geen pijnpunt en geen idee: het dieptepunt is genoteerd, maar er wordt niet aan gewerkt.',
  },
  check({ journey, report, options }) {
    for (const step of journey.steps) {
      if (step.emotion !== -2 || step.pain.length > 0 || step.idea.length > 0) continue;
      report({
        path: [...step.path, 'emotion'],
        message: TEXT[options.language],
      });
    }
  },
  fixes(_data, { doc, path, language }) {
    const t = FIX_TEXT[language];
    const step = path.slice(0, -1);
    const pain = addKey(doc, step, 'pain', `\${1:${t.whatHurts}}`, 'emotion');
    const idea = addKey(doc, step, 'idea', `\${2:${t.whatHelps}}`, 'emotion');
    return pain && idea ? [{ title: t.addPainIdea, edits: [mergeAtSameOffset([pain, idea])], snippet: true, preferred: true }] : [];
  },
};
