import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { stepById, usable } from './context';
import { casesText, countText, durationText, percent, percentileText, shareText, wholeText } from './words';

const TEXT: Texts<{ broken: (id: string, within: string, kept: string, measured: string, share: string, aim: string, median: string, pct: string, pHours: string, open: string) => string; open: (cases: string) => string }> = {
  en: {
    broken: (id, within, kept, measured, share, aim, median, pct, pHours, open) => `The promise of step '${id}' (within ${within}) is kept in ${kept} of ${measured} measured cases (${share}), below the ${aim} aimed for; median ${median}, ${pct} ${pHours}${open}. Promise what the process delivers, or change the process so that it keeps the promise.`,
    open: (cases) => `; ${cases} still open`,
  },
  nl: {
    broken: (id, within, kept, measured, share, aim, median, pct, pHours, open) => `De belofte van stap '${id}' (binnen ${within}) wordt nagekomen in ${kept} van de ${measured} gemeten cases (${share}), onder de beoogde ${aim}; mediaan ${median}, ${pct} ${pHours}${open}. Beloof wat het proces waarmaakt, of verander het proces zodat het de belofte nakomt.`,
    open: (cases) => `; ${cases} nog open`,
  },
};

/** A promise kept in fewer measured cases than `promise-kept` asks. */
export const observedPromiseBroken: Rule = {
  id: 'observed-promise-broken',
  defaultSeverity: 'warning',
  description: {
    en: 'A promise to the customer is kept in too few cases of the log: the share kept is below the configured promise-kept.',
    nl: 'Een belofte aan de klant wordt in te weinig cases van het log nagekomen: het aandeel is lager dan de ingestelde promise-kept.',
  },
  check(ctx) {
    const ev = usable(ctx);
    if (!ev) return;
    const { language, evidence: thresholds } = ctx.options;
    const t = TEXT[language];
    const cases = (n: number) => casesText(n, thresholds.minCases, language);
    for (const s of ev.figures.steps) {
      const p = s.promise;
      if (!p || p.measured < thresholds.minCases || p.medianHours === null || p.percentileHours === null) continue;
      if (p.kept / p.measured >= thresholds.promiseKept) continue;
      const within = stepById(ctx, s.id)?.promise?.within;
      if (!within) continue;
      ctx.report({
        path: within.path,
        message: t.broken(
          s.id, p.within, countText(p.kept, thresholds.minCases, language), wholeText(p.measured, language), percent(p.kept, p.measured, language), shareText(thresholds.promiseKept, language),
          durationText(p.medianHours, p.clock, language), percentileText(ev.figures.percentile, language), durationText(p.percentileHours, p.clock, language),
          p.open > 0 ? t.open(cases(p.open)) : '',
        ),
      });
    }
  },
};
