/**
 * What every evidence check starts from: the figures of a usable log (the
 * checks other than evidence-log are silent without them), the thresholds,
 * and the journey's step behind a step id of the figures.
 */
import type { EvidenceOutcome } from '../../evidence/types';
import type { Step } from '../../model/model';
import type { RuleContext } from '../rule';

export type UsableEvidence = Extract<EvidenceOutcome, { ok: true }>;

/** The outcome of a log that could be used, or undefined (no evidence, or evidence-log reports why not). */
export function usable(ctx: RuleContext): UsableEvidence | undefined {
  return ctx.journey.evidence && ctx.evidence?.ok ? ctx.evidence : undefined;
}

/** The first step with this id, as the figures name it (designOf keeps the first of duplicates too). */
export function stepById(ctx: RuleContext, id: string): Step | undefined {
  return ctx.journey.steps.find((s) => s.id?.id === id);
}

/**
 * evidence.md's "at least `min-cases` and `min-share`" of a whole, both
 * inclusive. The share is compared as a quotient: a correctly rounded 3 / 60
 * equals the literal 0.05, where 0.05 · 60 would overshoot 3 by a rounding.
 */
export function enough(count: number, whole: number, ctx: RuleContext): boolean {
  const { minCases, minShare } = ctx.options.evidence;
  return count >= minCases && whole > 0 && count / whole >= minShare;
}

/**
 * Whether the nearest-rank percentile of `measured` values exceeds the
 * limit, from how many values exceed it (`over`, counted on the unrounded
 * durations): the value at rank r is over the limit exactly when the `over`
 * largest values reach down to rank r. The rank is figures/statistics.ts's
 * ⌈p · n / 100⌉, clamped to 1…n.
 */
export function percentileOver(measured: number, over: number, p: number): boolean {
  if (measured === 0) return false;
  const rank = Number.isInteger(p) ? Math.floor((p * measured + 99) / 100) : Math.ceil((p * measured) / 100);
  return Math.min(measured, Math.max(1, rank)) >= measured - over + 1;
}
