/**
 * The service blueprint (all lanes) and the customer journey (the customer
 * lane and the emotion curve only): lanes × step columns.
 */
import type { Blueprint, StepCell, TaskCell } from '../types';
import { h, type VElement } from '../vnode';
import { emotionCurve, emotionSummary } from './emotion';
import { evidenceRows, handoffFigures } from './evidence';
import { gridFrame, headerRows, laneCell, laneHeader, laneRow, separatorRow } from './grid';
import { LABELS as L } from './labels';
import { arrowPassing, compactLine, customerContent, navProps, partnerChip, systemChip, taskCard, type Nav } from './parts';
import { pathsRow } from './paths';
import { DEFAULT_SCALE, type GridScale } from './scale';

export type LaneId = 'customer' | 'emotion' | 'front' | 'back' | 'partner' | 'system';
export const BLUEPRINT_LANES: readonly LaneId[] = ['customer', 'emotion', 'front', 'back', 'partner', 'system'];
export const CUSTOMER_LANES: readonly LaneId[] = ['customer', 'emotion'];

const LANE_ICONS: Record<LaneId, string> = {
  customer: 'person', emotion: 'pulse', front: 'organization', back: 'gear', partner: 'briefcase', system: 'server',
};

/** With `evidence`, the overlay's lanes come first, under the step headers. */
export function blueprintGrid(bp: Blueprint, lanes: readonly LaneId[], label: string, evidence = false, scale: GridScale = DEFAULT_SCALE): VElement {
  const n = bp.steps.length;
  const rows = headerRows(bp);
  // The paths have no keyboard stops: the steps' headers and cells are where a path leads.
  const paths = pathsRow(bp, scale);
  if (paths) rows.push(paths);
  let navRow = 1;
  if (evidence) {
    const overlay = evidenceRows(bp, navRow, scale.column);
    rows.push(...overlay);
    navRow += overlay.length;
  }
  for (const lane of lanes) {
    if (lane === 'front') rows.push(separatorRow(L.lineOfInteraction, 'interaction', n));
    if (lane === 'back') rows.push(separatorRow(L.lineOfVisibility, 'visibility', n));
    rows.push(lane === 'emotion' ? emotionRow(bp, navRow, scale.column) : laneRow(lane, laneHeader(L.lanes[lane], LANE_ICONS[lane]), bp.steps.map((st) => laneContent(bp, lane, st, navRow, evidence))));
    navRow++;
  }
  return gridFrame(label, n, rows, scale);
}

function emotionRow(bp: Blueprint, row: number, columnPx: number): VElement {
  const n = bp.steps.length;
  return laneRow('emotion', laneHeader(L.lanes.emotion, LANE_ICONS.emotion, '−2 … +2'), [
    h('div', {
      role: 'gridcell', class: 'cell emotion-cell', 'aria-colspan': n, 'aria-label': `${L.lanes.emotion}: ${emotionSummary(bp.steps)}`,
      style: { 'grid-column': `span ${Math.max(1, n)}` }, ...navProps({ row, col: 0, span: n }, 'emotion'),
    }, emotionCurve(bp.steps, columnPx, bp.flow.branched ? bp.flow.tracks : [])),
  ]);
}

function laneContent(bp: Blueprint, lane: LaneId, step: StepCell, row: number, evidence: boolean): VElement {
  const nav = (sub: number): Nav => ({ row, col: step.index, sub });
  if (lane === 'customer') {
    return h('div', { role: 'gridcell', class: 'cell customer-cell', 'data-select': step.key, title: step.customer, ...navProps(nav(0), step.key) },
      customerContent(step), compactLine(step, [step, ...step.tasks, ...step.partners].flatMap((c) => c.findings)));
  }
  if (lane === 'system') return laneCell(nav(0), step.systems.map((s, i) => systemChip(s, nav(i))), L.lanes.system);
  const tasks = step.tasks.filter((t) => t.lane === lane);
  const card = (t: TaskCell, sub: number, showActor = true): VElement => {
    const out = bp.handoffs.find((a) => a.from === t.key);
    const measured = evidence && out ? bp.evidence?.handoffs.find((e) => e.arrow === out.key) : undefined;
    return taskCard(t, { nav: nav(sub), handsOn: out && arrowPassing(out), measured: measured && handoffFigures(measured, bp.evidence!.percentile), showActor });
  };
  if (lane !== 'partner') return laneCell(nav(0), tasks.map((t, i) => card(t, i)), L.lanes[lane]);
  // A partner once per step: its chip, and under it what it does here (the chip names it).
  const cards: VElement[] = [];
  for (const p of step.partners) {
    cards.push(partnerChip(p, nav(cards.length)));
    for (const t of tasks.filter((x) => x.actor?.id === p.id)) cards.push(card(t, cards.length, false));
  }
  for (const t of tasks.filter((x) => !step.partners.some((p) => p.id === x.actor?.id))) cards.push(card(t, cards.length));
  return laneCell(nav(0), cards, L.lanes[lane]);
}
