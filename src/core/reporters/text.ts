/**
 * `--format text`: one line per finding, `file:line:col severity message [rule]`,
 * 1-based like compilers print them, and a summary line.
 */
import type { Severity } from '../types';
import type { FileResult } from './types';

export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      lines.push(`${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.rule}]`);
    }
  }
  lines.push(summary(results));
  return lines.join('\n');
}

export function countBySeverity(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

export function summary(results: readonly FileResult[]): string {
  const c = countBySeverity(results);
  const total = c.error + c.warning + c.info + c.hint;
  const files = `${results.length} file${results.length === 1 ? '' : 's'} checked`;
  if (total === 0) return `${files}, no problems found.`;
  const parts = (['error', 'warning', 'info', 'hint'] as const).filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}${c[s] === 1 ? '' : 's'}`);
  return `${files}: ${total} finding${total === 1 ? '' : 's'} (${parts.join(', ')}).`;
}
