/**
 * At most MAX_FINDINGS_PER_FILE findings of one file, and one closing
 * finding for the rest: how many more, of which checks. The closing finding
 * has the highest severity among those it stands for, so that the exit code
 * and --max-warnings judge the file as they would without the cap.
 */
import { counted, type Language, type Texts } from '../i18n/language';
import { MAX_FINDINGS_PER_FILE } from './limits';
import { severityCounts } from '../i18n/severity-words';
import { SEVERITIES, type Finding, type Severity } from './types';

const TEXT: Texts<(more: number, severities: string, checks: string) => string> = {
  en: (more, severities, checks) => `${counted(more, 'more finding', 'more findings')} in this file (${severities}; ${checks}) are not shown: fix the ones above first, then check again.`,
  nl: (more, severities, checks) => `${counted(more, 'bevinding', 'bevindingen')} meer in dit bestand (${severities}; ${checks}) ${more === 1 ? 'wordt' : 'worden'} niet getoond: los eerst de bevindingen hierboven op en controleer dan opnieuw.`,
};

/** Checks named in the closing finding; more would make it a list of its own. */
const CHECKS_NAMED = 5;

export function capFindings(findings: readonly Finding[], language: Language, max = MAX_FINDINGS_PER_FILE): Finding[] {
  if (findings.length <= max) return [...findings];
  const shown = findings.slice(0, max);
  const rest = findings.slice(max);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const byRule = new Map<string, number>();
  for (const f of rest) {
    bySeverity[f.severity]++;
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  }
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const named = rules.slice(0, CHECKS_NAMED).map(([rule, n]) => `${n} ${rule}`);
  if (rules.length > CHECKS_NAMED) named.push('…');
  const first = rest[0];
  // Under the most frequent check of the rest, so that its page explains most of them.
  const rule = rules[0][0];
  const severity = SEVERITIES.find((s) => bySeverity[s] > 0) ?? first.severity;
  shown.push({
    rule, severity, range: first.range, related: [], docsUrl: rest.find((f) => f.rule === rule)!.docsUrl,
    message: TEXT[language](rest.length, severityCounts(bySeverity, language).join(', '), named.join(', ')),
  });
  return shown;
}
