import { handoffsOf } from '../../model/process';
import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { addKey, addKeyWithEntries, replaceScalar } from '../../fixes/edits';
import { addedKeys, FIX_TEXT, one } from '../../fixes/fix';
import type { Path } from '../../yaml/locate';

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

/** What each of the check's three findings hands its fix. */
export type HandoffUnclearData =
  /** No handoff at all: the task to write one under, and who receives the work. */
  | { kind: 'none'; task: Path; to?: string }
  /** A `to` that is not the next task's actor: the receiver to write instead. */
  | { kind: 'wrong-to'; handTo: string }
  /** A handoff that misses keys: which, and the next task's actor for a missing `to`. */
  | { kind: 'unclear'; missing: readonly Missing[]; to?: string };

const FIX_TEXT_HERE: Texts<{ handTo: (id: string) => string; writeHandoff: (to: string) => string; whatNeeds: (to: string) => string; oneWorkingDay: string; whatReceiverNeeds: string }> = {
  en: {
    handTo: (id) => `Hand the work to '${id}'`,
    writeHandoff: (to) => `Write out the handoff to '${to}'`,
    whatNeeds: (to) => `what ${to} needs`,
    oneWorkingDay: '1 working day',
    whatReceiverNeeds: 'what the receiver needs',
  },
  nl: {
    handTo: (id) => `Het werk aan '${id}' geven`,
    writeHandoff: (to) => `De overdracht aan '${to}' uitschrijven`,
    whatNeeds: (to) => `wat ${to} nodig heeft`,
    oneWorkingDay: '1 werkdag',
    whatReceiverNeeds: 'wat de ontvanger nodig heeft',
  },
};

/** Work that passes between actors must say what the receiver needs and by when. */
export const handoffUnclear: Rule<HandoffUnclearData> = {
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
            data: { kind: 'none', task: h.from.path, to: h.to },
          });
          continue;
        }
        const next = h.next?.actor;
        if (written.to && next && written.to.id !== next.id) {
          report({
            path: written.to.path,
            message: t.wrongReceiver(written.to.id, next.id),
            data: { kind: 'wrong-to', handTo: next.id },
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
            data: { kind: 'unclear', missing: unclear, to: next?.id },
          });
        }
      }
    }
  },
  fixes(data, { doc, path, language }) {
    const t = FIX_TEXT_HERE[language];
    if (!data) return [];
    if (data.kind === 'wrong-to') return one(t.handTo(data.handTo), replaceScalar(doc, path, data.handTo), false, true);
    const to = data.to;
    if (data.kind === 'none') {
      // Written out in block style under the task, with placeholders for what the receiver needs and when.
      if (!to) return [];
      const entries: [string, string][] = [['to', to], ['gives', `\${1:${t.whatNeeds(to)}}`], ['within', `\${2:${t.oneWorkingDay}}`]];
      return one(t.writeHandoff(to), addKeyWithEntries(doc, data.task, 'handoff', entries), true, true);
    }
    const value = (k: Missing, i: number) => (k === 'to' ? (to ?? `\${${i + 1}:team}`) : k === 'gives' ? `\${${i + 1}:${t.whatReceiverNeeds}}` : `\${${i + 1}:${t.oneWorkingDay}}`);
    return addedKeys(FIX_TEXT[language].addTo(data.missing, 'handoff'), data.missing.map((k, i) => addKey(doc, path, k, value(k, i))));
  },
};
