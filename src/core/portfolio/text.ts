/**
 * The report's words, shared by the Markdown and HTML renderers so both say
 * the same thing the same way. Plain text only: each renderer escapes it.
 */
import { SEVERITIES, type Severity } from '../types';
import { label } from './handoffs';
import type { ActorRef, ChannelGapRow, FallbackGapStep, JourneyRow, Portfolio, SeverityCounts, StepRef } from './types';

export const TITLE = 'Journey portfolio';

export interface Section {
  id: string;
  title: string;
  /** One sentence on why the table matters. */
  why: string;
  /** What the report says when the table is empty. */
  none: string;
}

export const SECTIONS = {
  journeys: {
    id: 'journeys',
    title: 'Journeys',
    why: 'Who owns each journey, when it is due for review, and what the checks found in it.',
    none: 'No journeys found.',
  },
  partners: {
    id: 'partners',
    title: 'Partners the journeys depend on',
    why: 'Suppliers and chain partners decide whether promises to customers are kept. Without an agreement nothing binds them; without a fallback nobody knows what happens when they fail.',
    none: 'No step depends on a partner.',
  },
  handoffs: {
    id: 'handoffs',
    title: 'Handoffs between teams and partners',
    why: 'How often work passes between two teams or partners, in each direction. Pairs that hand work both ways are candidates to merge the work or to redesign the process; unclear handoffs do not say what the receiver needs or by when.',
    none: 'No work passes between teams or partners.',
  },
  channels: {
    id: 'channels',
    title: 'Self-service steps without a human fallback',
    why: 'A customer who gets stuck on these channels cannot reach a person. Steps a journey accepts on purpose (the check is suppressed there) are listed but marked.',
    none: 'Every self-service step has a human fallback.',
  },
  otherFiles: {
    id: 'catalogs',
    title: 'Catalogs with findings',
    why: 'Every journey that uses these catalogs inherits their problems.',
    none: 'No catalog has findings.',
  },
} satisfies Record<string, Section>;

export const SEVERITY_HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Infos', hint: 'Hints' };

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 errors and 13 warnings" — only the severities that occur; "no findings" otherwise. */
export function countsPhrase(c: SeverityCounts): string {
  const parts = SEVERITIES.filter((s) => c[s] > 0).map((s) => plural(c[s], s));
  return parts.length > 0 ? listPhrase(parts) : 'no findings';
}

export function journeyName(row: JourneyRow): string {
  return row.title || row.path;
}

export type Tone = 'bad' | 'warn' | 'ok' | 'muted';

/** The review cell: the due date, and whether it has passed. */
export function reviewStatus(row: JourneyRow): { text: string; tone: Tone } {
  if (!row.reviewed) return { text: 'no review date', tone: 'warn' };
  if (!row.reviewDue) return { text: `cannot read '${row.reviewed}' or '${row.reviewEvery}'`, tone: 'warn' };
  return row.reviewOverdue ? { text: `overdue since ${row.reviewDue}`, tone: 'bad' } : { text: `due ${row.reviewDue}`, tone: 'ok' };
}

export function actorKind(a: ActorRef): string {
  return a.kind === 'unknown' ? 'not declared' : a.kind;
}

export { label as actorLabel };

export function channelLabel(c: ChannelGapRow): string {
  const name = c.name ?? c.id;
  return c.kind && c.kind !== name ? `${name} (${c.kind})` : name;
}

export function gapStatus(s: FallbackGapStep): string {
  const what = s.problem === 'missing'
    ? 'no fallback'
    : `fallback ${s.fallback.map((f) => `'${f}'`).join(', ')} has no person behind it`;
  return s.accepted ? `${what} — accepted in the journey` : what;
}

export interface JourneySteps {
  path: string;
  journey: string;
  steps: StepRef[];
}

/** Steps grouped per journey, in the order they come. */
export function byJourney(refs: readonly StepRef[]): JourneySteps[] {
  const out = new Map<string, JourneySteps>();
  for (const r of refs) {
    const g = out.get(r.path) ?? { path: r.path, journey: r.journey, steps: [] };
    g.steps.push(r);
    out.set(r.path, g);
  }
  return [...out.values()];
}

/** Long lists of journeys are cut here in the tables; the JSON output has them all. */
export const MAX_LISTED_JOURNEYS = 5;

export function moreJourneys(total: number): string | undefined {
  const more = total - MAX_LISTED_JOURNEYS;
  return more > 0 ? `and ${plural(more, 'more journey', 'more journeys')}` : undefined;
}

/** The key figures at the top of the report: "1 of 6 partners without an agreement". */
export interface KeyFigure {
  value: number;
  /** What the value is counted out of, when that matters. */
  total?: number;
  /** The noun phrase, already in the right number for `total` (or `value`). */
  what: string;
  note?: string;
  tone: Tone;
  section: string;
}

export function keyFigures(p: Portfolio): KeyFigure[] {
  const t = p.totals;
  const tone = (n: number, bad: Tone = 'warn'): Tone => (n > 0 ? bad : 'ok');
  const noun = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const others = SEVERITIES.filter((s) => s !== 'error' && t.findings[s] > 0).map((s) => plural(t.findings[s], s));
  return [
    {
      value: t.reviewsOverdue, total: t.journeys, what: noun(t.journeys, 'journey overdue for review', 'journeys overdue for review'),
      note: t.reviewsUnknown > 0 ? `${t.reviewsUnknown} without a review date` : undefined,
      tone: tone(t.reviewsOverdue, 'bad'), section: SECTIONS.journeys.id,
    },
    {
      value: t.findings.error, what: noun(t.findings.error, 'error', 'errors'),
      note: others.length > 0 ? `also ${listPhrase(others)}` : undefined,
      tone: tone(t.findings.error, 'bad'), section: SECTIONS.journeys.id,
    },
    {
      value: t.partnersWithoutAgreement, total: t.partners, what: noun(t.partners, 'partner without an agreement', 'partners without an agreement'),
      tone: tone(t.partnersWithoutAgreement), section: SECTIONS.partners.id,
    },
    {
      value: t.partnersWithoutFallback, total: t.partners, what: noun(t.partners, 'partner without a fallback', 'partners without a fallback'),
      tone: tone(t.partnersWithoutFallback), section: SECTIONS.partners.id,
    },
    {
      value: t.bothWayPairs, total: t.handoffPairs,
      what: noun(t.handoffPairs, 'pair of teams or partners handing work both ways', 'pairs of teams or partners handing work both ways'),
      tone: tone(t.bothWayPairs), section: SECTIONS.handoffs.id,
    },
    {
      value: t.unclearHandoffs, total: t.handoffs, what: noun(t.handoffs, 'handoff unclear', 'handoffs unclear'),
      tone: tone(t.unclearHandoffs), section: SECTIONS.handoffs.id,
    },
    {
      value: t.stepsWithoutHumanFallback, what: noun(t.stepsWithoutHumanFallback, 'self-service step without a human fallback', 'self-service steps without a human fallback'),
      note: t.acceptedWithoutHumanFallback > 0 ? `${t.acceptedWithoutHumanFallback} more accepted on purpose` : undefined,
      tone: tone(t.stepsWithoutHumanFallback), section: SECTIONS.channels.id,
    },
  ];
}

/** "a, b and c" */
export function listPhrase(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What the report covers, in two short sentences. */
export function coverage(p: Portfolio): string {
  const t = p.totals;
  return `${plural(t.journeys, 'journey')} with ${plural(t.steps, 'step')}; the checks found ${countsPhrase(t.findings)}. Reviews are compared with ${p.today}.`;
}
