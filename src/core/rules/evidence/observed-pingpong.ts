import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { enough, stepById, usable } from './context';
import { casesText, percent } from './words';

const TEXT: Texts<{ pingpong: (id: string, a: string, b: string, cases: string, share: string) => string }> = {
  en: {
    pingpong: (id, a, b, cases, share) => `In ${cases} of step '${id}' (${share}) the work goes back and forth between actors (A, B, A), most often between '${a}' and '${b}'. Agree who finishes the work, or what the one needs from the other to do so.`,
  },
  nl: {
    pingpong: (id, a, b, cases, share) => `In ${cases} van stap '${id}' (${share}) gaat het werk heen en weer tussen betrokkenen (A, B, A), het vaakst tussen '${a}' en '${b}'. Spreek af wie het werk afmaakt, of wat de een daarvoor van de ander nodig heeft.`,
  },
};

/** Work of a step that ping-pongs between actors in many cases. */
export const observedPingpong: Rule = {
  id: 'observed-pingpong',
  defaultSeverity: 'warning',
  description: {
    en: 'In many cases the work of a step goes back and forth between actors (A, B, A): the customer waits while teams pass it on.',
    nl: 'In veel cases gaat het werk van een stap heen en weer tussen betrokkenen (A, B, A): de klant wacht terwijl teams het doorschuiven.',
  },
  check(ctx) {
    const ev = usable(ctx);
    if (!ev) return;
    const { language, evidence: thresholds } = ctx.options;
    for (const s of ev.figures.steps) {
      if (!enough(s.pingpongCases, s.cases, ctx)) continue;
      const step = stepById(ctx, s.id);
      const pair = ev.details.pingpongPair.get(s.id);
      if (!step || !pair) continue;
      const process = step.process.length > 0;
      if (!process && step.observed.length === 0) continue;
      ctx.report({
        path: [...step.path, process ? 'process' : 'observed'],
        part: process ? 'key' : 'value',
        message: TEXT[language].pingpong(s.id, pair[0], pair[1], casesText(s.pingpongCases, thresholds.minCases, language), percent(s.pingpongCases, s.cases, language)),
      });
    }
  },
};
