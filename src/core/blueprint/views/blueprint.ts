/**
 * The service blueprint (all lanes) and the customer journey (the customer
 * lane and the emotion curve only): lanes × step columns.
 */
import type { Blueprint, HandoffArrow, HandoffEvidence, StepCell, TaskCell } from '../types';
import { h, type VElement } from '../vnode';
import type { CellMemo } from './cell-memo';
import { emotionCurve, emotionSummary } from './emotion';
import { evidenceRows, handoffFigures } from './evidence';
import { gridFrame, headerRows, laneCell, laneHeader, laneRow, separatorRow } from './grid';
import type { Labels } from './labels';
import { arrowPassing, compactLine, customerContent, navProps, partnerChip, systemChip, taskCard, type Nav } from './parts';
import { pathsRow } from './paths';
import { DEFAULT_SCALE, type GridScale } from './scale';

export type LaneId = 'customer' | 'emotion' | 'front' | 'back' | 'partner' | 'system';
export const BLUEPRINT_LANES: readonly LaneId[] = ['customer', 'emotion', 'front', 'back', 'partner', 'system'];
export const CUSTOMER_LANES: readonly LaneId[] = ['customer', 'emotion'];

const LANE_ICONS: Record<LaneId, string> = {
  customer: 'person', emotion: 'pulse', front: 'organization', back: 'gear', partner: 'briefcase', system: 'server',
};

/** What the cells of one render share: each task's outgoing arrow and its measured figures, found once. */
interface GridContext {
  L: Labels;
  bp: Blueprint;
  evidence: boolean;
  outOf: Map<string, HandoffArrow>;
  measuredOf: Map<string, HandoffEvidence>;
}

function gridContext(L: Labels, bp: Blueprint, evidence: boolean): GridContext {
  const outOf = new Map<string, HandoffArrow>();
  // The first arrow from a task is the one its card names, as before.
  for (const a of bp.handoffs) if (!outOf.has(a.from)) outOf.set(a.from, a);
  const measuredOf = new Map<string, HandoffEvidence>();
  for (const e of evidence ? bp.evidence?.handoffs ?? [] : []) if (!measuredOf.has(e.arrow)) measuredOf.set(e.arrow, e);
  return { L, bp, evidence, outOf, measuredOf };
}

/** Everything a step's cells are drawn from, as text: the memo's key. */
function stepInputs(ctx: GridContext, step: StepCell): string {
  const outs = step.tasks.map((t) => ctx.outOf.get(t.key));
  const measured = outs.map((a) => a && ctx.measuredOf.get(a.key));
  return JSON.stringify([step, outs, measured, ctx.evidence, ctx.bp.evidence?.percentile]);
}

/**
 * With `evidence`, the overlay's lanes come first, under the step headers.
 * With a `memo`, the lane cells of steps that did not change are last render's.
 */
export function blueprintGrid(L: Labels, bp: Blueprint, lanes: readonly LaneId[], label: string, evidence = false, scale: GridScale = DEFAULT_SCALE, memo?: CellMemo): VElement {
  const n = bp.steps.length;
  const rows = headerRows(L, bp);
  // The paths have no keyboard stops: the steps' headers and cells are where a path leads.
  const paths = pathsRow(L, bp, scale);
  if (paths) rows.push(paths);
  let navRow = 1;
  if (evidence) {
    const overlay = evidenceRows(L, bp, navRow, scale.column);
    rows.push(...overlay);
    navRow += overlay.length;
  }
  const ctx = gridContext(L, bp, evidence);
  const inputs = memo ? bp.steps.map((st) => stepInputs(ctx, st)) : [];
  for (const lane of lanes) {
    if (lane === 'front') rows.push(separatorRow(L.lineOfInteraction, 'interaction', n));
    if (lane === 'back') rows.push(separatorRow(L.lineOfVisibility, 'visibility', n));
    const row = navRow;
    const cell = (st: StepCell, i: number): VElement => memo
      ? memo.cell(L, inputs[i], `${lane}|${row}`, () => laneContent(ctx, lane, st, row))
      : laneContent(ctx, lane, st, row);
    rows.push(lane === 'emotion' ? emotionRow(L, bp, navRow, scale.column) : laneRow(lane, laneHeader(L.lanes[lane], LANE_ICONS[lane]), bp.steps.map(cell)));
    navRow++;
  }
  return gridFrame(label, n, rows, scale);
}

function emotionRow(L: Labels, bp: Blueprint, row: number, columnPx: number): VElement {
  const n = bp.steps.length;
  return laneRow('emotion', laneHeader(L.lanes.emotion, LANE_ICONS.emotion, '−2 … +2'), [
    h('div', {
      role: 'gridcell', class: 'cell emotion-cell', 'aria-colspan': n, 'aria-label': `${L.lanes.emotion}: ${emotionSummary(L, bp.steps)}`,
      style: { 'grid-column': `span ${Math.max(1, n)}` }, ...navProps({ row, col: 0, span: n }, 'emotion'),
    }, emotionCurve(L, bp.steps, columnPx, bp.flow.branched ? bp.flow.tracks : [])),
  ]);
}

function laneContent(ctx: GridContext, lane: LaneId, step: StepCell, row: number): VElement {
  const { L } = ctx;
  const nav = (sub: number): Nav => ({ row, col: step.index, sub });
  if (lane === 'customer') {
    return h('div', { role: 'gridcell', class: 'cell customer-cell', 'data-select': step.key, title: step.customer, ...navProps(nav(0), step.key) },
      customerContent(L, step), compactLine(L, step, [step, ...step.tasks, ...step.partners].flatMap((c) => c.findings)));
  }
  if (lane === 'system') return laneCell(nav(0), step.systems.map((s, i) => systemChip(s, nav(i))), L.lanes.system);
  const tasks = step.tasks.filter((t) => t.lane === lane);
  const card = (t: TaskCell, sub: number, showActor = true): VElement => {
    const out = ctx.outOf.get(t.key);
    const measured = out && ctx.measuredOf.get(out.key);
    return taskCard(L, t, { nav: nav(sub), handsOn: out && arrowPassing(out), measured: measured && handoffFigures(L, measured, ctx.bp.evidence!.percentile), showActor });
  };
  if (lane !== 'partner') return laneCell(nav(0), tasks.map((t, i) => card(t, i)), L.lanes[lane]);
  // A partner once per step: its chip, and under it what it does here (the chip names it).
  const cards: VElement[] = [];
  for (const p of step.partners) {
    cards.push(partnerChip(L, p, nav(cards.length)));
    for (const t of tasks.filter((x) => x.actor?.id === p.id)) cards.push(card(t, cards.length, false));
  }
  for (const t of tasks.filter((x) => !step.partners.some((p) => p.id === x.actor?.id))) cards.push(card(t, cards.length));
  return laneCell(nav(0), cards, L.lanes[lane]);
}
