/**
 * buildPortfolio: one view across all journeys for the journey manager —
 * reviews, partners, handoffs between teams, channels without a person
 * behind them. Pure: it reads analyses that `analyseText` already made.
 */
import { SEVERITIES } from '../engine/types';
import { isoDate } from '../model/review';
import { channelGaps } from './channels';
import { journeyContext, type JourneyContext } from './context';
import { handoffTable } from './handoffs';
import { countFindings, journeyRow } from './journeys';
import { compareText } from './order';
import { evidencePortfolio } from './evidence';
import { partnerTable } from './partners';
import type { EvidenceThresholds } from '../evidence/types';
import type { OtherFileRow, Portfolio, PortfolioInput, PortfolioTotals, SeverityCounts } from './types';

/** `thresholds`: the config's evidence thresholds, for "fewer than N cases" in the evidence section. */
export function buildPortfolio(analyses: readonly PortfolioInput[], today: Date, thresholds?: EvidenceThresholds): Portfolio {
  const inputs = [...analyses].sort((x, y) => compareText(x.path, y.path));
  const journeyInputs = inputs.filter((i) => i.analysis.kind === 'journey');
  const contexts = journeyInputs.map(journeyContext).filter((c): c is JourneyContext => !!c);
  const journeys = journeyInputs.map((i) => journeyRow(i, today));
  const partners = partnerTable(contexts);
  const handoffs = handoffTable(contexts);
  const channels = channelGaps(contexts);
  const otherFiles: OtherFileRow[] = inputs
    .filter((i) => i.analysis.kind !== 'journey' && i.analysis.findings.length > 0)
    .map((i) => ({ path: i.path, kind: i.analysis.kind, findings: countFindings(i.analysis.findings) }));

  const gapSteps = channels.flatMap((c) => c.steps);
  const totals: PortfolioTotals = {
    files: inputs.length,
    journeys: journeys.length,
    steps: journeys.reduce((n, j) => n + j.steps, 0),
    reviewsOverdue: journeys.filter((j) => j.reviewOverdue).length,
    reviewsUnknown: journeys.filter((j) => !j.reviewDue).length,
    findings: sumCounts(inputs.map((i) => countFindings(i.analysis.findings))),
    partners: partners.length,
    partnersWithoutAgreement: partners.filter((p) => !p.agreement).length,
    partnersWithoutFallback: partners.filter((p) => !p.fallback).length,
    handoffs: handoffs.reduce((n, h) => n + h.aToB + h.bToA, 0),
    unclearHandoffs: handoffs.reduce((n, h) => n + h.unclear, 0),
    handoffPairs: handoffs.length,
    bothWayPairs: handoffs.filter((h) => h.bothWays).length,
    stepsWithoutHumanFallback: gapSteps.filter((s) => !s.accepted).length,
    acceptedWithoutHumanFallback: gapSteps.filter((s) => s.accepted).length,
  };
  const evidence = evidencePortfolio(journeyInputs, thresholds);
  const withEvidence = evidence.journeys.length > 0 || evidence.findings.length > 0;
  return { today: isoDate(today), totals, journeys, partners, handoffs, channels, otherFiles, ...(withEvidence ? { evidence } : {}) };
}

function sumCounts(all: readonly SeverityCounts[]): SeverityCounts {
  const sum: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const c of all) for (const s of SEVERITIES) sum[s] += c[s];
  return sum;
}
