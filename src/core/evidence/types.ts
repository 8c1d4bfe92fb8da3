/**
 * The shapes that the evidence pipeline passes between its stages (see
 * ../shared/evidence.md, the contract): the `evidence` settings of a journey,
 * the design that the log is mapped onto, the cases read from a log, and the
 * figures computed from both. Reading (read/), mapping and figures (map/,
 * figures/) and the checks (rules/observed-*.ts, rules/evidence-*.ts) meet
 * only here, so each can be built and tested on its own.
 */
import type { Path } from '../yaml/locate';

/** `time-format` of evidence.md. */
export type TimeFormat = 'auto' | 'iso' | 'day-first' | 'month-first';

/** The `evidence` keys of a journey, with the contract's defaults applied. */
export interface EvidenceSettings {
  /** As written in the journey (relative to it). */
  log: string;
  case: string;
  activity: string;
  time: string;
  /** Absent: `org:group` when some event has a value for it, else `org:resource`, else none. */
  actor?: string;
  /** Absent: the default of evidence.md's Selection (step 1); `all` keeps every event. */
  lifecycle?: string;
  /** IANA zone; `UTC` by default. */
  timezone: string;
  timeFormat: TimeFormat;
  missingValues: readonly string[];
  mergeRepeats: boolean;
  /** `YYYY-MM-DD`, bounds of the window on a case's local start date, inclusive. */
  since?: string;
  until?: string;
  /** attribute → accepted values (already a list). */
  where: readonly (readonly [attribute: string, values: readonly string[]])[];
  /** pattern → team or partner id, in the order written. */
  actors: readonly (readonly [pattern: string, id: string])[];
}

/** Why an event was skipped before selection (evidence.md, Reading the log). */
export type SkipReason = 'no-case' | 'no-activity' | 'no-time';

/** Why a log cannot be used at all: `evidence-log`. */
export type LogProblem =
  | { kind: 'missing' }
  | { kind: 'outside-workspace' }
  | { kind: 'not-a-file' }
  | { kind: 'unknown-extension' }
  /** A line or value of the log larger than the reader takes. */
  | { kind: 'too-large'; limitBytes: number }
  /** The whole log, on a file system other than the disk (a virtual workspace), whose logs are read into memory at once. */
  | { kind: 'file-too-large'; limitBytes: number }
  | { kind: 'unreadable'; format: 'gzip' | 'xml' | 'csv' | 'encoding' | 'io'; detail: string; row?: number }
  /** A named attribute (`case`, `activity`, `time`, `actor`, or in `where`) that no event has. */
  | { kind: 'no-attribute'; key: string; attribute: string; available: readonly string[] }
  | { kind: 'no-events' };

/**
 * The kept cases of a log after selection and window, compact and interned:
 * each case's events are parallel typed arrays in case order. Independent of
 * the journey's design, so a design edit re-maps them without reading again.
 */
export interface LogCases {
  /** Interned activity names; events hold indexes into this. */
  activities: readonly string[];
  /** Interned raw actor values (as read, before `actors`). */
  actorValues: readonly string[];
  cases: readonly LogCase[];
  events: { read: number; counted: number; skipped: number };
  /** The first skipped event: its CSV data row (1-based, header not counted) or XES event number (1-based). */
  firstSkip?: { number: number; reason: SkipReason };
  /** Which actor attribute was used (the setting, or the default chosen). */
  actorAttribute?: string;
  /** The log's attribute names (CSV header, XES keys), for completion of the `evidence` keys. */
  attributes: readonly string[];
}

export interface LogCase {
  /** The case id: never shown, except by `journey-lens evidence --examples N`. */
  id: string;
  activity: Int32Array;
  /** Index into `actorValues`, or -1 for no value. */
  actor: Int32Array;
  /** Milliseconds since the epoch (UTC). */
  time: Float64Array;
}

/** The design that a log is mapped onto, taken from the journey model. */
export interface DesignStep {
  id: string;
  observed: readonly DesignPattern[];
  tasks: readonly DesignTask[];
  /** Explicit `next` ids; undefined means "the following step". */
  next?: readonly string[];
  /** As written; undefined: true for the last step only. */
  end?: boolean;
  channel?: string;
  promise?: { within?: string; until?: string };
}

export interface DesignTask {
  observed: readonly DesignPattern[];
  /** The task's handoff `within`, as written. */
  handoffWithin?: string;
}

export interface DesignPattern {
  pattern: string;
  /** Where it is written, for findings. */
  path: Path;
}

/** Thresholds of journey-lens.config.yaml's `evidence:` section. */
export interface EvidenceThresholds {
  minCases: number;
  minShare: number;
  percentile: number;
  promiseKept: number;
}

export const DEFAULT_THRESHOLDS: EvidenceThresholds = { minCases: 5, minShare: 0.05, percentile: 80, promiseKept: 0.9 };

export type Clock = 'working' | 'calendar';

export interface PromiseFigures {
  within: string;
  clock: Clock;
  measured: number;
  kept: number;
  open: number;
  medianHours: number | null;
  percentileHours: number | null;
}

export interface StepFigures {
  id: string;
  cases: number;
  visits: number;
  repeatCases: number;
  pingpongCases: number;
  promise: PromiseFigures | null;
}

export interface TransitionFigures {
  from: string;
  to: string;
  cases: number;
  designed: boolean;
}

export interface HandoffFigures {
  step: string;
  from: number;
  to: number;
  within: string;
  clock: Clock;
  measured: number;
  over: number;
  medianHours: number | null;
  percentileHours: number | null;
}

/** The `journey-lens evidence` JSON of the contract, field for field (less `journey` and `log`). */
export interface EvidenceFigures {
  events: { read: number; counted: number; skipped: number };
  cases: number;
  mappedCases: number;
  percentile: number;
  steps: StepFigures[];
  transitions: TransitionFigures[];
  handoffs: HandoffFigures[];
  unmapped: { activity: string; cases: number; events: number }[];
  variants: { path: string[]; cases: number }[];
}

/**
 * What the checks need beyond the contract's JSON, computed in the same pass:
 * the names the messages give ("the activity repeated in most cases", "the
 * pair of actors that ping-pong in most cases"), and the activity names for
 * `evidence-unknown-activity` and its suggestion.
 */
export interface EvidenceDetails {
  /** Per step id: the activity repeated in most repeat cases (ties: first by code point). */
  repeatedActivity: ReadonlyMap<string, string>;
  /** Per step id: the actor pair (code-point order) that ping-pongs in most cases. */
  pingpongPair: ReadonlyMap<string, readonly [string, string]>;
  /** Every activity name of a counted event in a kept case, with its number of cases. */
  activityCases: ReadonlyMap<string, number>;
}

/**
 * What the evidence checks receive for one journey: the figures, or why the
 * log could not be used. Computed off the typing path (the CLI awaits it, the
 * editor computes it in a worker) and handed to the check through
 * CheckOptions, so the rules stay synchronous and pure.
 */
export type EvidenceOutcome =
  | {
    ok: true;
    figures: EvidenceFigures;
    details: EvidenceDetails;
    firstSkip?: LogCases['firstSkip'];
    actorAttribute?: string;
    /** The log's attribute names (completion of the `evidence` keys in the editor). */
    attributes?: readonly string[];
  }
  | { ok: false; problem: LogProblem };
