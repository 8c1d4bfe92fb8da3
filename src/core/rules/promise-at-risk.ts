import { durationInDays, formatDays } from '../durations';
import { partnerDependencies } from '../partners';
import { handoffsOf } from '../process';
import type { At, Rule } from '../rule';

/** A promise the process cannot keep: handoffs and partner SLAs add up to more. */
export const promiseAtRisk: Rule = {
  id: 'promise-at-risk',
  defaultSeverity: 'warning',
  description: 'A step promises the customer something within a time that its handoffs and partner SLAs together already exceed.',
  check({ journey, scope, report }) {
    for (const step of journey.steps) {
      const promised = step.promise?.within;
      const limit = promised ? durationInDays(promised.text) : undefined;
      if (!promised || limit === undefined) continue;
      let total = 0;
      const parts: (At & { message: string })[] = [];
      for (const h of handoffsOf(step)) {
        const w = h.from.handoff?.within;
        const days = w ? durationInDays(w.text) : undefined;
        if (!w || days === undefined) continue;
        total += days;
        parts.push({ path: w.path, message: `Handoff to '${h.to}' within ${w.text}` });
      }
      for (const id of partnerDependencies(step).keys()) {
        const p = scope.get('partner', id);
        const days = p?.sla ? durationInDays(p.sla) : undefined;
        if (!p || days === undefined) continue;
        total += days;
        parts.push({ path: [...p.path, 'sla'], file: p.file === journey.file ? undefined : p.file, message: `Partner '${id}' SLA ${p.sla}` });
      }
      if (total <= limit) continue;
      report({
        path: promised.path,
        message: `The promise says ${promised.text}, but the handoffs and partner SLAs behind this step add up to ${formatDays(total)}. Promise a longer time, or shorten the process.`,
        related: parts,
      });
    }
  },
};
