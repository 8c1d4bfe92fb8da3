/**
 * The blueprint view model: everything the preview and the exports show,
 * as plain JSON-safe data. It crosses the webview boundary in `update`
 * messages, so it holds no YAML, no class instances and no functions.
 */
import type { Range, Severity } from '../engine/types';
import type { FlowLayout } from './flow-layout';

/** A finding as shown on a cell. */
export interface CellFinding {
  /** Unique within one blueprint; `select` with it reveals the finding's range. */
  key: string;
  rule: string;
  severity: Severity;
  message: string;
  docsUrl: string;
  range: Range;
  /**
   * True when the finding itself lies outside every cell (e.g. on a partner
   * declaration) and is shown here because one of its related locations is.
   */
  echo?: boolean;
}

/** What every selectable part of the blueprint has. */
export interface Cell {
  /** Unique within one blueprint; `select`/`highlight` messages use it. */
  key: string;
  /** The whole YAML node, for matching the editor cursor. */
  range: Range;
  /** What to select in the editor when the cell is clicked. */
  anchor: Range;
  findings: CellFinding[];
}

export interface ChannelInfo {
  id: string;
  label: string;
  kind?: string;
  /** A person answers on this channel (phone, chat, desk...). */
  human: boolean;
  /** False for an id that is neither declared nor a channel kind. */
  known: boolean;
  hours?: string;
}

export interface ActorInfo {
  id: string;
  kind: 'team' | 'partner';
  label: string;
  /** For teams: customer-facing (front) or not (back). */
  line?: 'front' | 'back';
  known: boolean;
}

export interface PromiseInfo {
  says?: string;
  by?: string;
  within?: string;
}

export type TaskLane = 'front' | 'back' | 'partner';

export interface TaskCell extends Cell {
  step: number;
  index: number;
  lane: TaskLane;
  actor?: ActorInfo;
  does?: string;
  systems: string[];
  instruction?: string;
  handoff?: { to?: string; gives?: string; within?: string };
}

/** A partner the step depends on (in `partners` or as a task's actor). */
export interface PartnerCell extends Cell {
  step: number;
  id: string;
  label: string;
  known: boolean;
  agreement?: string;
  sla?: string;
  fallback?: string;
}

/** A system used by the step's tasks, once per step. */
export interface SystemCell extends Cell {
  step: number;
  id: string;
  label: string;
  known: boolean;
}

export interface StepCell extends Cell {
  index: number;
  /** The step id, or "step N" for a step without one. */
  id: string;
  stage?: string;
  customer?: string;
  channel?: ChannelInfo;
  fallbacks: ChannelInfo[];
  asks: string[];
  promise?: PromiseInfo;
  emotion?: number;
  kano?: string;
  momentOfTruth: boolean;
  pain: string[];
  idea: string[];
  end: boolean;
  /** The indexes of the steps this one leads to (`next`, else the following step; none after an end). */
  next: number[];
  script?: string;
  /** The step's own `x-` keys, shown on demand, values as compact text. */
  extras: { key: string; value: string }[];
  tasks: TaskCell[];
  partners: PartnerCell[];
  systems: SystemCell[];
}

/**
 * clear: a written handoff with what and when; unclear: not written down or
 * incomplete; pingpong: the work returns to an actor that already handed it on.
 */
export type HandoffStatus = 'clear' | 'unclear' | 'pingpong';

export interface HandoffArrow {
  key: string;
  step: number;
  /** Key of the task that hands work on. */
  from: string;
  /** Key of the receiving task or partner cell, when it is in the blueprint. */
  to?: string;
  /** Who receives the work, as shown. */
  toLabel?: string;
  status: HandoffStatus;
  gives?: string;
  within?: string;
}

/** Consecutive steps with the same stage share a header. */
export interface StageGroup {
  name?: string;
  /** Index of the first step. */
  start: number;
  span: number;
}

export interface RuleCount {
  rule: string;
  /** The highest severity among the rule's findings. */
  severity: Severity;
  count: number;
  docsUrl: string;
  /** The first finding of the rule, to reveal from the summary bar. */
  first: string;
}

export interface Blueprint {
  /** The journey's title (empty when the file has none or cannot be read). */
  title: string;
  need?: string;
  outcome?: string;
  persona?: string;
  owner?: string;
  reviewed?: string;
  measures: { name: string; target: string }[];
  stages: StageGroup[];
  steps: StepCell[];
  /** Where the paths run: tracks per step, forward edges and loops. */
  flow: FlowLayout;
  handoffs: HandoffArrow[];
  /** Findings that belong to no step, task or partner (title, declarations...). */
  journeyFindings: CellFinding[];
  summary: RuleCount[];
  totals: Record<Severity, number>;
  /** Why there is nothing to draw, e.g. YAML syntax errors. */
  problem?: string;
  /** The journey's evidence, when it names a log and the figures were computed. */
  evidence?: EvidenceOverlay;
}

/**
 * A figure as the preview may show it (evidence.md, "What may be shown"): a
 * number, or only that it rests on fewer than `min-cases` cases.
 */
export type Shown = { value: number } | { fewerThan: number };

/** Median and percentile of a duration, in hours, against what was designed. */
export interface TimeEvidence {
  /** The written `within`. */
  within: string;
  clock: 'working' | 'calendar';
  /** How many cases were measured (hidden below `min-cases`). */
  measured: Shown;
  /** Hours; null when nothing was measured or fewer than `min-cases` were. */
  medianHours: number | null;
  percentileHours: number | null;
  /** The percentile exceeds `within` (only when at least `min-cases` were measured). */
  over: boolean;
}

export interface StepEvidence {
  /** The step's index in `steps`. */
  step: number;
  cases: Shown;
  /** Of all kept cases. */
  share: Shown;
  repeatShare: Shown;
  pingpongShare: Shown;
  /** Time from the step to what ends its promise: the figures' one time per step. */
  promise?: TimeEvidence & { keptShare: Shown };
  /** True when the step has `observed` patterns but no kept case visits it. */
  unvisited: boolean;
}

export interface HandoffEvidence extends TimeEvidence {
  /** The key of the handoff arrow (HandoffArrow.key) it belongs to. */
  arrow: string;
  step: number;
}

export interface TransitionEvidence {
  from: number;
  to: number;
  designed: boolean;
  cases: Shown;
  /** Of the cases that visit `from`. */
  share: Shown;
}

export interface VariantEvidence {
  steps: { index: number; id: string }[];
  cases: Shown;
}

/** What the journey's event log says, as the overlay and the Lived journey view show it. */
export interface EvidenceOverlay {
  /** The `min-cases` threshold the figures were shown with. */
  minCases: number;
  /** The percentile the time figures give (`percentile` of the config). */
  percentile: number;
  cases: Shown;
  steps: StepEvidence[];
  handoffs: HandoffEvidence[];
  transitions: TransitionEvidence[];
  variants: VariantEvidence[];
  /** The log could not be used: the evidence-log finding says why; the views only say so. */
  unusable?: boolean;
}
