/**
 * The hover on an `observed` pattern: which activities of the log it
 * matches, with their numbers of cases (most first, at most ten, then "and N
 * more"), or that it matches none. Plain text pieces: the editor shows every
 * log name as text, never as markdown.
 */
import type { Analysis } from '../../engine/check';
import { compareCodePoints } from '../../engine/code-point-order';
import type { Language, Texts } from '../../i18n/language';
import { spanOf, type Span } from '../../yaml/locate';
import { casesText } from '../../rules/evidence/words';
import { compilePattern } from '../pattern';
import { DEFAULT_THRESHOLDS, type DesignPattern, type EvidenceOutcome } from '../types';
import { displayName } from './yaml-text';

/** evidence.md does not bound the list; ten names keep a hover readable. */
const MAX_HOVER_ACTIVITIES = 10;

export interface PatternHover {
  /** "Observed pattern", the heading. */
  heading: string;
  /** The pattern as written, displayable (displayName). */
  pattern: string;
  /** "Matches 3 activities in the log:", or that it matches none. */
  summary: string;
  /** "name — 412 cases", most cases first. */
  items: string[];
  /** "and 4 more", when the list was cut. */
  more?: string;
}

const TEXT: Texts<{ heading: string; matches: (n: number) => string; none: string; more: (n: number) => string }> = {
  en: {
    heading: 'Observed pattern',
    matches: (n) => `Matches ${n === 1 ? '1 activity' : `${n} activities`} in the log:`,
    none: 'Matches no activity in the log.',
    more: (n) => `and ${n} more`,
  },
  nl: {
    heading: 'Observed-patroon',
    matches: (n) => `Past bij ${n === 1 ? '1 activiteit' : `${n} activiteiten`} in het log:`,
    none: 'Past bij geen enkele activiteit in het log.',
    more: (n) => `en nog ${n}`,
  },
};

/** The `observed` pattern (of a step or a task) whose text holds the offset. */
export function observedPatternAt(a: Analysis, offset: number): (DesignPattern & { span: Span }) | undefined {
  for (const step of a.journey?.steps ?? []) {
    for (const p of [...step.observed, ...step.process.flatMap((t) => t.observed)]) {
      const span = spanOf(a.parsed.doc, p.path);
      if (offset >= span.start && offset <= span.end) return { ...p, span };
    }
  }
  return undefined;
}

/** What the log says about a pattern; undefined when the log has not been read (or could not be). */
export function patternHover(pattern: string, outcome: EvidenceOutcome | undefined, language: Language = 'en', minCases = DEFAULT_THRESHOLDS.minCases): PatternHover | undefined {
  if (!outcome?.ok) return undefined;
  const t = TEXT[language];
  const matches = compilePattern(pattern);
  const matched = [...outcome.details.activityCases].filter(([name]) => matches(name))
    .sort((x, y) => y[1] - x[1] || compareCodePoints(x[0], y[0]));
  const shown = matched.slice(0, MAX_HOVER_ACTIVITIES);
  return {
    heading: t.heading,
    pattern: displayName(pattern),
    summary: matched.length === 0 ? t.none : t.matches(matched.length),
    items: shown.map(([name, cases]) => `${displayName(name)} — ${casesText(cases, minCases, language)}`),
    ...(matched.length > shown.length ? { more: t.more(matched.length - shown.length) } : {}),
  };
}

/** The hover as plain text lines, as the tests and a plain-text client read it. */
export function hoverText(h: PatternHover): string {
  return [`${h.heading}: ${h.pattern}`, h.summary, ...h.items.map((i) => `- ${i}`), ...(h.more ? [h.more] : [])].join('\n');
}
