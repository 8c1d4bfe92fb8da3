/**
 * `unused-suppression`: found when the suppressions are applied
 * (engine/suppressions.ts), after every other check. Its fixes remove the
 * id, change it to the check meant, or move a misplaced comment.
 */
import { commentAbove, type EditableDoc, type TextEdit } from '../../fixes/edits';
import { FIX_TEXT, type Fix } from '../../fixes/fix';
import type { Texts } from '../../i18n/language';
import type { PipelineRule } from '../rule';

export interface UnusedSuppressionData {
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
    const start = d.lines.offsetAt(finding.range.start);
    const end = d.lines.offsetAt(finding.range.end);
    const fixes: Fix[] = [
      ...(data?.line !== undefined ? moveSuppression(d, start, end, data.line, TEXT[language].moveTo) : []),
      ...(data?.suggestion ? [{ title: FIX_TEXT[language].changeTo(data.suggestion), edits: [{ start, end, newText: data.suggestion }], snippet: false }] : []),
      { title: TEXT[language].remove, edits: [removal(d, start, end)], snippet: false },
    ];
    // One preferred fix, the first (moving or correcting the comment keeps what it was for): with two, auto-fix picks neither.
    fixes[0].preferred = true;
    return fixes;
  },
};

/**
 * The id out of the comment (with the space before it); the whole comment
 * when the id is its only one, or it has none: a comment left without ids
 * would suppress every check on its line.
 */
function removal(d: EditableDoc, start: number, end: number): TextEdit {
  const line = d.lines.positionAt(start).line;
  const lineStart = d.lines.lineStart(line);
  const content = d.text.slice(lineStart, d.lines.lineEnd(line));
  const hash = content.search(/#\s*journey-lens-disable/);
  const directive = /journey-lens-disable(?:-next-line)?/.exec(content.slice(hash));
  const args = directive ? content.slice(hash + directive.index + directive[0].length).split(/\s--(?:\s|$)/)[0] : '';
  const others = [...args.matchAll(/[^\s,]+/g)].filter((m) => lineStart + hash + (directive?.index ?? 0) + (directive?.[0].length ?? 0) + m.index !== start);
  if (hash < 0 || others.length > 0) return { start: d.text[start - 1] === ' ' ? start - 1 : start, end, newText: '' };
  // The comment alone on its line: the line goes; after a value: the comment and the spaces before it.
  if (content.slice(0, hash).trim() === '') {
    return { start: lineStart, end: line + 1 < d.lines.lineCount ? d.lines.lineStart(line + 1) : d.text.length, newText: '' };
  }
  return { start: lineStart + content.slice(0, hash).trimEnd().length, end: lineStart + content.length, newText: '' };
}

/**
 * A `disable-next-line` comment one or more lines above the finding it is
 * meant for: the comment moves to just above that line (reason and all) when
 * it names only this check; otherwise this check leaves it for a comment of
 * its own there.
 */
function moveSuppression(d: EditableDoc, idStart: number, idEnd: number, target: number, title: (line: number) => string): Fix[] {
  if (target >= d.lines.lineCount) return [];
  const line = d.lines.positionAt(idStart).line;
  const lineStart = d.lines.lineStart(line);
  const content = d.text.slice(lineStart, d.lines.lineEnd(line));
  const hash = content.indexOf('#');
  const id = d.text.slice(idStart, idEnd);
  const args = content.slice(content.indexOf('disable-next-line') + 'disable-next-line'.length).split(/\s--(?:\s|$)/)[0];
  const alone = hash >= 0 && content.slice(0, hash).trim() === '' && args.trim() === id;
  const above = commentAbove(d, d.lines.lineStart(target), alone ? content.slice(hash + 1).trimStart() : `journey-lens-disable-next-line ${id}`);
  const next = line + 1 < d.lines.lineCount ? d.lines.lineStart(line + 1) : d.text.length;
  const remove: TextEdit = alone ? { start: lineStart, end: next, newText: '' } : { start: d.text[idStart - 1] === ' ' ? idStart - 1 : idStart, end: idEnd, newText: '' };
  return [{ title: title(target + 1), edits: [remove, above], snippet: false }];
}
