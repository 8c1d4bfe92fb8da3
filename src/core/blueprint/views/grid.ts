/**
 * The frame shared by the blueprint, customer and employee views: an ARIA
 * grid laid out with CSS grid, a sticky lane-header column, stage and step
 * header rows, and one row per lane. Columns have a fixed width so that 200
 * steps simply scroll sideways and the emotion curve lines up.
 */
import type { Blueprint } from '../types';
import { h, type Child, type VElement } from '../vnode';
import { icon } from './icons';
import { LABELS as L } from './labels';
import { navProps, stepMarkers, type Nav } from './parts';

export const COLUMN_PX = 232;
export const LANE_PX = 152;

export function gridFrame(label: string, columns: number, rows: readonly VElement[]): VElement {
  return h('div', { class: 'scroller', 'data-scroller': true },
    h('div', {
      class: 'grid', role: 'grid', 'aria-label': label, 'aria-colcount': columns + 1, 'aria-rowcount': rows.length,
      style: { 'grid-template-columns': `${LANE_PX}px repeat(${columns}, ${COLUMN_PX}px)` },
    }, rows));
}

/** The stage row and the step row; the step headers are the first keyboard row. */
export function headerRows(bp: Blueprint): VElement[] {
  const stages = h('div', { role: 'row', class: 'row stages' },
    h('div', { role: 'columnheader', class: 'corner' }, L.stage),
    bp.stages.map((g) => h('div', {
      role: 'columnheader', class: `stage${g.name ? '' : ' none'}`, 'aria-colspan': g.span,
      style: { 'grid-column': `span ${g.span}` },
    }, h('span', { class: 'sticky-text' }, g.name ?? L.noStage))));
  const steps = h('div', { role: 'row', class: 'row steps' },
    h('div', { role: 'columnheader', class: 'corner' }, L.step),
    bp.steps.map((st) => h('div', { role: 'columnheader', class: 'step-head', 'data-select': st.key, ...navProps({ row: 0, col: st.index }, `head-${st.index}`) },
      h('span', { class: 'number' }, `${st.index + 1}`), ' ', h('span', { class: 'id' }, st.id), ' ', stepMarkers(st))));
  return [stages, steps];
}

export function laneRow(lane: string, header: VElement, cells: readonly Child[]): VElement {
  return h('div', { role: 'row', class: `row lane lane-${lane}` }, header, cells);
}

export function laneHeader(label: string, iconName: string, note?: string): VElement {
  return h('div', { role: 'rowheader', class: 'lane-head' }, icon(iconName), ' ', h('span', { class: 'lane-name' }, label), note ? h('small', { class: 'lane-note' }, note) : null);
}

/** The line of interaction or visibility: a labelled rule across the grid. */
export function separatorRow(label: string, kind: string, columns: number): VElement {
  return h('div', { role: 'row', class: `row line line-${kind}` },
    h('div', { role: 'gridcell', class: 'line-cell', 'aria-colspan': columns + 1, style: { 'grid-column': `span ${columns + 1}` } },
      h('span', { class: 'sticky-text' }, label)));
}

/** A lane cell: a keyboard stop itself when empty, else its cards are. */
export function laneCell(nav: Nav, cards: readonly VElement[], label?: string): VElement {
  if (cards.length === 0) return h('div', { role: 'gridcell', class: 'cell empty', 'aria-label': label, ...navProps(nav, `cell-${nav.row}-${nav.col}`) });
  return h('div', { role: 'gridcell', class: 'cell' }, cards);
}
