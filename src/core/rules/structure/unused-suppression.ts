/**
 * `unused-suppression`: found when the suppressions are applied
 * (engine/suppressions.ts), after every other check. Its fixes remove the
 * id, change it to the check meant, or move a misplaced comment.
 */
import { commentAbove, type EditableDoc, type TextEdit } from '../../fixes/edits';
import { FIX_TEXT, type Fix } from '../../fixes/fix';
import type { Texts } from '../../i18n/language';
import type { PipelineRule } from '../rule';

interface Span {
  start: number;
  end: number;
}

/** The comment as the suppressions' scanner read it, and what the fixes offer. */
export interface UnusedSuppressionData {
  /** The comment, from its `#` to the end of its line (reason included). */
  comment: Span;
  /** Every id the comment names. */
  ids: readonly Span[];
  /** The check the id was most probably meant to name. */
  suggestion?: string;
  /** The line (from 0) that a misplaced `disable-next-line` is meant for. */
  line?: number;
}

const TEXT: Texts<{ remove: string; moveTo: (line: number) => string }> = {
  en: { remove: 'Remove the unused suppression', moveTo: (line) => `Move the suppression to just above line ${line}` },
  nl: { remove: 'De ongebruikte onderdrukking verwijderen', moveTo: (line) => `De onderdrukking direct boven regel ${line} zetten` },
};

export const unusedSuppression: PipelineRule<UnusedSuppressionData> = {
  id: 'unused-suppression',
  defaultSeverity: 'hint',
  description: {
    en: 'A journey-lens-disable comment suppresses nothing: remove it so it does not hide a future finding.',
    nl: 'Een journey-lens-disable-opmerking onderdrukt niets: haal haar weg, zodat ze geen toekomstige bevinding verbergt.',
  },
  madeBy: 'engine/suppressions.ts (applySuppressions)',
  fixes(data, { finding, doc: d, language }) {
    if (!data) return [];
    const start = d.lines.offsetAt(finding.range.start);
    const end = d.lines.offsetAt(finding.range.end);
    const fixes: Fix[] = [
      ...(data.line !== undefined ? moveSuppression(d, data, start, end, data.line, TEXT[language].moveTo) : []),
      ...(data.suggestion ? [{ title: FIX_TEXT[language].changeTo(data.suggestion), edits: [{ start, end, newText: data.suggestion }], snippet: false }] : []),
      { title: TEXT[language].remove, edits: [removal(d, data, start)], snippet: false },
    ];
    // One preferred fix, the first (moving or correcting the comment keeps what it was for): with two, auto-fix picks neither.
    fixes[0].preferred = true;
    return fixes;
  },
};

/**
 * The id out of the comment, with the separator that joins it to the next
 * id (or to the one before, for the last); the whole comment when the id is
 * its only one, or the finding is the comment: a comment left without ids
 * would suppress every check on its line.
 */
function removal(d: EditableDoc, data: UnusedSuppressionData, idStart: number): TextEdit {
  const i = data.ids.findIndex((id) => id.start === idStart);
  if (i >= 0 && data.ids.length > 1) {
    const [from, to] = i < data.ids.length - 1 ? [data.ids[i].start, data.ids[i + 1].start] : [data.ids[i - 1].end, data.ids[i].end];
    return { start: from, end: to, newText: '' };
  }
  const line = d.lines.positionAt(data.comment.start).line;
  const lineStart = d.lines.lineStart(line);
  const before = d.text.slice(lineStart, data.comment.start);
  // Alone on its line: the line goes; after a value: the comment and the spaces before it.
  if (before.trim() === '') return { start: lineStart, end: line + 1 < d.lines.lineCount ? d.lines.lineStart(line + 1) : d.text.length, newText: '' };
  return { start: lineStart + before.trimEnd().length, end: data.comment.end, newText: '' };
}

/**
 * A `disable-next-line` comment one or more lines above the finding it is
 * meant for: the comment moves to just above that line (reason and all) when
 * it names only this check; otherwise this check leaves it for a comment of
 * its own there.
 */
function moveSuppression(d: EditableDoc, data: UnusedSuppressionData, idStart: number, idEnd: number, target: number, title: (line: number) => string): Fix[] {
  if (target >= d.lines.lineCount) return [];
  const only = data.ids.length === 1;
  const text = only ? d.text.slice(data.comment.start + 1, data.comment.end).trimStart() : `journey-lens-disable-next-line ${d.text.slice(idStart, idEnd)}`;
  const above = commentAbove(d, d.lines.lineStart(target), text);
  return [{ title: title(target + 1), edits: [removal(d, data, idStart), above], snippet: false }];
}
