/**
 * The report's words, shared by the Markdown and HTML renderers so both say
 * the same thing the same way. Plain text only: each renderer escapes it.
 */
import { counted as plural, type Language, type Texts } from '../i18n/language';
import { severityCounts } from '../i18n/severity-words';
import type { Severity } from '../engine/types';
import { label } from './handoffs';
import type { ActorRef, ChannelGapRow, FallbackGapStep, JourneyRow, Portfolio, SeverityCounts, StepRef } from './types';

export interface Section {
  id: string;
  title: string;
  /** One sentence on why the table matters. */
  why: string;
  /** What the report says when the table is empty. */
  none: string;
}

type SectionName = 'journeys' | 'partners' | 'handoffs' | 'channels' | 'otherFiles';

const SECTION_IDS: Record<SectionName, string> = { journeys: 'journeys', partners: 'partners', handoffs: 'handoffs', channels: 'channels', otherFiles: 'catalogs' };

/** Every word of the report, per language. */
export interface ReportTexts {
  lang: Language;
  title: string;
  sections: Record<SectionName, Section>;
  severityHeadings: Record<Severity, string>;
  noFindings: string;
  and: string;
  review: { noDate: string; unreadable: (reviewed: string, every: string) => string; overdue: (due: string) => string; due: (due: string) => string };
  actorKind: Record<ActorRef['kind'], string>;
  gap: { missing: string; notHuman: (fallbacks: string) => string; accepted: (what: string) => string };
  moreJourneys: (n: number) => string;
  figures: {
    reviews: (total: number) => string; withoutReviewDate: (n: number) => string;
    errors: (n: number) => string; also: (others: string) => string;
    noAgreement: (total: number) => string; noFallback: (total: number) => string;
    bothWays: (total: number) => string; unclear: (total: number) => string;
    noHumanFallback: (n: number) => string; acceptedMore: (n: number) => string;
  };
  /** " of 6" after a key figure's value. */
  of: (total: number) => string;
  coverage: (journeys: number, steps: number, findings: string, today: string) => string;
  columns: {
    journey: string; owner: string; lastReview: string; review: string; steps: string; file: string;
    partner: string; agreement: string; sla: string; fallback: string; journeys: string; dependents: string;
    from: string; to: string; handoffs: string; back: string; unclear: string; where: string; note: string;
    channel: string; step: string; status: string; findings: string;
  };
  pills: { noOwner: string; none: string; bothWays: string; notDeclared: string };
  every: (interval: string) => string;
  captions: {
    journeys: (n: number, overdue: number) => string; partners: (n: number) => string;
    handoffs: (pairs: number, handoffs: number) => string; channels: (steps: number, accepted: number) => string;
    catalogs: (n: number) => string;
  };
  madeBy: (files: number) => string;
  /** The words around `journey-lens check` in the footer: before, after (HTML), after (Markdown). */
  run: [string, string, string];
  navSections: string;
  navFigures: string;
}

const section = (name: SectionName, title: string, why: string, none: string): Section => ({ id: SECTION_IDS[name], title, why, none });

const EN: ReportTexts = {
  lang: 'en',
  title: 'Journey portfolio',
  sections: {
    journeys: section('journeys', 'Journeys', 'Who owns each journey, when it is due for review, and what the checks found in it.', 'No journeys found.'),
    partners: section('partners', 'Partners the journeys depend on',
      'Suppliers and chain partners decide whether promises to customers are kept. Without an agreement nothing binds them; without a fallback nobody knows what happens when they fail.',
      'No step depends on a partner.'),
    handoffs: section('handoffs', 'Handoffs between teams and partners',
      'How often work passes between two teams or partners, in each direction. Pairs that hand work both ways are candidates to merge the work or to redesign the process; unclear handoffs do not say what the receiver needs or by when.',
      'No work passes between teams or partners.'),
    channels: section('channels', 'Self-service steps without a human fallback',
      'A customer who gets stuck on these channels cannot reach a person. Steps a journey accepts on purpose (the check is suppressed there) are listed but marked.',
      'Every self-service step has a human fallback.'),
    otherFiles: section('otherFiles', 'Catalogs with findings', 'Every journey that uses these catalogs inherits their problems.', 'No catalog has findings.'),
  },
  severityHeadings: { error: 'Errors', warning: 'Warnings', info: 'Infos', hint: 'Hints' },
  noFindings: 'no findings',
  and: 'and',
  review: {
    noDate: 'no review date',
    unreadable: (reviewed, every) => `cannot read '${reviewed}' or '${every}'`,
    overdue: (due) => `overdue since ${due}`,
    due: (due) => `due ${due}`,
  },
  actorKind: { team: 'team', partner: 'partner', unknown: 'not declared' },
  gap: {
    missing: 'no fallback',
    notHuman: (fallbacks) => `fallback ${fallbacks} has no person behind it`,
    accepted: (what) => `${what} — accepted in the journey`,
  },
  moreJourneys: (n) => `and ${plural(n, 'more journey', 'more journeys')}`,
  figures: {
    reviews: (total) => (total === 1 ? 'journey overdue for review' : 'journeys overdue for review'),
    withoutReviewDate: (n) => `${n} without a review date`,
    errors: (n) => (n === 1 ? 'error' : 'errors'),
    also: (others) => `also ${others}`,
    noAgreement: (total) => (total === 1 ? 'partner without an agreement' : 'partners without an agreement'),
    noFallback: (total) => (total === 1 ? 'partner without a fallback' : 'partners without a fallback'),
    bothWays: (total) => (total === 1 ? 'pair of teams or partners handing work both ways' : 'pairs of teams or partners handing work both ways'),
    unclear: (total) => (total === 1 ? 'handoff unclear' : 'handoffs unclear'),
    noHumanFallback: (n) => (n === 1 ? 'self-service step without a human fallback' : 'self-service steps without a human fallback'),
    acceptedMore: (n) => `${n} more accepted on purpose`,
  },
  of: (total) => ` of ${total}`,
  coverage: (journeys, steps, findings, today) => `${plural(journeys, 'journey')} with ${plural(steps, 'step')}; the checks found ${findings}. Reviews are compared with ${today}.`,
  columns: {
    journey: 'Journey', owner: 'Owner', lastReview: 'Last review', review: 'Review', steps: 'Steps', file: 'File',
    partner: 'Partner', agreement: 'Agreement', sla: 'SLA', fallback: 'Fallback', journeys: 'Journeys', dependents: 'Steps that depend on it',
    from: 'From', to: 'To', handoffs: 'Handoffs', back: 'Back', unclear: 'Unclear', where: 'Where', note: 'Note',
    channel: 'Channel', step: 'Step', status: 'Status', findings: 'Findings',
  },
  pills: { noOwner: 'no owner', none: 'none', bothWays: 'both ways: merge or redesign?', notDeclared: 'not declared' },
  every: (interval) => `every ${interval}`,
  captions: {
    journeys: (n, overdue) => `${plural(n, 'journey')}, by file; ${plural(overdue, 'review', 'reviews')} overdue`,
    partners: (n) => `${plural(n, 'partner')}, the most depended on first`,
    handoffs: (pairs, handoffs) => `${plural(pairs, 'pair')} with ${plural(handoffs, 'handoff')}; pairs handing work both ways first`,
    channels: (steps, accepted) => `${plural(steps, 'step')} without a human fallback${accepted > 0 ? `, ${accepted} more accepted` : ''}, by channel`,
    catalogs: (n) => plural(n, 'catalog'),
  },
  madeBy: (files) => `Made by Journey Lens from ${plural(files, 'file')}.`,
  run: ['Run', 'for every finding with its line and a suggested fix.', 'for every finding.'],
  navSections: 'Sections',
  navFigures: 'Key figures',
};

const NL: ReportTexts = {
  lang: 'nl',
  title: 'Portfolio van klantreizen',
  sections: {
    journeys: section('journeys', 'Klantreizen', 'Wie eigenaar is van elke klantreis, wanneer die beoordeeld moet worden en wat de controles erin vonden.', 'Geen klantreizen gevonden.'),
    partners: section('partners', 'Partners waar de klantreizen van afhangen',
      'Leveranciers en ketenpartners bepalen of beloftes aan klanten worden nagekomen. Zonder afspraak bindt niets hen; zonder terugvaloptie weet niemand wat er gebeurt als ze uitvallen.',
      'Geen stap hangt af van een partner.'),
    handoffs: section('handoffs', 'Overdrachten tussen teams en partners',
      'Hoe vaak werk tussen twee teams of partners overgaat, in elke richting. Paren die werk in beide richtingen doorgeven, zijn kandidaten om het werk samen te voegen of het proces te herontwerpen; onduidelijke overdrachten zeggen niet wat de ontvanger nodig heeft of wanneer.',
      'Er gaat geen werk over tussen teams of partners.'),
    channels: section('channels', 'Selfservicestappen zonder persoonlijk uitwijkkanaal',
      'Een klant die op deze kanalen vastloopt, bereikt geen mens. Stappen die een klantreis bewust accepteert (de controle is daar onderdrukt) staan erbij, maar gemarkeerd.',
      'Elke selfservicestap heeft een persoonlijk uitwijkkanaal.'),
    otherFiles: section('otherFiles', 'Catalogi met bevindingen', 'Elke klantreis die deze catalogi gebruikt, erft hun problemen.', 'Geen catalogus heeft bevindingen.'),
  },
  severityHeadings: { error: 'Fouten', warning: 'Waarschuwingen', info: 'Info', hint: 'Hints' },
  noFindings: 'geen bevindingen',
  and: 'en',
  review: {
    noDate: 'geen beoordelingsdatum',
    unreadable: (reviewed, every) => `kan '${reviewed}' of '${every}' niet lezen`,
    overdue: (due) => `te laat sinds ${due}`,
    due: (due) => `uiterlijk ${due}`,
  },
  actorKind: { team: 'team', partner: 'partner', unknown: 'niet gedeclareerd' },
  gap: {
    missing: 'geen uitwijkkanaal',
    notHuman: (fallbacks) => `uitwijkkanaal ${fallbacks} heeft geen mens erachter`,
    accepted: (what) => `${what} — geaccepteerd in de klantreis`,
  },
  moreJourneys: (n) => `en nog ${plural(n, 'klantreis', 'klantreizen')}`,
  figures: {
    reviews: (total) => (total === 1 ? 'klantreis te laat voor beoordeling' : 'klantreizen te laat voor beoordeling'),
    withoutReviewDate: (n) => `${n} zonder beoordelingsdatum`,
    errors: (n) => (n === 1 ? 'fout' : 'fouten'),
    also: (others) => `ook ${others}`,
    noAgreement: (total) => (total === 1 ? 'partner zonder afspraak' : 'partners zonder afspraak'),
    noFallback: (total) => (total === 1 ? 'partner zonder terugvaloptie' : 'partners zonder terugvaloptie'),
    bothWays: (total) => (total === 1 ? 'paar teams of partners dat werk in beide richtingen doorgeeft' : 'paren teams of partners die werk in beide richtingen doorgeven'),
    unclear: (total) => (total === 1 ? 'overdracht onduidelijk' : 'overdrachten onduidelijk'),
    noHumanFallback: (n) => (n === 1 ? 'selfservicestap zonder persoonlijk uitwijkkanaal' : 'selfservicestappen zonder persoonlijk uitwijkkanaal'),
    acceptedMore: (n) => `nog ${n} bewust geaccepteerd`,
  },
  of: (total) => ` van ${total}`,
  coverage: (journeys, steps, findings, today) => `${plural(journeys, 'klantreis', 'klantreizen')} met ${plural(steps, 'stap', 'stappen')}; de controles vonden ${findings}. Beoordelingen zijn vergeleken met ${today}.`,
  columns: {
    journey: 'Klantreis', owner: 'Eigenaar', lastReview: 'Laatste beoordeling', review: 'Beoordeling', steps: 'Stappen', file: 'Bestand',
    partner: 'Partner', agreement: 'Afspraak', sla: 'SLA', fallback: 'Terugvaloptie', journeys: 'Klantreizen', dependents: 'Stappen die ervan afhangen',
    from: 'Van', to: 'Naar', handoffs: 'Overdrachten', back: 'Terug', unclear: 'Onduidelijk', where: 'Waar', note: 'Opmerking',
    channel: 'Kanaal', step: 'Stap', status: 'Status', findings: 'Bevindingen',
  },
  pills: { noOwner: 'geen eigenaar', none: 'geen', bothWays: 'beide richtingen: samenvoegen of herontwerpen?', notDeclared: 'niet gedeclareerd' },
  every: (interval) => `elke ${interval}`,
  captions: {
    journeys: (n, overdue) => `${plural(n, 'klantreis', 'klantreizen')}, per bestand; ${plural(overdue, 'beoordeling', 'beoordelingen')} te laat`,
    partners: (n) => `${plural(n, 'partner', 'partners')}, de meest gebruikte eerst`,
    handoffs: (pairs, handoffs) => `${plural(pairs, 'paar', 'paren')} met ${plural(handoffs, 'overdracht', 'overdrachten')}; paren die werk in beide richtingen doorgeven eerst`,
    channels: (steps, accepted) => `${plural(steps, 'stap', 'stappen')} zonder persoonlijk uitwijkkanaal${accepted > 0 ? `, nog ${accepted} geaccepteerd` : ''}, per kanaal`,
    catalogs: (n) => plural(n, 'catalogus', 'catalogi'),
  },
  madeBy: (files) => `Gemaakt door Journey Lens uit ${plural(files, 'bestand', 'bestanden')}.`,
  run: ['Draai', 'voor elke bevinding met haar regel en een voorgestelde oplossing.', 'voor elke bevinding.'],
  navSections: 'Onderdelen',
  navFigures: 'Kerncijfers',
};

export const REPORT_TEXTS: Texts<ReportTexts> = { en: EN, nl: NL };

/** "3 errors and 13 warnings" — only the severities that occur; "no findings" otherwise. */
export function countsPhrase(c: SeverityCounts, t: ReportTexts): string {
  const parts = severityCounts(c, t.lang);
  return parts.length > 0 ? listPhrase(parts, t) : t.noFindings;
}

export function journeyName(row: JourneyRow): string {
  return row.title || row.path;
}

export type Tone = 'bad' | 'warn' | 'ok' | 'muted';

/** The review cell: the due date, and whether it has passed. */
export function reviewStatus(row: JourneyRow, t: ReportTexts): { text: string; tone: Tone } {
  if (!row.reviewed) return { text: t.review.noDate, tone: 'warn' };
  if (!row.reviewDue) return { text: t.review.unreadable(row.reviewed, row.reviewEvery), tone: 'warn' };
  return row.reviewOverdue ? { text: t.review.overdue(row.reviewDue), tone: 'bad' } : { text: t.review.due(row.reviewDue), tone: 'ok' };
}

export function actorKind(a: ActorRef, t: ReportTexts): string {
  return t.actorKind[a.kind];
}

export { label as actorLabel };

export function channelLabel(c: ChannelGapRow): string {
  const name = c.name ?? c.id;
  return c.kind && c.kind !== name ? `${name} (${c.kind})` : name;
}

export function gapStatus(s: FallbackGapStep, t: ReportTexts): string {
  const what = s.problem === 'missing' ? t.gap.missing : t.gap.notHuman(s.fallback.map((f) => `'${f}'`).join(', '));
  return s.accepted ? t.gap.accepted(what) : what;
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

export function moreJourneys(total: number, t: ReportTexts): string | undefined {
  const more = total - MAX_LISTED_JOURNEYS;
  return more > 0 ? t.moreJourneys(more) : undefined;
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

export function keyFigures(p: Portfolio, t: ReportTexts): KeyFigure[] {
  const n = p.totals;
  const f = t.figures;
  const ids = t.sections;
  const tone = (count: number, bad: Tone = 'warn'): Tone => (count > 0 ? bad : 'ok');
  const others = severityCounts(n.findings, t.lang, ['error']);
  return [
    {
      value: n.reviewsOverdue, total: n.journeys, what: f.reviews(n.journeys),
      note: n.reviewsUnknown > 0 ? f.withoutReviewDate(n.reviewsUnknown) : undefined,
      tone: tone(n.reviewsOverdue, 'bad'), section: ids.journeys.id,
    },
    {
      value: n.findings.error, what: f.errors(n.findings.error),
      note: others.length > 0 ? f.also(listPhrase(others, t)) : undefined,
      tone: tone(n.findings.error, 'bad'), section: ids.journeys.id,
    },
    { value: n.partnersWithoutAgreement, total: n.partners, what: f.noAgreement(n.partners), tone: tone(n.partnersWithoutAgreement), section: ids.partners.id },
    { value: n.partnersWithoutFallback, total: n.partners, what: f.noFallback(n.partners), tone: tone(n.partnersWithoutFallback), section: ids.partners.id },
    { value: n.bothWayPairs, total: n.handoffPairs, what: f.bothWays(n.handoffPairs), tone: tone(n.bothWayPairs), section: ids.handoffs.id },
    { value: n.unclearHandoffs, total: n.handoffs, what: f.unclear(n.handoffs), tone: tone(n.unclearHandoffs), section: ids.handoffs.id },
    {
      value: n.stepsWithoutHumanFallback, what: f.noHumanFallback(n.stepsWithoutHumanFallback),
      note: n.acceptedWithoutHumanFallback > 0 ? f.acceptedMore(n.acceptedWithoutHumanFallback) : undefined,
      tone: tone(n.stepsWithoutHumanFallback), section: ids.channels.id,
    },
  ];
}

/** "a, b and c" */
function listPhrase(items: readonly string[], t: ReportTexts): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${t.and} ${items[items.length - 1]}`;
}

/** What the report covers, in two short sentences. */
export function coverage(p: Portfolio, t: ReportTexts): string {
  return t.coverage(p.totals.journeys, p.totals.steps, countsPhrase(p.totals.findings, t), p.today);
}
