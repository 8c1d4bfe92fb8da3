/** The catalogue of checks, in the order of rules.md. */
import type { Check, Rule } from './rule';
import { askedTwice } from './promises/asked-twice';
import { duplicateId } from './structure/duplicate-id';
import { emotionLowUnaddressed } from './experience/emotion-low-unaddressed';
import { EVIDENCE_RULES } from './evidence';
import { fallbackIneffective } from './fallback/fallback-ineffective';
import { fallbackMissing } from './fallback/fallback-missing';
import { handoffChain } from './handoffs/handoff-chain';
import { handoffPingpong } from './handoffs/handoff-pingpong';
import { handoffUnclear } from './handoffs/handoff-unclear';
import { noEnd } from './flow/no-end';
import { ownerMissing } from './experience/owner-missing';
import { partnerNoAgreement } from './partners/partner-no-agreement';
import { partnerNoFallback } from './partners/partner-no-fallback';
import { promiseAtRisk } from './promises/promise-at-risk';
import { promiseUnowned } from './promises/promise-unowned';
import { reviewOverdue } from './experience/review-overdue';
import { stepUnreachable } from './flow/step-unreachable';
import { stepUnsupported } from './promises/step-unsupported';
import { unknownReference } from './structure/unknown-reference';
import { catalogInvalid } from './structure/catalog-invalid';
import { schema } from './structure/schema';
import { unusedSuppression } from './structure/unused-suppression';
import { yamlSyntax } from './structure/yaml-syntax';

/**
 * A check of either kind, as the catalogue holds it. Each module types its
 * own findings' data (`Rule<Data>`); here the data is the finding's, passed
 * back to the module that made it, so the catalogue need not know its shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyData = any;
export type CheckOf = Check<AnyData>;

/** The checks of the journey model after the two that read references and ids. */
const DOMAIN_RULES: readonly Rule<AnyData>[] = [
  fallbackMissing, fallbackIneffective,
  handoffUnclear, handoffPingpong, handoffChain,
  partnerNoAgreement, partnerNoFallback, promiseAtRisk,
  promiseUnowned, askedTwice, stepUnsupported,
  stepUnreachable, noEnd,
  emotionLowUnaddressed, reviewOverdue, ownerMissing,
];

/** Checks that run on the journey model. */
export const JOURNEY_RULES: readonly Rule<AnyData>[] = [unknownReference, duplicateId, ...DOMAIN_RULES, ...EVIDENCE_RULES];

/**
 * Every check, including those the pipeline runs itself, in the order of
 * rules.md (and of docs/rules, the SARIF rules and the settings). Written
 * out, not sliced from JOURNEY_RULES, so that reordering one list cannot
 * drop a check from the other.
 */
export const ALL_RULES: readonly CheckOf[] = [
  yamlSyntax, schema, unknownReference, duplicateId, catalogInvalid,
  ...DOMAIN_RULES,
  ...EVIDENCE_RULES,
  unusedSuppression,
];

export const RULES_BY_ID: ReadonlyMap<string, CheckOf> = new Map(ALL_RULES.map((r) => [r.id, r]));
