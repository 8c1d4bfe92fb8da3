/**
 * Suppression comments:
 *   # journey-lens-disable-next-line <id> [<id>...]   the next line only
 *   # journey-lens-disable <id> [<id>...]             whole file; only in the
 *                                                     comment block at the top
 * Without ids a comment suppresses every check. A reason may follow ` -- `,
 * as in ESLint. A suppression that matches nothing, or a file-wide one that
 * is not at the top, is reported as `unused-suppression`.
 */
import type { LineIndex } from '../yaml/lines';
import type { RawFinding } from './sink';
import { RULES_BY_ID } from '../rules';
import { Suggester } from './suggest';
import type { Language, Texts } from '../i18n/language';
import { unusedSuppression, type UnusedSuppressionData } from '../rules/structure/unused-suppression';

interface Suppression {
  /** The line whose findings it suppresses; -1 for the whole file; -2 misplaced (suppresses nothing). */
  line: number;
  ids: { id: string; start: number; end: number; used: boolean }[];
  /** The comment's own span, for a comment without ids. */
  start: number;
  end: number;
  usedWithoutIds: boolean;
}

const DIRECTIVE = /(?:^|\s)#\s*journey-lens-(disable-next-line|disable)(?=\s|$)([^\n\r]*)/;

function scan(lines: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  let atTop = true;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const content = lines.text.slice(start, lines.lineEnd(line));
    const trimmed = content.trim();
    const isCommentLine = trimmed.startsWith('#');
    const m = DIRECTIVE.exec(content);
    if (m) {
      const kind = m[1];
      const argsAt = m.index + m[0].length - m[2].length;
      const args = m[2].split(/\s--(?:\s|$)/)[0];
      const ids = [...args.matchAll(/[^\s,]+/g)].map((t) => ({
        id: t[0], start: start + argsAt + t.index!, end: start + argsAt + t.index! + t[0].length, used: false,
      }));
      const target = kind === 'disable-next-line' ? line + 1 : atTop && isCommentLine ? -1 : -2;
      const s = start + m.index + (m[0].startsWith('#') ? 0 : 1);
      out.push({ line: target, ids, start: s, end: start + content.length, usedWithoutIds: false });
    }
    if (trimmed !== '' && !isCommentLine && trimmed !== '---') atTop = false;
  }
  return out;
}

const TEXT: Texts<{ misplaced: string; matchesNothing: string; nothingToSuppress: (id: string, fileWide: boolean) => string; moveTo: (id: string, line: number) => string; notACheck: (id: string, hint: string | undefined) => string }> = {
  en: {
    misplaced: 'A file-wide `journey-lens-disable` works only in the comments at the top of the file, before any content. Move it there, or use `journey-lens-disable-next-line` here.',
    matchesNothing: 'This suppression comment matches no finding. Remove it.',
    nothingToSuppress: (id, fileWide) => `Nothing to suppress: no '${id}' finding ${fileWide ? 'in this file' : 'on the next line'}. Remove '${id}' from the comment.`,
    moveTo: (id, line) => `The '${id}' finding this comment is meant for is on line ${line}, not on the next line. Move the comment to just above line ${line}.`,
    notACheck: (id, hint) => `'${id}' is not a Journey Lens check${hint ? ` — did you mean '${hint}'?` : '.'}`,
  },
  nl: {
    misplaced: 'Een `journey-lens-disable` voor het hele bestand werkt alleen in het commentaar bovenaan, vóór de inhoud. Zet hem daar, of gebruik hier `journey-lens-disable-next-line`.',
    matchesNothing: 'Dit onderdrukkingscommentaar past bij geen enkele bevinding. Verwijder het.',
    nothingToSuppress: (id, fileWide) => `Niets te onderdrukken: geen bevinding '${id}' ${fileWide ? 'in dit bestand' : 'op de volgende regel'}. Haal '${id}' uit het commentaar.`,
    moveTo: (id, line) => `De bevinding '${id}' waar dit commentaar voor bedoeld is, staat op regel ${line}, niet op de volgende regel. Zet het commentaar direct boven regel ${line}.`,
    notACheck: (id, hint) => `'${id}' is geen controle van Journey Lens${hint ? ` — bedoel je '${hint}'?` : '.'}`,
  },
};

/** Drops suppressed findings and adds `unused-suppression` ones. */
export function applySuppressions(findings: RawFinding[], lines: LineIndex, language: Language = 'en'): RawFinding[] {
  const t = TEXT[language];
  if (!lines.text.includes('journey-lens-disable')) return findings;
  const sups = scan(lines);
  const kept = findings.filter((f) => {
    let suppressed = false;
    for (const s of sups) {
      if (s.line === -2 || (s.line !== -1 && s.line !== f.range.start.line)) continue;
      if (s.ids.length === 0) {
        s.usedWithoutIds = true;
        suppressed = true;
      }
      for (const id of s.ids) {
        if (id.id === f.rule) {
          id.used = true;
          suppressed = true;
        }
      }
    }
    return !suppressed;
  });
  const checks = new Suggester(RULES_BY_ID.keys());
  // Built once, when a suppression is unused: where each check's unsuppressed findings are.
  let linesOf: Map<string, number[]> | undefined;
  for (const s of sups) {
    if (s.line === -2) {
      kept.push(unused(t.misplaced, s.start, s.end, lines, s));
      continue;
    }
    if (s.ids.length === 0 && !s.usedWithoutIds) {
      kept.push(unused(t.matchesNothing, s.start, s.end, lines, s));
    }
    for (const id of s.ids) {
      if (id.used) continue;
      const known = RULES_BY_ID.has(id.id);
      const hint = known ? '' : checks.suggest(id.id);
      const below = known && s.line >= 0 ? findingFurtherDown((linesOf ??= findingLines(kept)).get(id.id), s.line, lines) : undefined;
      const message = below !== undefined ? t.moveTo(id.id, below + 1) : known ? t.nothingToSuppress(id.id, s.line === -1) : t.notACheck(id.id, hint);
      kept.push(unused(message, id.start, id.end, lines, s, hint || undefined, below));
    }
  }
  return kept;
}

/** The lines of the findings of each check, in order. */
function findingLines(findings: readonly RawFinding[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const f of findings) {
    const list = out.get(f.rule);
    if (list) list.push(f.range.start.line);
    else out.set(f.rule, [f.range.start.line]);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}

/**
 * The line of an unsuppressed finding (of `at`, the check's finding lines in
 * order) further down the same YAML block as `line` (the step or item the
 * comment stands above): the comment is then misplaced, not useless, and the
 * user should move it.
 */
function findingFurtherDown(at: readonly number[] | undefined, line: number, lines: LineIndex): number | undefined {
  if (!at || line >= lines.lineCount) return undefined;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] <= line) lo = mid + 1;
    else hi = mid;
  }
  const nearest = at[lo];
  if (nearest === undefined) return undefined;
  // A line belongs to the block while it is indented deeper than the block's first line
  // (for `  - id: b` that is every key of the item, up to the next `  - `): the scan ends with the block.
  const leading = (l: number) => /^[ ]*/.exec(lines.text.slice(lines.lineStart(l), lines.lineEnd(l)))![0].length;
  const blockIndent = leading(line);
  for (let l = line + 1; l <= nearest; l++) {
    const content = lines.text.slice(lines.lineStart(l), lines.lineEnd(l)).trim();
    if (content === '' || content.startsWith('#')) continue;
    if (leading(l) <= blockIndent) return undefined;
  }
  return nearest;
}

function unused(message: string, start: number, end: number, lines: LineIndex, s: Suppression, suggestion?: string, line?: number): RawFinding {
  // One list of spans per comment, shared by its findings: a comment naming 200,000 ids has as many findings.
  const data: UnusedSuppressionData = {
    comment: { start: s.start, end: s.end },
    ids: s.ids,
    ...(suggestion ? { suggestion } : {}),
    ...(line !== undefined ? { line } : {}),
  };
  return { rule: unusedSuppression.id, message, range: lines.range(start, end), related: [], data };
}
