/**
 * The evidence overlay on the blueprint: a lane of figures per step, a lane
 * with the undesigned paths as dashed arcs between step columns, and the
 * measured time on each handoff. Columns have a fixed width, so the arcs are
 * drawn here, without measuring: the preview and the HTML export show the same.
 */
import type { Blueprint, EvidenceOverlay, HandoffEvidence, StepCell, StepEvidence, TransitionEvidence } from '../types';
import { h, s, type Child, type VElement } from '../vnode';
import { casesText, shareText, timeText } from './evidence-text';
import { COLUMN_PX, laneHeader, laneRow } from './grid';
import { icon } from './icons';
import type { Labels } from './labels';
import { navProps, srOnly } from './parts';

/** The overlay's rows, first keyboard rows `row` and `row + 1`; none when the journey has no evidence. */
export function evidenceRows(L: Labels, bp: Blueprint, row: number, columnPx = COLUMN_PX): VElement[] {
  const ev = bp.evidence;
  if (!ev) return [];
  const figures = laneRow('evidence', laneHeader(L.evidence.lane, 'graph'), bp.steps.map((st) => figureCell(L, ev, st, row)));
  const undesigned = ev.transitions.filter((t) => !t.designed);
  if (undesigned.length === 0) return [figures];
  const n = bp.steps.length;
  const paths = laneRow('paths', laneHeader(L.evidence.paths, 'git-compare'), [
    h('div', {
      role: 'gridcell', class: 'cell paths-cell', 'aria-colspan': n, 'aria-label': `${L.evidence.paths}: ${undesigned.map((t) => transitionText(L, bp, t)).join('; ')}`,
      style: { 'grid-column': `span ${Math.max(1, n)}` }, ...navProps({ row: row + 1, col: 0, span: n }, 'evidence-paths'),
    }, transitionArcs(L, bp, undesigned, n * columnPx, columnPx)),
  ]);
  return [figures, paths];
}

function figureCell(L: Labels, ev: EvidenceOverlay, st: StepCell, row: number): VElement {
  const f = ev.steps.find((x) => x.step === st.index);
  return h('div', { role: 'gridcell', class: `cell evidence-cell${f?.unvisited ? ' unvisited' : ''}`, 'data-select': st.key, 'aria-label': `${L.evidence.lane}, ${st.id}`, ...navProps({ row, col: st.index }, `evidence-${st.index}`) },
    f ? stepFigures(L, f, ev.percentile) : h('p', { class: 'empty-note' }, ev.unusable ? L.evidence.unusable : '—'));
}

function stepFigures(L: Labels, f: StepEvidence, percentile: number): Child[] {
  return [
    h('p', { class: 'ev-cases' }, icon('account'), ' ', h('strong', {}, casesText(L, f.cases)), ' · ', shareText(L, f.share), ' ', L.evidence.ofAll),
    f.unvisited ? h('p', { class: 'ev-unvisited' }, icon('circle-slash'), ' ', L.evidence.unvisited) : null,
    f.promise ? h('p', { class: `ev-promise${f.promise.over ? ' over' : ''}` }, icon('watch'), ' ', srOnly(`${L.promise}: `),
      timeText(L, f.promise, percentile), ' · ', shareText(L, f.promise.keptShare), ' ', L.evidence.kept,
      f.promise.over ? [' — ', h('strong', { class: 'over-note' }, L.evidence.over)] : null) : null,
    h('p', { class: 'ev-repeat' }, icon('refresh'), ' ', `${L.evidence.repeat}: `, shareText(L, f.repeatShare)),
    h('p', { class: 'ev-pingpong' }, icon('arrow-swap'), ' ', `${L.evidence.pingpong}: `, shareText(L, f.pingpongShare)),
  ];
}

/** The measured time of a handoff, on the card that hands the work on. */
export function handoffFigures(L: Labels, e: HandoffEvidence, percentile: number): VElement {
  return h('p', { class: `ev-handoff${e.over ? ' over' : ''}`, 'data-evidence-arrow': e.arrow }, icon('watch'), ' ', timeText(L, e, percentile),
    e.over ? [' — ', h('strong', { class: 'over-note' }, L.evidence.over)] : null);
}

/** "melden → opgelost: 12% of its cases, not designed". */
export function transitionText(L: Labels, bp: Blueprint, t: TransitionEvidence): string {
  const id = (i: number) => bp.steps[i]?.id ?? '?';
  return `${id(t.from)} → ${id(t.to)}: ${casesText(L, t.cases)}, ${shareText(L, t.share)} ${L.evidence.ofStep}, ${t.designed ? L.evidence.designed : L.evidence.undesigned}`;
}

const BASE = 48;

/**
 * Arcs from the centre of one column to another's: forward above the
 * middle line, backward below it, higher the further they reach, each
 * labelled (`label`) with its share or its number of cases.
 */
export function transitionArcs(L: Labels, bp: Blueprint, transitions: readonly TransitionEvidence[], width: number, columnPx: number, label: (t: TransitionEvidence) => string = (t) => shareText(L, t.share)): VElement {
  const height = BASE * 2;
  return s('svg', { class: 'ev-arcs', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' },
    s('defs', {}, s('marker', { id: 'ev-head', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
      s('path', { class: 'ev-head', d: 'M 0 0 L 10 5 L 0 10 z' }))),
    s('line', { class: 'ev-axis', x1: 0, x2: width, y1: BASE, y2: BASE }),
    transitions.map((t) => {
      const x1 = t.from * columnPx + columnPx / 2;
      const x2 = t.to * columnPx + columnPx / 2;
      const up = t.to > t.from ? -1 : 1;
      const lift = Math.min(BASE - 8, 16 + 8 * Math.abs(t.to - t.from)) * 2;
      const mid = (x1 + x2) / 2;
      const apex = BASE + (up * lift) / 2;
      return s('g', { class: `ev-transition ${t.designed ? 'designed' : 'undesigned'}`, 'data-from': bp.steps[t.from]?.key, 'data-to': bp.steps[t.to]?.key },
        s('title', {}, transitionText(L, bp, t)),
        s('path', { class: 'ev-arc', d: `M ${x1} ${BASE} Q ${mid} ${BASE + up * lift} ${x2} ${BASE}`, 'marker-end': 'url(#ev-head)' }),
        s('text', { class: 'ev-label', x: mid, y: up < 0 ? apex - 4 : apex + 12, 'text-anchor': 'middle' }, label(t)));
    }));
}

export function evidenceLegend(L: Labels): VElement[] {
  return [
    h('li', { class: 'ev-legend undesigned' },
      s('svg', { width: 28, height: 10, 'aria-hidden': 'true', focusable: 'false' }, s('line', { class: 'ev-arc', x1: 1, y1: 5, x2: 27, y2: 5 })),
      ' ', L.evidence.undesigned),
    h('li', { class: 'ev-legend over' }, icon('watch'), ' ', L.evidence.over),
  ];
}
