import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { enough, stepById, usable } from './context';
import { casesText, percent } from './words';

const TEXT: Texts<{ undesigned: (from: string, to: string, cases: string, share: string, explicit: boolean) => string }> = {
  en: {
    undesigned: (from, to, cases, share, explicit) => `${cases} go from step '${from}' straight to '${to}' (${share} of the cases that visit '${from}'), a path the design does not have. ${explicit ? `Add '${to}' to next if the path is meant,` : `Add next: [..., ${to}] if the path is meant,`} or find out why customers take it.`,
  },
  nl: {
    undesigned: (from, to, cases, share, explicit) => `${cases} gaan van stap '${from}' direct naar '${to}' (${share} van de cases die langs '${from}' komen), een pad dat het ontwerp niet heeft. ${explicit ? `Voeg '${to}' toe aan next als het pad bedoeld is,` : `Voeg next: [..., ${to}] toe als het pad bedoeld is,`} of zoek uit waarom klanten het nemen.`,
  },
};

/** A transition between steps that many cases take and that no designed link explains. */
export const observedUndesignedPath: Rule = {
  id: 'observed-undesigned-path',
  defaultSeverity: 'warning',
  description: {
    en: 'Many customers go from one step to another along a path that the design has no link for.',
    nl: 'Veel klanten gaan van de ene stap naar de andere langs een pad waarvoor het ontwerp geen verbinding heeft.',
  },
  check(ctx) {
    const ev = usable(ctx);
    if (!ev) return;
    const { language, evidence: thresholds } = ctx.options;
    const casesOf = new Map(ev.figures.steps.map((s) => [s.id, s.cases]));
    for (const tr of ev.figures.transitions) {
      const whole = casesOf.get(tr.from) ?? 0;
      if (tr.designed || !enough(tr.cases, whole, ctx)) continue;
      const step = stepById(ctx, tr.from);
      if (!step?.id) continue;
      const explicit = step.next !== undefined;
      ctx.report({
        path: explicit ? [...step.path, 'next'] : step.id.path,
        message: TEXT[language].undesigned(tr.from, tr.to, casesText(tr.cases, thresholds.minCases, language), percent(tr.cases, whole, language), explicit),
      });
    }
  },
};
