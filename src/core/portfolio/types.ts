/**
 * The portfolio report's model: plain data (strings and numbers, no Dates or
 * absolute paths), so the JSON output is the model itself and the Markdown
 * and HTML renderers never need to look at a journey again.
 */
import type { Analysis } from '../engine/check';
import type { FileKind, Severity } from '../engine/types';
import type { LogProblem } from '../evidence/types';

/** One analysed file and the path the report shows for it (usually relative, with forward slashes). */
export interface PortfolioInput {
  path: string;
  analysis: Analysis;
}

export type SeverityCounts = Record<Severity, number>;

/** A step as the report names it, and enough to link to it. */
export interface StepRef {
  /** The journey file, as given in the input. */
  path: string;
  /** The journey's title, or its file name when it has none. */
  journey: string;
  /** The step's id, or `step 3` when it has none. */
  step: string;
  /** 0-based position of the step in the journey. */
  index: number;
}

export interface JourneyRow {
  path: string;
  title?: string;
  owner?: string;
  /** The last review as written. */
  reviewed?: string;
  /** The review interval as written, or the default. */
  reviewEvery: string;
  /** YYYY-MM-DD; absent when there is no readable `reviewed` date. */
  reviewDue?: string;
  reviewOverdue: boolean;
  steps: number;
  findings: SeverityCounts;
}

export interface PartnerRow {
  id: string;
  name?: string;
  /** The file that declares the partner; absent when the journeys use it undeclared. */
  declaredIn?: string;
  agreement?: string;
  sla?: string;
  fallback?: string;
  /** How many journeys and steps depend on the partner. */
  journeys: number;
  steps: number;
  /** Every dependent step, in journey order. */
  dependents: StepRef[];
}

/** A team or partner as one end of a handoff. */
export interface ActorRef {
  /** `unknown` when the id is declared neither as a team nor as a partner. */
  kind: 'team' | 'partner' | 'unknown';
  id: string;
  name?: string;
  declaredIn?: string;
}

/** Handoffs between two actors, in both directions. */
export interface HandoffPair {
  /** The actor who hands over most (or first, alphabetically, on a tie). */
  a: ActorRef;
  b: ActorRef;
  aToB: number;
  bToA: number;
  /** Handoffs (either way) that the handoff-unclear check reports. */
  unclear: number;
  /** Work goes both ways: a candidate to merge the work or redesign the process. */
  bothWays: boolean;
  journeys: number;
  /** The steps where these handoffs happen, each once. */
  steps: StepRef[];
}

export interface FallbackGapStep extends StepRef {
  /** The fallback channel ids as written (empty when there is none). */
  fallback: string[];
  problem: 'missing' | 'not-human';
  /** The journey accepts the gap: the fallback check is suppressed for the step, or turned off. */
  accepted: boolean;
}

/** A self-service channel with the steps on it that do not lead to a person. */
export interface ChannelGapRow {
  id: string;
  name?: string;
  kind?: string;
  declaredIn?: string;
  steps: FallbackGapStep[];
}

/** A catalog with findings of its own: every journey that uses it inherits the problem. */
export interface OtherFileRow {
  path: string;
  kind: FileKind;
  findings: SeverityCounts;
}

export interface PortfolioTotals {
  files: number;
  journeys: number;
  steps: number;
  reviewsOverdue: number;
  /** Journeys without a readable review date: nobody can tell whether they are overdue. */
  reviewsUnknown: number;
  findings: SeverityCounts;
  partners: number;
  partnersWithoutAgreement: number;
  partnersWithoutFallback: number;
  handoffs: number;
  unclearHandoffs: number;
  handoffPairs: number;
  bothWayPairs: number;
  /** Self-service steps without a human fallback that no journey accepts. */
  stepsWithoutHumanFallback: number;
  acceptedWithoutHumanFallback: number;
}

export interface Portfolio {
  /** The date reviews were compared against, YYYY-MM-DD. */
  today: string;
  totals: PortfolioTotals;
  journeys: JourneyRow[];
  partners: PartnerRow[];
  handoffs: HandoffPair[];
  channels: ChannelGapRow[];
  otherFiles: OtherFileRow[];
  /** Absent when no journey names an event log. */
  evidence?: EvidencePortfolio;
}

/** A number of cases out of a base, with the step (and, for a transition, the step it goes to). */
export interface EvidenceShare {
  cases: number;
  of: number;
  step?: string;
  to?: string;
}

export interface EvidenceDeviation extends EvidenceShare {
  kind: 'undesigned-path' | 'pingpong' | 'repeat' | 'promise-broken' | 'handoff-slow';
}

/** A journey with an `evidence` log. Null figures: from fewer than `minCases` cases (shown as such), or nothing to measure. */
export interface EvidenceJourneyRow {
  path: string;
  journey: string;
  /** `evidence.log` as written. */
  log: string;
  /** Why the log could not be used (`missing`, `unreadable`, …); the other fields are then absent. */
  problem?: LogProblem['kind'];
  cases?: number | null;
  /** Kept out of measured, over every promise of the journey; absent without a promise, null with too few measured. */
  promisesKept?: EvidenceShare | null;
  /** The step where the largest share of its cases ping-pongs. */
  pingpong?: EvidenceShare | null;
  /** The step with a channel where the largest share of its cases repeat the customer's contact. */
  repeat?: EvidenceShare | null;
  worst?: EvidenceDeviation | null;
}

export interface EvidenceFindingRow {
  path: string;
  journey: string;
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
}

export interface EvidencePortfolio {
  /** The `min-cases` threshold: figures from fewer cases read "fewer than N cases". */
  minCases: number;
  journeys: EvidenceJourneyRow[];
  /** Every evidence-* and observed-* finding across the journeys, worst (severity) first. */
  findings: EvidenceFindingRow[];
}
