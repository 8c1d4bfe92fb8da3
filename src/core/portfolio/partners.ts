/**
 * The partner dependency table: every partner that a step depends on (in
 * `partners` or as a task's actor, as the partner checks see it), with the
 * journeys and steps that would feel it when the partner fails.
 */
import { partnerDependencies } from '../model/partners';
import { declaredIn, stepRef, type JourneyContext } from './context';
import { compareText } from './order';
import type { PartnerRow } from './types';

export function partnerTable(journeys: readonly JourneyContext[]): PartnerRow[] {
  // Keyed by declaring file and id: two catalogs may use one id for different partners.
  const rows = new Map<string, PartnerRow>();
  for (const ctx of journeys) {
    for (const step of ctx.journey.steps) {
      for (const id of partnerDependencies(step).keys()) {
        const decl = ctx.scope.get('partner', id);
        const key = `${decl?.file ?? ''}\u0000${id}`;
        let row = rows.get(key);
        if (!row) {
          row = {
            id, name: decl?.name, declaredIn: decl && declaredIn(ctx, decl),
            agreement: decl?.agreement, sla: decl?.sla, fallback: decl?.fallback,
            journeys: 0, steps: 0, dependents: [],
          };
          rows.set(key, row);
        }
        row.dependents.push(stepRef(ctx, step));
      }
    }
  }
  for (const row of rows.values()) {
    row.steps = row.dependents.length;
    row.journeys = new Set(row.dependents.map((d) => d.path)).size;
  }
  // The partners most of the portfolio hangs on come first.
  return [...rows.values()].sort((x, y) => y.journeys - x.journeys || y.steps - x.steps || compareText(x.name ?? x.id, y.name ?? y.id));
}
