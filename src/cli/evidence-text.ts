/**
 * The `evidence` command's text: a small table per step, the transitions
 * (designed or not), the handoffs slowest first, the top variants and the
 * unmapped activities. A figure computed from fewer than `min-cases` cases
 * reads "fewer than N cases" (evidence.md, What may be shown); case ids
 * appear only in the examples section that --examples asks for. Lines are
 * returned raw: the caller escapes control characters in each.
 */
import { type EvidenceFigures, type HandoffFigures, type Language, type PromiseFigures, type StepFigures, type Texts, wholeNumber } from '../core';

export interface EvidenceTextInput {
  title?: string;
  journey: string;
  log: string;
  figures: EvidenceFigures;
  minCases: number;
  /** Per step id, the label of each task in its process (its team, else its number). */
  tasks: ReadonlyMap<string, readonly string[]>;
  examples?: Iterable<[string, string[]]>;
  /** Ids of steps with no `observed` pattern (their own or their tasks'): the log cannot show them. */
  unobserved?: ReadonlySet<string>;
}

interface Words {
  heading: (title: string | undefined, journey: string) => string;
  log: (log: string, e: EvidenceFigures['events'], cases: number, mapped: number) => string;
  fewer: (n: number) => string;
  cases: (n: number) => string;
  steps: string;
  visits: (n: number) => string;
  repeat: string;
  pingpong: string;
  promise: (p: PromiseFigures) => string;
  kept: (share: string, measured: number) => string;
  open: string;
  median: string;
  percentile: (p: number) => string;
  notVisited: string;
  unobserved: string;
  transitions: string;
  designed: string;
  undesigned: string;
  handoffs: (p: number) => string;
  handoff: (step: string, from: string, to: string, within: string, clock: string) => string;
  over: string;
  variants: (shown: number) => string;
  unmapped: string;
  events: (n: number) => string;
  none: string;
  examples: string;
  clock: (c: 'working' | 'calendar') => string;
  number: (n: number, digits: number) => string;
  hours: (h: number) => string;
}

const en: Words = {
  heading: (title, journey) => `Evidence for ${title ? `${title} (${journey})` : journey}`,
  log: (log, e, cases, mapped) => `Log ${log}: ${fmt(e.read)} events read, ${fmt(e.counted)} counted, ${fmt(e.skipped)} skipped; ${fmt(cases)} cases, ${fmt(mapped)} with an event on a step.`,
  fewer: (n) => `fewer than ${n} cases`,
  cases: (n) => `${fmt(n)} ${n === 1 ? 'case' : 'cases'}`,
  steps: 'Steps',
  visits: (n) => `${fmt(n)} ${n === 1 ? 'visit' : 'visits'}`,
  repeat: 'repeated',
  pingpong: 'ping-pong',
  promise: (p) => `promise within ${p.within}`,
  kept: (share, measured) => `kept in ${share} of ${fmt(measured)} measured`,
  open: 'open (no end yet)',
  median: 'median',
  percentile: (p) => `${ordinal(p)} percentile`,
  notVisited: 'no case visits this step',
  unobserved: 'no `observed` here or on its tasks: the log cannot show this step',
  transitions: 'Transitions',
  designed: 'designed',
  undesigned: 'NOT designed',
  handoffs: (p) => `Handoffs, slowest first (by the ${ordinal(p)} percentile)`,
  handoff: (step, from, to, within, clock) => `${step}: ${from} → ${to}, within ${within} (${clock})`,
  over: 'over',
  variants: (n) => `Top ${n} variants (paths through the steps)`,
  unmapped: 'Activities on no step (unmapped)',
  events: (n) => `${fmt(n)} ${n === 1 ? 'event' : 'events'}`,
  none: 'none',
  examples: 'Example cases (--examples)',
  clock: (c) => (c === 'working' ? 'working time' : 'calendar time'),
  number: (n, d) => n.toFixed(d),
  hours: (h) => `${h.toFixed(1)} h`,
};

const nl: Words = {
  heading: (title, journey) => `Evidence voor ${title ? `${title} (${journey})` : journey}`,
  log: (log, e, cases, mapped) => `Log ${log}: ${fmtNl(e.read)} events gelezen, ${fmtNl(e.counted)} geteld, ${fmtNl(e.skipped)} overgeslagen; ${fmtNl(cases)} cases, ${fmtNl(mapped)} met een event op een stap.`,
  fewer: (n) => `minder dan ${n} cases`,
  cases: (n) => `${fmtNl(n)} ${n === 1 ? 'case' : 'cases'}`,
  steps: 'Stappen',
  visits: (n) => `${fmtNl(n)} ${n === 1 ? 'bezoek' : 'bezoeken'}`,
  repeat: 'herhaald',
  pingpong: 'pingpong',
  promise: (p) => `belofte binnen ${p.within}`,
  kept: (share, measured) => `gehouden in ${share} van ${fmtNl(measured)} gemeten`,
  open: 'open (nog geen einde)',
  median: 'mediaan',
  percentile: (p) => `${p}e percentiel`,
  notVisited: 'geen case bezoekt deze stap',
  unobserved: 'geen `observed` hier of bij de taken: het log kan deze stap niet laten zien',
  transitions: 'Overgangen',
  designed: 'ontworpen',
  undesigned: 'NIET ontworpen',
  handoffs: (p) => `Overdrachten, traagste eerst (op het ${p}e percentiel)`,
  handoff: (step, from, to, within, clock) => `${step}: ${from} → ${to}, binnen ${within} (${clock})`,
  over: 'te laat',
  variants: (n) => `Top ${n} varianten (paden door de stappen)`,
  unmapped: 'Activiteiten op geen enkele stap (niet gekoppeld)',
  events: (n) => `${fmtNl(n)} events`,
  none: 'geen',
  examples: 'Voorbeeldcases (--examples)',
  clock: (c) => (c === 'working' ? 'werktijd' : 'kalendertijd'),
  number: (n, d) => n.toFixed(d).replace('.', ','),
  hours: (h) => `${h.toFixed(1).replace('.', ',')} u`,
};

const WORDS: Texts<Words> = { en, nl };

const fmt = (n: number): string => wholeNumber(n, 'en');
const fmtNl = (n: number): string => wholeNumber(n, 'nl');
function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

/** Left-aligned label, right-aligned value columns: a table that stays readable in a monospace terminal. */
function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length))).join('   ').trimEnd());
}

class Shown {
  constructor(private readonly w: Words, readonly min: number) {}

  /** A count of cases; a count below min-cases (other than none) is not shown as a number. */
  cases(n: number): string {
    return n > 0 && n < this.min ? this.w.fewer(this.min) : this.w.cases(n);
  }

  /** A count out of a base of cases, with its share of the base. */
  share(n: number, base: number): string {
    if (base < this.min || (n > 0 && n < this.min)) return this.w.fewer(this.min);
    return `${this.w.cases(n)} (${this.w.number((100 * n) / base, 1)}%)`;
  }

  hours(h: number | null, measured: number): string {
    if (measured < this.min) return this.w.fewer(this.min);
    return h === null ? '–' : this.w.hours(h);
  }
}

function stepLines(s: StepFigures, w: Words, shown: Shown, percentile: number, unobserved: boolean): string[] {
  const min = shown.min;
  const head = unobserved ? w.unobserved : s.cases === 0 ? w.notVisited : s.cases < min ? w.fewer(min) : `${w.cases(s.cases)}, ${w.visits(s.visits)}`;
  const rows: string[][] = [];
  if (s.cases > 0) {
    rows.push([w.repeat, shown.share(s.repeatCases, s.cases)]);
    rows.push([w.pingpong, shown.share(s.pingpongCases, s.cases)]);
  }
  const p = s.promise;
  if (p) {
    const kept = p.measured < min ? w.fewer(min) : w.kept(shown.share(p.kept, p.measured), p.measured);
    rows.push([`${w.promise(p)} (${w.clock(p.clock)})`, kept]);
    rows.push([w.open, shown.cases(p.open)]);
    rows.push([w.median, shown.hours(p.medianHours, p.measured)]);
    rows.push([w.percentile(percentile), shown.hours(p.percentileHours, p.measured)]);
  }
  return [`${s.id} — ${head}`, ...table(rows)];
}

function handoffRows(hs: readonly HandoffFigures[], input: EvidenceTextInput, w: Words, shown: Shown, percentile: number): string[][] {
  const min = input.minCases;
  // Slowest first: measured ones by their percentile, then those with too few measurements in document order.
  const ordered = [...hs].sort((a, b) => {
    const ka = a.measured >= min && a.percentileHours !== null ? a.percentileHours : -1;
    const kb = b.measured >= min && b.percentileHours !== null ? b.percentileHours : -1;
    return kb - ka;
  });
  return ordered.map((h) => {
    const labels = input.tasks.get(h.step) ?? [];
    const name = (i: number) => labels[i] ?? `${i + 1}`;
    const figures = h.measured < min ? w.fewer(min)
      : `${w.percentile(percentile)} ${shown.hours(h.percentileHours, h.measured)}, ${w.median} ${shown.hours(h.medianHours, h.measured)}; ${w.over} ${shown.share(h.over, h.measured)}`;
    return [w.handoff(h.step, name(h.from), name(h.to), h.within, w.clock(h.clock)), figures];
  });
}

export function formatEvidenceText(input: EvidenceTextInput, language: Language): string[] {
  const w = WORDS[language];
  const f = input.figures;
  const shown = new Shown(w, input.minCases);
  const lines = [w.heading(input.title, input.journey), w.log(input.log, f.events, f.cases, f.mappedCases), '', w.steps];
  for (const s of f.steps) lines.push(...stepLines(s, w, shown, f.percentile, input.unobserved?.has(s.id) ?? false).map((l) => `  ${l}`));
  lines.push('', w.transitions);
  lines.push(...(f.transitions.length === 0 ? [`  ${w.none}`]
    : table(f.transitions.map((t) => [`${t.from} → ${t.to}`, shown.cases(t.cases), t.designed ? w.designed : w.undesigned]))));
  lines.push('', w.handoffs(f.percentile));
  lines.push(...(f.handoffs.length === 0 ? [`  ${w.none}`] : table(handoffRows(f.handoffs, input, w, shown, f.percentile))));
  lines.push('', w.variants(f.variants.length));
  lines.push(...(f.variants.length === 0 ? [`  ${w.none}`] : table(f.variants.map((v) => [shown.cases(v.cases), v.path.join(' → ')]))));
  lines.push('', w.unmapped);
  lines.push(...(f.unmapped.length === 0 ? [`  ${w.none}`]
    : table(f.unmapped.map((u) => [u.activity, shown.cases(u.cases), u.cases < input.minCases ? '' : w.events(u.events)]))));
  const examples = input.examples ? [...input.examples] : [];
  if (examples.length > 0) {
    lines.push('', w.examples);
    lines.push(...table(examples.map(([figure, ids]) => [figure, ids.join(', ')])));
  }
  return lines;
}
