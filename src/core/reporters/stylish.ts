/**
 * `--format stylish`: findings grouped per file, `line:col severity message
 * rule` in aligned columns, "see" lines for related locations, and a summary;
 * colours only when asked (a TTY). Lines are produced one by one.
 */
import type { Language } from '../i18n/language';
import type { Severity } from '../engine/types';
import { escapeControls as esc } from './escape';
import { relatedLines } from './related';
import { SUMMARY } from './summary-texts';
import { countBySeverity, severityParts } from './text';
import type { FileResult, ShowPath } from './types';

const COLOURS: Record<Severity | 'bold' | 'dim' | 'underline', [number, number]> = {
  error: [31, 39], warning: [33, 39], info: [36, 39], hint: [90, 39], bold: [1, 22], dim: [2, 22], underline: [4, 24],
};

const position = (f: { range: { start: { line: number; character: number } } }) => `${f.range.start.line + 1}:${f.range.start.character + 1}`;

/** `unread`: files and folders that could not be read (named on stderr); the summary says so. */
export function* formatStylish(results: readonly FileResult[], colour: boolean, language: Language = 'en', showPath: ShowPath = (p) => p, unread = 0): Generator<string> {
  const paint = (style: keyof typeof COLOURS, s: string) => (colour ? `\u001b[${COLOURS[style][0]}m${s}\u001b[${COLOURS[style][1]}m` : s);
  let first = true;
  for (const r of results) {
    if (r.findings.length === 0) continue;
    if (!first) yield '';
    first = false;
    yield paint('underline', esc(r.path));
    // A loop, not Math.max(...rows): spreading 130,000 arguments overflows the stack.
    let w0 = 0;
    let w1 = 0;
    for (const f of r.findings) {
      w0 = Math.max(w0, position(f).length);
      w1 = Math.max(w1, f.severity.length);
    }
    for (const f of r.findings) {
      yield `  ${paint('dim', position(f).padEnd(w0))}  ${paint(f.severity, f.severity.padEnd(w1))}  ${esc(f.message)}  ${paint('dim', esc(f.rule))}`;
      yield* relatedLines(f, ' '.repeat(w0 + 4), language, showPath);
    }
  }
  const c = countBySeverity(results);
  const total = c.error + c.warning + c.info + c.hint;
  const t = SUMMARY[language];
  if (total === 0) {
    yield unread > 0 ? `${t.nothingFound(results.length)} ${t.unread(unread)}` : t.clean(results.length);
    return;
  }
  const mark = c.error > 0 ? paint('error', '✖') : paint('warning', '⚠');
  yield '';
  yield paint('bold', `${mark} ${t.problems(total, severityParts(c, language), results.length)}`);
  if (unread > 0) yield t.unread(unread);
}
