/** The catalogue of checks, in the order of rules.md. */
import type { Rule, RuleMeta } from '../rule';
import { askedTwice } from './asked-twice';
import { duplicateId } from './duplicate-id';
import { emotionLowUnaddressed } from './emotion-low-unaddressed';
import { EVIDENCE_RULES } from './evidence';
import { fallbackIneffective } from './fallback-ineffective';
import { fallbackMissing } from './fallback-missing';
import { handoffChain } from './handoff-chain';
import { handoffPingpong } from './handoff-pingpong';
import { handoffUnclear } from './handoff-unclear';
import { catalogInvalid, schema, unusedSuppression, yamlSyntax } from './meta-only';
import { noEnd } from './no-end';
import { ownerMissing } from './owner-missing';
import { partnerNoAgreement } from './partner-no-agreement';
import { partnerNoFallback } from './partner-no-fallback';
import { promiseAtRisk } from './promise-at-risk';
import { promiseUnowned } from './promise-unowned';
import { reviewOverdue } from './review-overdue';
import { stepUnreachable } from './step-unreachable';
import { stepUnsupported } from './step-unsupported';
import { unknownReference } from './unknown-reference';

/** The checks of the journey model after the two that read references and ids. */
const DOMAIN_RULES: readonly Rule[] = [
  fallbackMissing, fallbackIneffective,
  handoffUnclear, handoffPingpong, handoffChain,
  partnerNoAgreement, partnerNoFallback, promiseAtRisk,
  promiseUnowned, askedTwice, stepUnsupported,
  stepUnreachable, noEnd,
  emotionLowUnaddressed, reviewOverdue, ownerMissing,
];

/** Checks that run on the journey model. */
export const JOURNEY_RULES: readonly Rule[] = [unknownReference, duplicateId, ...DOMAIN_RULES, ...EVIDENCE_RULES];

/**
 * Every check, including those the pipeline runs itself, in the order of
 * rules.md (and of docs/rules, the SARIF rules and the settings). Written
 * out, not sliced from JOURNEY_RULES, so that reordering one list cannot
 * drop a check from the other.
 */
export const ALL_RULES: readonly RuleMeta[] = [
  yamlSyntax, schema, unknownReference, duplicateId, catalogInvalid,
  ...DOMAIN_RULES,
  ...EVIDENCE_RULES,
  unusedSuppression,
];

export const RULES_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((r) => [r.id, r]));
