/**
 * The portfolio's evidence: per journey with an `evidence` log its cases,
 * promises kept, the step with the most ping-pong and the one with the most
 * repeated contact, and its worst deviation; and every evidence finding
 * across the journeys, worst first. Figures from fewer than `min-cases`
 * cases are left out (null) here already, so no rendering can show them
 * (evidence.md, What may be shown); case ids never reach the portfolio.
 */
import { DEFAULT_THRESHOLDS, type EvidenceFigures, type EvidenceThresholds } from '../evidence/types';
import type { Journey } from '../model/model';
import { SEVERITIES } from '../engine/types';
import { EVIDENCE_RULE_IDS } from '../rules/evidence';
import { compareText } from './order';
import type { EvidenceDeviation, EvidenceFindingRow, EvidenceJourneyRow, EvidencePortfolio, EvidenceShare, PortfolioInput } from './types';

/** The checks whose findings the evidence section lists: the ten of evidence.md. */
export const isEvidenceRule = (rule: string): boolean => EVIDENCE_RULE_IDS.has(rule);

function share(cases: number, of: number, min: number, step?: string, to?: string): EvidenceShare | null {
  if (of < min || (cases > 0 && cases < min)) return null;
  return { cases, of, ...(step === undefined ? {} : { step }), ...(to === undefined ? {} : { to }) };
}

/** The highest share among candidates (ties: the first, in document order); null when none may be shown. */
function highest(candidates: readonly (EvidenceShare | null)[]): EvidenceShare | null {
  let best: EvidenceShare | null = null;
  for (const c of candidates) if (c && c.cases > 0 && (!best || c.cases / c.of > best.cases / best.of)) best = c;
  return best;
}

/** As highest, but "none at all" is a share of 0 of all cases, told apart from null ("fewer than N cases" somewhere). */
function highestOrNone(candidates: readonly (EvidenceShare | null)[], all: number): EvidenceShare | null {
  return highest(candidates) ?? (candidates.some((c) => c === null) ? null : { cases: 0, of: all });
}

/**
 * The deviation that touches the largest share of its cases: an undesigned
 * transition (of its from-step's cases), ping-pong or repeated contact in a
 * step, a broken promise (of its measured cases), a handoff over its
 * `within` (of its measured cases). A share says more than a count across
 * steps of very different volume; every candidate is of at least min-cases.
 */
function worstDeviation(f: EvidenceFigures, journey: Journey | undefined, min: number): EvidenceDeviation | null {
  const casesOf = new Map(f.steps.map((s) => [s.id, s.cases]));
  const hasChannel = new Set(journey?.steps.filter((s) => s.channel && s.id).map((s) => s.id!.id) ?? []);
  const candidates: EvidenceDeviation[] = [];
  const add = (kind: EvidenceDeviation['kind'], s: EvidenceShare | null) => {
    if (s && s.cases > 0) candidates.push({ kind, ...s });
  };
  for (const t of f.transitions) if (!t.designed) add('undesigned-path', share(t.cases, casesOf.get(t.from) ?? 0, min, t.from, t.to));
  for (const s of f.steps) {
    add('pingpong', share(s.pingpongCases, s.cases, min, s.id));
    if (hasChannel.has(s.id)) add('repeat', share(s.repeatCases, s.cases, min, s.id));
    if (s.promise) add('promise-broken', share(s.promise.measured - s.promise.kept, s.promise.measured, min, s.id));
  }
  for (const h of f.handoffs) add('handoff-slow', share(h.over, h.measured, min, h.step));
  const best = highest(candidates);
  return best ? (best as EvidenceDeviation) : null;
}

function journeyRow(input: PortfolioInput, min: number): EvidenceJourneyRow | undefined {
  const { journey, evidence } = input.analysis;
  const log = journey?.evidence?.settings.log;
  if (!journey || log === undefined || !evidence) return undefined;
  const name = journey.title || input.path;
  if (!evidence.ok) return { path: input.path, journey: name, log, problem: evidence.problem.kind };
  const f = evidence.figures;
  const promises = f.steps.flatMap((s) => (s.promise ? [s.promise] : []));
  const kept = promises.reduce((n, p) => n + p.kept, 0);
  const measured = promises.reduce((n, p) => n + p.measured, 0);
  const hasChannel = new Set(journey.steps.filter((s) => s.channel && s.id).map((s) => s.id!.id));
  return {
    path: input.path, journey: name, log,
    cases: f.cases >= min ? f.cases : null,
    // Absent: the journey makes no promise; null: measured in fewer than min-cases cases.
    ...(promises.length > 0 ? { promisesKept: share(kept, measured, min) } : {}),
    pingpong: highestOrNone(f.steps.filter((s) => s.cases > 0).map((s) => share(s.pingpongCases, s.cases, min, s.id)), f.cases),
    repeat: highestOrNone(f.steps.filter((s) => s.cases > 0 && hasChannel.has(s.id)).map((s) => share(s.repeatCases, s.cases, min, s.id)), f.cases),
    worst: worstDeviation(f, journey, min),
  };
}

export function evidencePortfolio(inputs: readonly PortfolioInput[], thresholds: EvidenceThresholds = DEFAULT_THRESHOLDS): EvidencePortfolio {
  const journeys = inputs.map((i) => journeyRow(i, thresholds.minCases)).filter((r): r is EvidenceJourneyRow => !!r);
  const rank = (s: string) => SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]);
  const findings: EvidenceFindingRow[] = inputs
    .filter((i) => i.analysis.kind === 'journey')
    .flatMap((i) => i.analysis.findings.filter((f) => isEvidenceRule(f.rule)).map((f) => ({
      path: i.path, journey: i.analysis.journey?.title || i.path, rule: f.rule, severity: f.severity, message: f.message, line: f.range.start.line + 1,
    })))
    // Worst first: by severity, then journey and line, so the same findings always read in the same order.
    .sort((a, b) => rank(a.severity) - rank(b.severity) || compareText(a.path, b.path) || a.line - b.line || compareText(a.rule, b.rule));
  return { minCases: thresholds.minCases, journeys, findings };
}
