import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { stepById, usable } from './context';
import { casesText } from './words';

const TEXT: Texts<{ unobserved: (id: string, cases: string) => string }> = {
  en: {
    unobserved: (id, cases) => `No case in the log (${cases}) visits step '${id}', although its observed patterns say what would show it. Check the patterns, or ask whether customers still take this step.`,
  },
  nl: {
    unobserved: (id, cases) => `Geen case in het log (${cases}) komt langs stap '${id}', hoewel de observed-patronen zeggen waaraan die te zien is. Controleer de patronen, of vraag je af of klanten deze stap nog zetten.`,
  },
};

/** A step that says how it shows in the log, and that no kept case visits. */
export const evidenceStepUnobserved: Rule = {
  id: 'evidence-step-unobserved',
  defaultSeverity: 'info',
  description: {
    en: 'A step with observed patterns that no case in the log visits: the design holds a step customers do not take.',
    nl: 'Een stap met observed-patronen waar geen enkele case in het log langskomt: het ontwerp bevat een stap die klanten niet zetten.',
  },
  check(ctx) {
    const ev = usable(ctx);
    if (!ev) return;
    for (const figures of ev.figures.steps) {
      if (figures.cases > 0) continue;
      const step = stepById(ctx, figures.id);
      if (!step?.id) continue;
      const patterns = step.observed.length + step.process.reduce((n, t) => n + t.observed.length, 0);
      if (patterns === 0) continue;
      ctx.report({ path: step.id.path, message: TEXT[ctx.options.language].unobserved(figures.id, casesText(ev.figures.cases, ctx.options.evidence.minCases, ctx.options.language)) });
    }
  },
};
