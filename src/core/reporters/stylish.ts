/**
 * `--format stylish`: findings grouped per file, `line:col severity message
 * rule` in aligned columns, and a summary; colours only when asked (a TTY).
 */
import type { Language } from '../language';
import type { Severity } from '../types';
import { SUMMARY } from './summary-texts';
import { countBySeverity, severityParts } from './text';
import type { FileResult } from './types';

const COLOURS: Record<Severity | 'bold' | 'dim' | 'underline', [number, number]> = {
  error: [31, 39], warning: [33, 39], info: [36, 39], hint: [90, 39], bold: [1, 22], dim: [2, 22], underline: [4, 24],
};

export function formatStylish(results: readonly FileResult[], colour: boolean, language: Language = 'en'): string {
  const paint = (style: keyof typeof COLOURS, s: string) => (colour ? `\u001b[${COLOURS[style][0]}m${s}\u001b[${COLOURS[style][1]}m` : s);
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push('', paint('underline', r.path));
    const rows = r.findings.map((f) => [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, f.message, f.rule] as const);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, rule] of rows) {
      out.push(`  ${paint('dim', pos.padEnd(w0))}  ${paint(sev, sev.padEnd(w1))}  ${msg}  ${paint('dim', rule)}`);
    }
  }
  const c = countBySeverity(results);
  const total = c.error + c.warning + c.info + c.hint;
  if (total === 0) return SUMMARY[language].clean(results.length);
  const mark = c.error > 0 ? paint('error', '✖') : paint('warning', '⚠');
  out.push('', paint('bold', `${mark} ${SUMMARY[language].problems(total, severityParts(c, language), results.length)}`));
  return out.join('\n').replace(/^\n/, '');
}
