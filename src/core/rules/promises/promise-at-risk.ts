import { durationCovering, durationInDays, durationWords, formatDays, isWorkingDuration } from '../../model/durations';
import { partnerDependencies } from '../../model/partners';
import { handoffsOf } from '../../model/process';
import type { At, Rule } from '../rule';
import { capital, type Texts } from '../../i18n/language';
import { replaceScalar } from '../../fixes/edits';
import { one, type Fix } from '../../fixes/fix';


const TEXT: Texts<{ handoff: (to: string, within: string) => string; task: (actor: string, within: string) => string; sla: (id: string, sla: string) => string; atRisk: (promised: string, total: string) => string }> = {
  en: {
    handoff: (to, within) => `Handoff to '${to}' within ${within}`,
    task: (actor, within) => `Task of '${actor}' within ${within}`,
    sla: (id, sla) => `Partner '${id}' SLA ${sla}`,
    atRisk: (promised, total) => `The promise says ${promised}, but the handoffs and partner SLAs behind this step add up to ${total}. Promise a longer time, or shorten the process.`,
  },
  nl: {
    handoff: (to, within) => `Overdracht aan '${to}' binnen ${within}`,
    task: (actor, within) => `Taak van '${actor}' binnen ${within}`,
    sla: (id, sla) => `SLA van partner '${id}': ${sla}`,
    atRisk: (promised, total) => `De belofte zegt ${promised}, maar de overdrachten en partner-SLA's achter deze stap tellen op tot ${total}. Beloof een langere termijn, of maak het proces korter.`,
  },
};

/** What the fixes offer: a promise as long as the process, and its slowest part to go to. */
export interface PromiseAtRiskData {
  /** The process's total on the promise's own clock, in one unit the parser reads back. */
  within: string;
  /** Which related location is the slowest part. */
  slowest: number;
}

const FIX_TEXT: Texts<{ promiseWithin: (within: string) => string; openSlowest: (part: string) => string }> = {
  en: {
    promiseWithin: (within) => `Promise ${within}: what the process takes`,
    openSlowest: (part) => `Go to the slowest part: ${part}`,
  },
  nl: {
    promiseWithin: (within) => `${capital(within)} beloven: wat het proces nodig heeft`,
    openSlowest: (part) => `Naar het traagste deel: ${part}`,
  },
};

/**
 * A promise the process cannot keep: handoffs, the tasks' own `within` and
 * partner SLAs add up to more. A partner whose task in the step says how long
 * it takes counts with that time, not with its general SLA (which may be
 * meant for another service).
 */
export const promiseAtRisk: Rule<PromiseAtRiskData> = {
  id: 'promise-at-risk',
  defaultSeverity: 'warning',
  description: {
    en: 'A step promises the customer something within a time that its handoffs and partner SLAs together already exceed.',
    nl: 'Een stap belooft de klant iets binnen een termijn die de overdrachten en de SLA\'s van partners samen al overschrijden.',
  },
  check({ journey, scope, report, options }) {
    const t = TEXT[options.language];
    for (const step of journey.steps) {
      const promised = step.promise?.within;
      const limit = promised ? durationInDays(promised.text) : undefined;
      if (!promised || limit === undefined) continue;
      let total = 0;
      const parts: (At & { message: string })[] = [];
      const partDays: number[] = [];
      for (const h of handoffsOf(step)) {
        const w = h.from.handoff?.within;
        const days = w ? durationInDays(w.text) : undefined;
        if (!w || days === undefined) continue;
        total += days;
        partDays.push(days);
        parts.push({ path: w.path, message: t.handoff(String(h.to), durationWords(w.text, options.language)) });
      }
      const timed = new Set<string>();
      for (const task of step.process) {
        const w = task.within;
        const days = w ? durationInDays(w.text) : undefined;
        if (!w || days === undefined) continue;
        total += days;
        partDays.push(days);
        if (task.actor?.kind === 'partner') timed.add(task.actor.id);
        parts.push({ path: w.path, message: t.task(task.actor?.id ?? `#${task.index + 1}`, durationWords(w.text, options.language)) });
      }
      for (const id of partnerDependencies(step).keys()) {
        if (timed.has(id)) continue;
        const p = scope.get('partner', id);
        const days = p?.sla ? durationInDays(p.sla) : undefined;
        if (!p || days === undefined) continue;
        total += days;
        partDays.push(days);
        parts.push({ path: [...p.path, 'sla'], file: p.file === journey.file ? undefined : p.file, message: t.sla(id, durationWords(p.sla ?? '', options.language)) });
      }
      if (total <= limit) continue;
      report({
        path: promised.path,
        message: t.atRisk(durationWords(promised.text, options.language), formatDays(total, options.language)),
        related: parts,
        // The quick fix's promise: at least the process's total, on the promise's own clock.
        data: {
          within: durationCovering(total, isWorkingDuration(promised.text), options.language),
          slowest: partDays.indexOf(Math.max(...partDays)),
        },
      });
    }
  },
  // The promise as long as the process behind it, or the process faster where it loses the most time.
  fixes(data, { finding, doc, path, language }) {
    if (!data) return [];
    const t = FIX_TEXT[language];
    const slowest = finding.related[data.slowest];
    const reveal: Fix[] = slowest ? [{ title: t.openSlowest(slowest.message), edits: [], snippet: false, reveal: slowest }] : [];
    return [...one(t.promiseWithin(data.within), replaceScalar(doc, path, data.within)), ...reveal];
  },
};
