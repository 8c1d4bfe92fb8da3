import { compilePattern } from '../../evidence/pattern';
import type { DesignPattern } from '../../evidence/types';
import type { Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { editDistance, nearest } from '../../engine/suggest';
import { compareCodePoints } from '../../engine/code-point-order';
import { usable } from './context';
import { unknownActivityFixes, type UnknownActivityData } from '../../evidence/authoring/fixes';

const TEXT: Texts<{ unknown: (pattern: string, suggestion: string | undefined) => string }> = {
  en: {
    unknown: (pattern, suggestion) => `No activity in the log matches '${pattern}', so this is never seen happening.${suggestion ? ` The nearest activity in the log is '${suggestion}'.` : ''} Correct the pattern (a whole name, case-sensitive; * and ? as wildcards).`,
  },
  nl: {
    unknown: (pattern, suggestion) => `Geen activiteit in het log past bij '${pattern}', dus dit wordt nooit gezien.${suggestion ? ` De dichtstbijzijnde activiteit in het log is '${suggestion}'.` : ''} Verbeter het patroon (een hele naam, hoofdlettergevoelig; * en ? als jokers).`,
  },
};

/** The log's activity closest to a pattern: the suggester's near miss, else the least edit distance (ties by code point). */
function nearestActivity(pattern: string, activities: readonly string[]): string | undefined {
  const near = nearest(pattern, activities);
  if (near !== undefined) return near;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const a of activities) {
    const d = editDistance(pattern, a);
    if (d < bestDistance || (d === bestDistance && best !== undefined && compareCodePoints(a, best) < 0)) {
      best = a;
      bestDistance = d;
    }
  }
  return best;
}

/** An `observed` pattern that matches no counted event's activity: a typo, or a step that never happens. */
export const evidenceUnknownActivity: Rule<UnknownActivityData> = {
  id: 'evidence-unknown-activity',
  defaultSeverity: 'warning',
  description: {
    en: 'An observed pattern matches no activity in the log: the step or task is never seen, often because of a typo.',
    nl: 'Een observed-patroon past bij geen enkele activiteit in het log: de stap of taak wordt nooit gezien, vaak door een tikfout.',
  },
  check(ctx) {
    const ev = usable(ctx);
    if (!ev) return;
    const activities = [...ev.details.activityCases.keys()];
    const patterns: DesignPattern[] = ctx.journey.steps.flatMap((s) => [...s.observed, ...s.process.flatMap((t) => t.observed)]);
    for (const p of patterns) {
      const matches = compilePattern(p.pattern);
      if (activities.some(matches)) continue;
      const suggestion = nearestActivity(p.pattern, activities);
      ctx.report({
        path: p.path,
        message: TEXT[ctx.options.language].unknown(p.pattern, suggestion),
        ...(suggestion !== undefined ? { data: { suggestion } } : {}),
      });
    }
  },
  // Written with the log's authoring tools (evidence/authoring), which know the patterns' forms.
  fixes: unknownActivityFixes,
};
