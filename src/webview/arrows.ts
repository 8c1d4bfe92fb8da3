/// <reference lib="dom" />
/**
 * Draws the handoff arrows over the blueprint grid. Only the page knows where
 * the task cards end up after layout, so the arrows are measured and drawn
 * here, and again whenever the grid changes size.
 */
import type { HandoffArrow, HandoffStatus } from '../core/blueprint/types';
import { s } from '../core/blueprint/vnode';
import { toDom } from './dom';
import { arrowPath, type Box } from './geometry';

const STATUSES: readonly HandoffStatus[] = ['clear', 'unclear', 'pingpong'];

/** `over`: keys of the arrows whose measured time exceeds their `within` (the evidence overlay). */
export function drawArrows(grid: HTMLElement, arrows: readonly HandoffArrow[], over: ReadonlySet<string> = new Set()): void {
  grid.querySelector(':scope > svg.arrows')?.remove();
  const origin = grid.getBoundingClientRect();
  const box = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height };
  };
  const cards = new Map<string, Element>();
  grid.querySelectorAll('[data-task]').forEach((el) => cards.set(el.getAttribute('data-task') ?? '', el));
  const paths = arrows.flatMap((a) => {
    const from = cards.get(a.from);
    const to = a.to ? cards.get(a.to) : undefined;
    if (!from || !to) return [];
    return [s('path', { class: `arrow status-${a.status}${over.has(a.key) ? ' evidence-over' : ''}`, d: arrowPath(box(from), box(to)), 'marker-end': `url(#head-${a.status})`, 'data-arrow': a.key, 'data-from': a.from, 'data-to': a.to })];
  });
  if (paths.length === 0) return;
  const svg = s('svg', { class: 'arrows', width: grid.scrollWidth, height: grid.scrollHeight, 'aria-hidden': 'true', focusable: 'false' },
    s('defs', {}, STATUSES.map((st) => s('marker', { id: `head-${st}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' },
      s('path', { class: `arrowhead status-${st}`, d: 'M 0 0 L 10 5 L 0 10 z' })))),
    paths);
  grid.prepend(toDom(svg));
}
