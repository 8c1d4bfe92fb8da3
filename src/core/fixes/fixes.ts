/**
 * The quick fixes of one finding: those of its check (each rule module owns
 * its fixes, see rules/rule.ts), then "suppress" for every finding.
 */
import type { Analysis } from '../engine/check';
import type { Finding } from '../engine/types';
import type { Texts } from '../i18n/language';
import { RULES_BY_ID } from '../rules';
import { commentAbove, type EditableDoc } from './edits';
import type { Fix } from './fix';

export type { Fix, PlacedEdit } from './fix';

const TEXT: Texts<(rule: string) => string> = {
  en: (rule) => `Suppress '${rule}' on this line`,
  nl: (rule) => `'${rule}' op deze regel onderdrukken`,
};

/** Quick fixes for one finding, plus "suppress" for every finding but an unused suppression. */
export function fixesFor(finding: Finding, analysis: Analysis): Fix[] {
  const doc: EditableDoc = { text: analysis.parsed.text, doc: analysis.parsed.doc, lines: analysis.parsed.lines };
  const language = analysis.language;
  const rule = RULES_BY_ID.get(finding.rule);
  // A check's finding without a path (the check failed on this file) has no place for its fixes.
  const placed = finding.path !== undefined || (rule !== undefined && 'madeBy' in rule);
  const specific = (placed && rule?.fixes?.(finding.data, { finding, analysis, doc, path: finding.path ?? [], language })) || [];
  const suppress: Fix[] = finding.rule === 'unused-suppression' ? [] : [{
    title: TEXT[language](finding.rule),
    edits: [commentAbove(doc, doc.lines.offsetAt(finding.range.start), `journey-lens-disable-next-line ${finding.rule}`)],
    snippet: false,
  }];
  return [...specific, ...suppress];
}

/** The text a snippet inserts when the user accepts every placeholder as is. */
export function plainText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}
