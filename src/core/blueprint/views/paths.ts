/**
 * The Paths lane: the journey as a graph over the step columns. Each step is
 * a dot on its track (flow-layout.ts); a fork sends its branches out on
 * tracks of their own, side by side, until they join again; a loop returns
 * below the tracks to an earlier column; an end step is ringed. Drawn only
 * when the journey is more than one straight line.
 */
import type { FlowEdge } from '../flow-layout';
import type { Blueprint } from '../types';
import { h, s, type VElement } from '../vnode';
import { laneHeader, laneRow } from './grid';
import type { Labels } from './labels';
import type { GridScale } from './scale';

const TOP = 12;
const TRACK = 16;
const LOOP = 18;

export function pathsRow(L: Labels, bp: Blueprint, scale: GridScale): VElement | null {
  const { flow } = bp;
  if (!flow.branched) return null;
  const n = bp.steps.length;
  const col = scale.column;
  const cx = (i: number): number => round(i * col + col / 2);
  const ty = (t: number): number => TOP + t * TRACK;
  const loops = flow.edges.filter((e) => e.back);
  const bottom = ty(flow.trackCount - 1) + 8;
  const height = bottom + (loops.length > 0 ? LOOP + 4 : 4);
  const width = round(n * col);
  const id = (i: number): string => bp.steps[i]?.id ?? '?';
  const k = Math.min(col / 4, 24);
  const forward = (e: FlowEdge): string => {
    const [x1, x2] = [cx(e.from), cx(e.to)];
    const [y1, yr, y2] = [ty(flow.tracks[e.from]), ty(e.track), ty(flow.tracks[e.to])];
    if (y1 === yr && yr === y2) return `M ${x1} ${y1} H ${x2}`;
    const out = y1 === yr ? `M ${x1} ${y1}` : `M ${x1} ${y1} C ${round(x1 + k)} ${y1} ${round(x1 + k)} ${yr} ${round(x1 + 2 * k)} ${yr}`;
    const back = yr === y2 ? ` H ${x2}` : ` H ${round(x2 - 2 * k)} C ${round(x2 - k)} ${yr} ${round(x2 - k)} ${y2} ${x2} ${y2}`;
    return out + back;
  };
  const loop = (e: FlowEdge, i: number): string => {
    const y = bottom + LOOP - (i % 3) * 4;
    return `M ${cx(e.from)} ${ty(flow.tracks[e.from])} C ${cx(e.from)} ${y} ${cx(e.to)} ${y} ${round(cx(e.to) + 3)} ${ty(flow.tracks[e.to]) + 5}`;
  };
  const words = flow.edges.map((e) => (e.back ? L.loopTo(id(e.from), id(e.to)) : `${id(e.from)} → ${id(e.to)}`));
  const r = Math.max(2, Math.min(5, col / 5));
  const degree = { out: bp.steps.map(() => 0), in: bp.steps.map(() => 0) };
  for (const e of flow.edges) {
    if (e.back) continue;
    degree.out[e.from]++;
    degree.in[e.to]++;
  }
  return laneRow('flow', laneHeader(L.flowLane, 'git-merge'), [
    h('div', { role: 'gridcell', class: 'cell paths-cell', 'aria-colspan': n, 'aria-label': L.pathsText(...words), style: { 'grid-column': `span ${Math.max(1, n)}` } },
      s('svg', { class: 'paths', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' },
        s('defs', {}, s('marker', { id: 'path-head', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' },
          s('path', { class: 'path-head', d: 'M 0 0 L 10 5 L 0 10 z' }))),
        flow.edges.filter((e) => !e.back).map((e) => s('path', { class: `path-edge track-${Math.min(e.track, 5)}`, d: forward(e), 'data-from': e.from, 'data-to': e.to },
          s('title', {}, `${id(e.from)} → ${id(e.to)}`))),
        loops.map((e, i) => s('path', { class: 'path-edge loop', d: loop(e, i), 'marker-end': 'url(#path-head)', 'data-from': e.from, 'data-to': e.to },
          s('title', {}, L.loopTo(id(e.from), id(e.to))))),
        bp.steps.map((st) => {
          const [outs, ins] = [degree.out[st.index], degree.in[st.index]];
          const kind = `${outs > 1 ? ' fork' : ''}${ins > 1 ? ' join' : ''}${st.end ? ' end' : ''}`;
          const [x, y] = [cx(st.index), ty(flow.tracks[st.index])];
          // A click on a dot selects the step in the editor, like its header.
          return s('g', { class: `path-node${kind}`, 'data-select': st.key, 'data-step': st.index, 'data-track': flow.tracks[st.index] },
            s('title', {}, st.next.length > 1 ? `${st.id}: ${L.choices(...st.next.map(id))}` : st.end ? `${st.id}: ${L.endOfJourney}` : st.id),
            st.end ? s('circle', { class: 'end-ring', cx: x, cy: y, r: r + 3 }) : null,
            s('circle', { class: 'dot', cx: x, cy: y, r }));
        }))),
  ]);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
