import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { percentileOver, stepById, usable } from './context';
import { casesText, durationText, percent, percentileText } from './words';

const TEXT: Texts<{ slow: (to: string, within: string, measured: string, pct: string, pHours: string, median: string, over: string, share: string) => string; next: string }> = {
  en: {
    slow: (to, within, measured, pct, pHours, median, over, share) => `The handoff to ${to} takes longer than its ${within} in practice: measured in ${measured}, ${pct} is ${pHours} (median ${median}); ${over} (${share}) took longer than ${within}. Agree a time that holds, or find out what delays the handoff.`,
    next: 'the next task',
  },
  nl: {
    slow: (to, within, measured, pct, pHours, median, over, share) => `De overdracht aan ${to} duurt in de praktijk langer dan de afgesproken ${within}: gemeten in ${measured} is ${pct} ${pHours} (mediaan ${median}); ${over} (${share}) duurden langer dan ${within}. Spreek een termijn af die haalbaar is, of zoek uit wat de overdracht ophoudt.`,
    next: 'de volgende taak',
  },
};

/** A written handoff whose percentile time in the log exceeds its `within`. */
export const observedHandoffSlow: Rule = {
  id: 'observed-handoff-slow',
  defaultSeverity: 'warning',
  description: {
    en: 'A handoff takes longer than its within in practice: its percentile in the log exceeds what was agreed.',
    nl: 'Een overdracht duurt in de praktijk langer dan de within: het percentiel in het log is hoger dan afgesproken.',
  },
  check(ctx) {
    const ev = usable(ctx);
    if (!ev) return;
    const { language, evidence: thresholds } = ctx.options;
    const t = TEXT[language];
    for (const h of ev.figures.handoffs) {
      if (h.measured < thresholds.minCases || h.percentileHours === null || h.medianHours === null) continue;
      if (!percentileOver(h.measured, h.over, ev.figures.percentile)) continue;
      const task = stepById(ctx, h.step)?.process[h.from];
      const within = task?.handoff?.within;
      if (!task || !within) continue;
      const next = task.handoff?.to?.id ?? stepById(ctx, h.step)?.process[h.to]?.actor?.id;
      ctx.report({
        path: within.path,
        message: t.slow(
          next ? `'${next}'` : t.next, h.within, casesText(h.measured, thresholds.minCases, language),
          percentileText(ev.figures.percentile, language), durationText(h.percentileHours, h.clock, language),
          durationText(h.medianHours, h.clock, language), casesText(h.over, thresholds.minCases, language), percent(h.over, h.measured, language),
        ),
      });
    }
  },
};
