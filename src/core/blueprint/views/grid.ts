/**
 * The frame shared by the blueprint, customer and employee views: an ARIA
 * grid laid out with CSS grid, a sticky lane-header column, stage and step
 * header rows, and one row per lane. All columns have one width (the zoom,
 * see scale.ts), so the emotion curve and the paths line up with the grid
 * without measuring anything; the grid's class names the zoom level.
 */
import type { Blueprint } from '../types';
import { h, type Child, type VElement } from '../vnode';
import { icon } from './icons';
import type { Labels } from './labels';
import { navProps, stepMarkers, worstSeverity, type Nav } from './parts';
import { DEFAULT_SCALE, type GridScale } from './scale';

export { COLUMN_PX } from './scale';

/** Below this column width a two-digit step number does not fit: the headers number every fifth step. */
const NARROW = 18;

export function gridFrame(label: string, columns: number, rows: readonly VElement[], scale: GridScale = DEFAULT_SCALE): VElement {
  return h('div', { class: 'scroller', 'data-scroller': true },
    h('div', {
      class: `grid zoom-${scale.level}${scale.column < NARROW ? ' narrow' : ''}`, role: 'grid', 'aria-label': label, 'aria-colcount': columns + 1, 'aria-rowcount': rows.length,
      style: { 'grid-template-columns': `${scale.lane}px repeat(${columns}, ${scale.column}px)`, '--lane': `${scale.lane}px` },
    }, rows));
}

/** The stage row and the step row; the step headers are the first keyboard row. */
export function headerRows(L: Labels, bp: Blueprint): VElement[] {
  const stages = h('div', { role: 'row', class: 'row stages' },
    h('div', { role: 'columnheader', class: 'corner' }, h('span', { class: 'corner-text' }, L.stage)),
    bp.stages.map((g) => h('div', {
      role: 'columnheader', class: `stage${g.name ? '' : ' none'}`, 'aria-colspan': g.span, title: g.name ?? L.noStage,
      style: { 'grid-column': `span ${g.span}` },
    }, h('span', { class: 'sticky-text' }, g.name ?? L.noStage))));
  const branched = bp.flow.branched;
  const steps = h('div', { role: 'row', class: 'row steps' },
    h('div', { role: 'columnheader', class: 'corner' }, h('span', { class: 'corner-text' }, L.step)),
    bp.steps.map((st) => {
      const sev = worstSeverity([st, ...st.tasks, ...st.partners].flatMap((c) => c.findings));
      const track = branched ? ` track-${Math.min(bp.flow.tracks[st.index] ?? 0, 5)}` : '';
      const milestone = st.index === 0 || (st.index + 1) % 5 === 0 ? ' milestone' : '';
      return h('div', { role: 'columnheader', class: `step-head${sev ? ` sev-${sev}` : ''}${track}${milestone}`, 'data-select': st.key, title: `${st.index + 1} ${st.id}`, ...navProps({ row: 0, col: st.index }, `head-${st.index}`) },
        h('span', { class: 'number' }, `${st.index + 1}`), ' ', h('span', { class: 'id' }, st.id), ' ', stepMarkers(L, st));
    }));
  return [stages, steps];
}

export function laneRow(lane: string, header: VElement, cells: readonly Child[]): VElement {
  return h('div', { role: 'row', class: `row lane lane-${lane}` }, header, cells);
}

/** The label sticks to the top of the view too, so a lane taller than the panel keeps its name in sight. */
export function laneHeader(label: string, iconName: string, note?: string): VElement {
  return h('div', { role: 'rowheader', class: 'lane-head', title: label },
    h('div', { class: 'lane-label' }, icon(iconName), ' ', h('span', { class: 'lane-name' }, label), note ? h('small', { class: 'lane-note' }, note) : null));
}

/**
 * The line of interaction or visibility: a labelled rule across the grid.
 * Its label is a cell of the sticky label column, opaque like the lane
 * labels, so no handoff arrow crossing the line shows through it.
 */
export function separatorRow(label: string, kind: string, columns: number): VElement {
  return h('div', { role: 'row', class: `row line line-${kind}` },
    h('div', { role: 'rowheader', class: 'line-cell line-head', title: label }, h('span', { class: 'line-text' }, label)),
    h('div', { role: 'gridcell', class: 'line-rule', 'aria-hidden': 'true', style: { 'grid-column': `span ${Math.max(1, columns)}` } }));
}

/** A lane cell: a keyboard stop itself when empty, else its cards are. */
export function laneCell(nav: Nav, cards: readonly VElement[], label?: string): VElement {
  if (cards.length === 0) return h('div', { role: 'gridcell', class: 'cell empty', 'aria-label': label, ...navProps(nav, `cell-${nav.row}-${nav.col}`) });
  return h('div', { role: 'gridcell', class: 'cell' }, cards);
}
