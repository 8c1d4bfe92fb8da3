/** The blueprint as customers and partners may see it: no finding anywhere (exports with "leave the findings out"). */
import type { Blueprint } from './types';

export function withoutFindings(bp: Blueprint): Blueprint {
  const none = <T extends { findings: unknown[] }>(c: T): T => ({ ...c, findings: [] });
  return {
    ...bp,
    journeyFindings: [],
    summary: [],
    totals: { error: 0, warning: 0, info: 0, hint: 0 },
    steps: bp.steps.map((s) => ({ ...none(s), tasks: s.tasks.map(none), partners: s.partners.map(none), systems: s.systems.map(none) })),
  };
}
