import { handoffsOf } from '../../model/process';
import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';

type Missing = 'to' | 'gives' | 'within';

const TEXT: Texts<{
  thisTask: string;
  noHandoff: (from: string, to: string) => string;
  wrongReceiver: (to: string, next: string) => string;
  unclear: (from: string, missing: readonly Missing[]) => string;
}> = {
  en: {
    thisTask: 'this task',
    noHandoff: (from, to) => `Work passes from '${from}' to '${to}' without a handoff: write down what '${to}' needs (gives) and by when (within).`,
    wrongReceiver: (to, next) => `The handoff goes to '${to}', but the next task is done by '${next}'. Hand the work to '${next}', or put the tasks in the right order.`,
    unclear: (from, missing) => `The handoff from '${from}' does not say ${missing.map((k) => ({ to: 'who receives the work (to)', gives: 'what the receiver needs (gives)', within: 'by when (within)' })[k]).join(' or ')}.`,
  },
  nl: {
    thisTask: 'deze taak',
    noHandoff: (from, to) => `Het werk gaat van '${from}' naar '${to}' zonder overdracht: schrijf op wat '${to}' nodig heeft (gives) en wanneer (within).`,
    wrongReceiver: (to, next) => `De overdracht gaat naar '${to}', maar de volgende taak doet '${next}'. Geef het werk aan '${next}', of zet de taken in de goede volgorde.`,
    unclear: (from, missing) => `De overdracht van '${from}' zegt niet ${missing.map((k) => ({ to: 'wie het werk krijgt (to)', gives: 'wat de ontvanger nodig heeft (gives)', within: 'wanneer (within)' })[k]).join(' of ')}.`,
  },
};

/** Work that passes between actors must say what the receiver needs and by when. */
export const handoffUnclear: Rule = {
  id: 'handoff-unclear',
  defaultSeverity: 'warning',
  description: {
    en: 'Work passes to another team or partner without a clear handoff (what they need, by when, to whom): this is where journeys get stuck.',
    nl: 'Het werk gaat naar een ander team of een andere partner zonder duidelijke overdracht (wat ze nodig hebben, wanneer, aan wie): hier lopen klantreizen vast.',
  },
  check({ journey, report, options }) {
    const t = TEXT[options.language];
    for (const step of journey.steps) {
      for (const h of handoffsOf(step)) {
        const from = h.from.actor?.id ?? t.thisTask;
        const written = h.from.handoff;
        if (!written) {
          report({
            path: h.from.actor ? h.from.actor.path : h.from.path,
            message: t.noHandoff(from, String(h.to)),
            data: { nextActor: h.to, missing: ['to', 'gives', 'within'] },
          });
          continue;
        }
        const next = h.next?.actor;
        if (written.to && next && written.to.id !== next.id) {
          report({
            path: written.to.path,
            message: t.wrongReceiver(written.to.id, next.id),
            data: { suggestion: next.id, nextActor: next.id },
          });
        }
        const missing = (['to', 'gives', 'within'] as const).filter((k) => (k === 'to' ? !written.to : k === 'gives' ? !written.gives : !written.within));
        // A missing `to` is clear enough when the next task names the receiver.
        const unclear = missing.filter((k) => k !== 'to' || !next);
        if (unclear.length > 0) {
          report({
            path: written.path,
            part: 'key',
            message: t.unclear(from, unclear),
            data: { nextActor: next?.id, missing: unclear },
          });
        }
      }
    }
  },
};
