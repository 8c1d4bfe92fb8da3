/**
 * Builds the blueprint view model from one analysis: steps as columns, their
 * tasks, partners and systems, handoff arrows, and every finding placed on the
 * cell whose YAML contains it. Pure: no editor, no DOM, no I/O.
 */
import type { Analysis } from '../engine/check';
import { DEFAULT_THRESHOLDS, type EvidenceOutcome } from '../evidence/types';
import type { Texts } from '../i18n/language';
import { isMap, isScalar, type Document } from 'yaml';
import { successors, stepsById } from '../model/flow';
import { locate } from '../yaml/locate';
import { isEnd, type Ref, type Step, type Task } from '../model/model';
import { partnerDependencies } from '../model/partners';
import type { Scope } from '../model/scope';
import { placeFindings, summarize, totalsOf, type Target } from './findings';
import { evidenceOverlay } from './evidence';
import { flowLayout } from './flow-layout';
import { arrowsOf } from './handoffs';
import { SourceRanges } from './source';
import type { ActorInfo, Blueprint, ChannelInfo, PartnerCell, StageGroup, StepCell, SystemCell, TaskCell, TaskLane } from './types';

export interface BuildOptions {
  /**
   * The journey's evidence, when the caller obtained it apart from the
   * analysis (the preview before the editor supplies it); else analysis.evidence.
   */
  evidence?: EvidenceOutcome;
  /** `min-cases` of the config's `evidence:` section: smaller figures are not shown. */
  minCases?: number;
}

export function buildBlueprint(analysis: Analysis, options: BuildOptions = {}): Blueprint {
  const { journey, scope } = analysis;
  const src = new SourceRanges(analysis.parsed.doc, analysis.parsed.lines);
  const targets: Target[] = [];
  const byId = stepsById(journey?.steps ?? []);
  const steps = journey && scope ? journey.steps.map((s) => stepCell(s, journey.steps, byId, scope, src, targets, analysis.parsed.doc)) : [];
  const journeyFindings = placeFindings(analysis.findings, targets, src, journey?.file);
  const handoffs = journey ? arrowsOf(journey.steps, steps) : [];
  const outcome = journey?.evidence ? options.evidence ?? analysis.evidence : undefined;
  return {
    title: journey?.title ?? '',
    need: journey?.need,
    outcome: journey?.outcome,
    persona: journey?.persona,
    owner: journey?.owner,
    reviewed: journey?.reviewed?.text,
    measures: Object.entries(journey?.measures ?? {}).map(([name, target]) => ({ name, target })),
    stages: stageGroups(steps),
    steps,
    flow: flowLayout(steps.map((st) => st.next)),
    handoffs,
    journeyFindings,
    summary: summarize(analysis.findings),
    totals: totalsOf(analysis.findings),
    problem: problemOf(analysis),
    evidence: journey && outcome ? evidenceOverlay({
      outcome,
      stepIds: journey.steps.map((st) => st.id?.id),
      observed: journey.steps.map((st) => st.observed.length > 0 || st.process.some((t) => t.observed.length > 0)),
      arrows: handoffs,
      minCases: options.minCases ?? DEFAULT_THRESHOLDS.minCases,
    }) : undefined,
  };
}

const PROBLEM: Texts<{ notJourney: string; syntax: string }> = {
  en: { notJourney: 'This file is not a journey, so it has no blueprint.', syntax: 'The YAML has syntax errors; fix them to see the blueprint.' },
  nl: { notJourney: 'Dit bestand is geen klantreis en heeft dus geen blueprint.', syntax: 'De YAML bevat syntaxisfouten; los ze op om de blueprint te zien.' },
};

/** In the language of the findings, which the preview's labels share. */
function problemOf(analysis: Analysis): string | undefined {
  if (analysis.kind !== 'journey') return PROBLEM[analysis.language].notJourney;
  if (analysis.parsed.problems.length > 0) return PROBLEM[analysis.language].syntax;
  return undefined;
}

function stepCell(step: Step, all: readonly Step[], byId: ReadonlyMap<string, Step>, scope: Scope, src: SourceRanges, targets: Target[], doc: Document.Parsed | undefined): StepCell {
  const i = step.index;
  const span = src.nodeSpan(step.path);
  const tasks = step.process.map((t) => taskCell(t, i, scope, src));
  const cell: StepCell = {
    key: `step-${i}`,
    range: src.range(span),
    anchor: src.range(src.anchorSpan(step.path, ['id', 'customer'])),
    findings: [],
    index: i,
    id: step.id?.id ?? `step ${i + 1}`,
    stage: step.stage?.id,
    customer: step.customer,
    channel: step.channel ? channelInfo(step.channel.id, scope) : undefined,
    fallbacks: step.fallback.map((f) => channelInfo(f.id, scope)),
    asks: step.asks.map((a) => a.text),
    promise: step.promise && { says: step.promise.says, by: step.promise.by && actorLabel(step.promise.by.id, scope), within: step.promise.within?.text },
    emotion: step.emotion,
    kano: step.kano,
    momentOfTruth: step.momentOfTruth,
    pain: step.pain.map((p) => p.text),
    idea: step.idea.map((p) => p.text),
    end: isEnd(step, all),
    next: successors(step, all, byId).map((s) => s.index),
    script: step.script,
    extras: extrasOf(doc, step),
    tasks,
    partners: partnerCells(step, scope, src, targets),
    systems: systemCells(step, scope, src),
  };
  targets.push({ cell, span });
  step.process.forEach((t, n) => targets.push({ cell: tasks[n], span: src.nodeSpan(t.path) }));
  return cell;
}

/** The longest `x-` value shown; the editor has the rest. */
const EXTRA_CHARS = 400;

function extrasOf(doc: Document.Parsed | undefined, step: Step): { key: string; value: string }[] {
  const found = locate(doc, step.path);
  const node = found.depth === step.path.length ? found.node : undefined;
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (!key?.startsWith('x-')) return [];
    const v: unknown = isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.();
    const text = typeof v === 'string' ? v : JSON.stringify(v) ?? '';
    return [{ key, value: text.length > EXTRA_CHARS ? `${text.slice(0, EXTRA_CHARS)}…` : text }];
  });
}

function taskCell(task: Task, step: number, scope: Scope, src: SourceRanges): TaskCell {
  const actor = task.actor ? actorInfo(task.actor.id, task.actor.kind, scope) : undefined;
  const h = task.handoff;
  return {
    key: `task-${step}-${task.index}`,
    range: src.range(src.nodeSpan(task.path)),
    anchor: src.range(src.anchorSpan(task.path, ['does', 'team', 'partner'])),
    findings: [],
    step,
    index: task.index,
    lane: laneOf(actor),
    actor,
    does: task.does,
    systems: task.systems.map((s) => scope.get('system', s.id)?.name ?? s.id),
    instruction: task.instruction,
    handoff: h && { to: h.to && actorLabel(h.to.id, scope), gives: h.gives, within: h.within?.text },
  };
}

function laneOf(actor: ActorInfo | undefined): TaskLane {
  if (actor?.kind === 'partner') return 'partner';
  return actor?.line === 'front' ? 'front' : 'back';
}

/**
 * Partners listed in the step's `partners` take the findings on those
 * entries; partners that only act in a task leave theirs on the task.
 */
function partnerCells(step: Step, scope: Scope, src: SourceRanges, targets: Target[]): PartnerCell[] {
  return [...partnerDependencies(step).values()].map((ref, n) => {
    const decl = scope.get('partner', ref.id);
    const span = src.nodeSpan(ref.path);
    const cell: PartnerCell = {
      key: `partner-${step.index}-${n}`,
      range: src.range(span),
      anchor: src.range(span),
      findings: [],
      step: step.index,
      id: ref.id,
      label: decl?.name ?? ref.id,
      known: !!decl,
      agreement: decl?.agreement,
      sla: decl?.sla,
      fallback: decl?.fallback,
    };
    if (step.partners.includes(ref)) targets.push({ cell, span });
    return cell;
  });
}

function systemCells(step: Step, scope: Scope, src: SourceRanges): SystemCell[] {
  const first = new Map<string, Ref>();
  for (const t of step.process) for (const s of t.systems) if (!first.has(s.id)) first.set(s.id, s);
  return [...first.values()].map((ref, n) => {
    const decl = scope.get('system', ref.id);
    const range = src.range(src.nodeSpan(ref.path));
    return { key: `system-${step.index}-${n}`, range, anchor: range, findings: [], step: step.index, id: ref.id, label: decl?.name ?? ref.id, known: !!decl };
  });
}

function channelInfo(id: string, scope: Scope): ChannelInfo {
  const decl = scope.get('channel', id);
  return { id, label: decl?.name ?? id, kind: decl?.channelKind, human: decl?.human ?? false, known: !!decl, hours: decl?.hours };
}

function actorInfo(id: string, kind: 'team' | 'partner', scope: Scope): ActorInfo {
  if (kind === 'partner') {
    const decl = scope.get('partner', id);
    return { id, kind, label: decl?.name ?? id, known: !!decl };
  }
  const decl = scope.get('team', id);
  return { id, kind, label: decl?.name ?? id, line: decl?.line ?? 'back', known: !!decl };
}

/** A team's or partner's display name, for handoff targets and promise owners. */
function actorLabel(id: string, scope: Scope): string {
  return scope.get('team', id)?.name ?? scope.get('partner', id)?.name ?? id;
}

function stageGroups(steps: readonly StepCell[]): StageGroup[] {
  const groups: StageGroup[] = [];
  for (const s of steps) {
    const last = groups[groups.length - 1];
    if (last && last.name === s.stage) last.span++;
    else groups.push({ name: s.stage, start: s.index, span: 1 });
  }
  return groups;
}
