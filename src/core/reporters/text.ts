/**
 * `--format text`: one line per finding, `file:line:col severity message [rule]`,
 * 1-based like compilers print them, an indented "see" line per related
 * location, and a summary line. Lines are produced one by one, so that a
 * file with a hundred thousand findings is written without one giant string.
 */
import type { Language } from '../i18n/language';
import type { Severity } from '../engine/types';
import { severityCounts } from '../i18n/severity-words';
import { escapeControls as esc } from './escape';
import { relatedLines } from './related';
import { SUMMARY } from './summary-texts';
import type { FileResult, ShowPath } from './types';

/** `unread`: files and folders that could not be read (named on stderr); the summary says so. */
export function* formatText(results: readonly FileResult[], language: Language = 'en', showPath: ShowPath = (p) => p, unread = 0): Generator<string> {
  for (const r of results) {
    for (const f of r.findings) {
      yield `${esc(r.path)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${esc(f.message)} [${esc(f.rule)}]`;
      yield* relatedLines(f, '  ', language, showPath);
    }
  }
  yield summary(results, language, unread);
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

export function summary(results: readonly FileResult[], language: Language = 'en', unread = 0): string {
  const c = countBySeverity(results);
  const total = c.error + c.warning + c.info + c.hint;
  const t = SUMMARY[language];
  if (unread > 0) return `${total === 0 ? t.nothingFound(results.length) : t.checked(results.length, total, severityParts(c, language))} ${t.unread(unread)}`;
  return total === 0 ? t.clean(results.length) : t.checked(results.length, total, severityParts(c, language));
}
