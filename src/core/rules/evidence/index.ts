/**
 * The ten evidence checks of ../shared/evidence.md: the journey against its
 * event log. They read the outcome that CheckOptions.evidence supplied
 * (RuleContext.evidence) and stay silent without one.
 */
import type { Rule } from '../rule';
import { evidenceLog } from './evidence-log';
import { evidenceSkipped } from './evidence-skipped';
import { evidenceStepUnobserved } from './evidence-step-unobserved';
import { evidenceUnknownActivity } from './evidence-unknown-activity';
import { evidenceUnmapped } from './evidence-unmapped';
import { observedHandoffSlow } from './observed-handoff-slow';
import { observedPingpong } from './observed-pingpong';
import { observedPromiseBroken } from './observed-promise-broken';
import { observedRepeat } from './observed-repeat';
import { observedUndesignedPath } from './observed-undesigned-path';

/** In the order of evidence.md's table. */
export const EVIDENCE_RULES: readonly Rule[] = [
  evidenceLog, evidenceSkipped, evidenceUnknownActivity, evidenceStepUnobserved, evidenceUnmapped,
  observedUndesignedPath, observedRepeat, observedPingpong, observedHandoffSlow, observedPromiseBroken,
];

/** The ids of the evidence checks: the ones that need a log to run. */
export const EVIDENCE_RULE_IDS: ReadonlySet<string> = new Set(EVIDENCE_RULES.map((r) => r.id));
