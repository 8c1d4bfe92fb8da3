import type { Texts } from '../../i18n/language';
import type { SkipReason } from '../../evidence/types';
import type { Rule } from '../rule';
import { usable } from './context';
import { wholeText } from './words';

const TEXT: Texts<{ skipped: (skipped: string, read: string, log: string, first: string) => string; first: (place: string, why: string) => string; row: (n: number) => string; event: (n: number) => string; why: Record<SkipReason, string> }> = {
  en: {
    skipped: (skipped, read, log, first) => `${skipped} of the ${read} events in '${log}' were skipped and are left out of the figures${first}. Fix the export, or name the right attributes.`,
    first: (place, why) => `; the first, ${place}, ${why}`,
    row: (n) => `row ${n}`,
    event: (n) => `event ${n}`,
    why: { 'no-case': 'has no case id', 'no-activity': 'has no activity', 'no-time': 'has no readable time' },
  },
  nl: {
    skipped: (skipped, read, log, first) => `${skipped} van de ${read} gebeurtenissen in '${log}' zijn overgeslagen en tellen niet mee in de cijfers${first}. Verbeter de export, of noem de juiste attributen.`,
    first: (place, why) => `; de eerste, ${place}, ${why}`,
    row: (n) => `rij ${n}`,
    event: (n) => `gebeurtenis ${n}`,
    why: { 'no-case': 'heeft geen case-id', 'no-activity': 'heeft geen activiteit', 'no-time': 'heeft geen leesbare tijd' },
  },
};

/** Events without a case id, an activity or a readable time are skipped: say how many, and the first. */
export const evidenceSkipped: Rule = {
  id: 'evidence-skipped',
  defaultSeverity: 'warning',
  description: {
    en: 'Events of the log were skipped because they lack a case id, an activity or a readable time: the figures leave them out.',
    nl: 'Gebeurtenissen in het log zijn overgeslagen omdat ze geen case-id, activiteit of leesbare tijd hebben: de cijfers laten ze weg.',
  },
  check(ctx) {
    const ev = usable(ctx);
    const settings = ctx.journey.evidence;
    if (!ev || !settings || ev.figures.events.skipped === 0) return;
    const t = TEXT[ctx.options.language];
    const first = ev.firstSkip;
    // CSV counts data rows, XES the events inside traces (decisions.md, Row numbers).
    const xes = /\.xes(\.gz)?$/i.test(settings.settings.log);
    const place = first ? t.first(xes ? t.event(first.number) : t.row(first.number), t.why[first.reason]) : '';
    ctx.report({
      path: settings.paths.log ?? settings.path,
      message: t.skipped(wholeText(ev.figures.events.skipped, ctx.options.language), wholeText(ev.figures.events.read, ctx.options.language), settings.settings.log, place),
    });
  },
};
