/**
 * `--format text`: one line per finding, `file:line:col severity message [rule]`,
 * 1-based like compilers print them, and a summary line.
 */
import type { Language } from '../language';
import type { Severity } from '../types';
import { severityCounts } from '../severity-words';
import { SUMMARY } from './summary-texts';
import type { FileResult } from './types';

export function formatText(results: readonly FileResult[], language: Language = 'en'): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      lines.push(`${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.rule}]`);
    }
  }
  lines.push(summary(results, language));
  return lines.join('\n');
}

export function countBySeverity(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

/** "1 error, 4 warnings": the severities that occur, in order. */
export function severityParts(c: Record<Severity, number>, language: Language): string {
  return severityCounts(c, language).join(', ');
}

export function summary(results: readonly FileResult[], language: Language = 'en'): string {
  const c = countBySeverity(results);
  const total = c.error + c.warning + c.info + c.hint;
  if (total === 0) return SUMMARY[language].clean(results.length);
  return SUMMARY[language].checked(results.length, total, severityParts(c, language));
}
