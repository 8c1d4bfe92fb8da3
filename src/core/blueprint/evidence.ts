/**
 * The evidence overlay's model: the figures of a journey's log as the
 * preview, the Lived journey view and the HTML export may show them
 * (evidence.md, "What may be shown"). Only activity-free figures and step
 * ids go in — never a case id, an actor or an activity — and every figure
 * that rests on fewer than `min-cases` cases becomes `{ fewerThan }`, so
 * no view can print the small number by mistake.
 */
import { durationInDays } from '../model/durations';
import type { EvidenceFigures, EvidenceOutcome, PromiseFigures } from '../evidence/types';
import type { EvidenceOverlay, HandoffArrow, HandoffEvidence, Shown, StepEvidence, TimeEvidence, TransitionEvidence, VariantEvidence } from './types';

export interface OverlayInput {
  outcome: EvidenceOutcome;
  /** Step ids as the design names them, by step index (undefined: a step without an id). */
  stepIds: readonly (string | undefined)[];
  /** Per step index: whether it or one of its tasks has `observed` patterns. */
  observed: readonly boolean[];
  arrows: readonly HandoffArrow[];
  minCases: number;
}

/**
 * A count of cases is shown only from `min-cases` on. Zero is a count too:
 * "fewer than 5 cases" is what the contract allows, and it is true.
 */
function shownCount(n: number, minCases: number): Shown {
  return n >= minCases ? { value: n } : { fewerThan: minCases };
}

/**
 * A share of `whole` cases: hidden when the cases it counts or the cases it
 * is a share of are fewer than `min-cases` (2 % of 100 cases names two).
 */
function shownShare(part: number, whole: number, minCases: number): Shown {
  return part >= minCases && whole >= minCases ? { value: part / whole } : { fewerThan: minCases };
}

export function evidenceOverlay(input: OverlayInput): EvidenceOverlay {
  const { outcome, minCases } = input;
  if (!outcome.ok) {
    return { minCases, percentile: 0, cases: { fewerThan: minCases }, steps: [], handoffs: [], transitions: [], variants: [], unusable: true };
  }
  const f = outcome.figures;
  const indexOf = new Map<string, number>();
  input.stepIds.forEach((id, i) => { if (id !== undefined && !indexOf.has(id)) indexOf.set(id, i); });
  const casesOf = new Map(f.steps.map((s) => [s.id, s.cases]));
  return {
    minCases,
    percentile: f.percentile,
    cases: shownCount(f.cases, minCases),
    steps: stepsOf(f, indexOf, input.observed, minCases),
    handoffs: handoffsOf(f, indexOf, input.arrows, minCases),
    transitions: f.transitions.flatMap((t): TransitionEvidence[] => {
      const from = indexOf.get(t.from);
      const to = indexOf.get(t.to);
      if (from === undefined || to === undefined) return [];
      return [{ from, to, designed: t.designed, cases: shownCount(t.cases, minCases), share: shownShare(t.cases, casesOf.get(t.from) ?? 0, minCases) }];
    }),
    variants: f.variants.map((v): VariantEvidence => ({
      steps: v.path.map((id) => ({ index: indexOf.get(id) ?? -1, id })),
      cases: shownCount(v.cases, minCases),
    })),
  };
}

function stepsOf(f: EvidenceFigures, indexOf: ReadonlyMap<string, number>, observed: readonly boolean[], minCases: number): StepEvidence[] {
  return f.steps.flatMap((s): StepEvidence[] => {
    const step = indexOf.get(s.id);
    if (step === undefined) return [];
    return [{
      step,
      cases: shownCount(s.cases, minCases),
      share: shownShare(s.cases, f.cases, minCases),
      repeatShare: shownShare(s.repeatCases, s.cases, minCases),
      pingpongShare: shownShare(s.pingpongCases, s.cases, minCases),
      promise: s.promise ? { ...timeOf(s.promise, minCases), keptShare: shownShare(s.promise.kept, s.promise.measured, minCases) } : undefined,
      unvisited: (observed[step] ?? false) && s.cases === 0,
    }];
  });
}

function handoffsOf(f: EvidenceFigures, indexOf: ReadonlyMap<string, number>, arrows: readonly HandoffArrow[], minCases: number): HandoffEvidence[] {
  return f.handoffs.flatMap((h): HandoffEvidence[] => {
    const step = indexOf.get(h.step);
    // The arrow of task `from` of the step (handoffs.ts keys them so).
    const arrow = step === undefined ? undefined : arrows.find((a) => a.key === `handoff-${step}-${h.from}`);
    if (step === undefined || !arrow) return [];
    return [{ arrow: arrow.key, step, ...timeOf(h, minCases) }];
  });
}

/**
 * Median and percentile only from `min-cases` measurements on; "over" as
 * observed-handoff-slow decides it: the percentile above `within`.
 */
function timeOf(t: Pick<PromiseFigures, 'within' | 'clock' | 'measured' | 'medianHours' | 'percentileHours'>, minCases: number): TimeEvidence {
  const enough = t.measured >= minCases;
  const withinDays = durationInDays(t.within);
  const percentile = enough ? t.percentileHours : null;
  return {
    within: t.within,
    clock: t.clock,
    measured: shownCount(t.measured, minCases),
    medianHours: enough ? t.medianHours : null,
    percentileHours: percentile,
    over: percentile !== null && withinDays !== undefined && percentile > withinDays * 24,
  };
}
