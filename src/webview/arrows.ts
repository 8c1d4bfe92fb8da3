/// <reference lib="dom" />
/**
 * Draws the handoff arrows over the blueprint grid. Only the page knows where
 * the task cards end up after layout, so the arrows are measured and drawn
 * here, and again whenever the grid changes size.
 */
import type { HandoffArrow, HandoffStatus } from '../core/blueprint/types';
import { s } from '../core/blueprint/vnode';
import { toDom } from './dom';
import { OVERLAY_ATTR } from './patch';
import { arrowPath, type Box } from './geometry';

const STATUSES: readonly HandoffStatus[] = ['clear', 'unclear', 'pingpong'];

/** What each grid's arrows were last drawn as, so that arrows which did not move are left as they are. */
const drawnAs = new WeakMap<Element, string>();

/**
 * `over`: keys of the arrows whose measured time exceeds their `within` (the evidence overlay).
 * The svg stays in the grid between renders (the patch leaves it) and is only
 * changed when an arrow moved: each change costs a layout of the whole grid.
 */
export function drawArrows(grid: HTMLElement, arrows: readonly HandoffArrow[], over: ReadonlySet<string> = new Set()): void {
  const origin = grid.getBoundingClientRect();
  // A card that sends and receives is measured once.
  const boxes = new Map<Element, Box>();
  const box = (el: Element): Box => {
    let b = boxes.get(el);
    if (!b) {
      const r = el.getBoundingClientRect();
      b = { left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height };
      boxes.set(el, b);
    }
    return b;
  };
  const cards = new Map<string, Element>();
  grid.querySelectorAll('[data-task]').forEach((el) => cards.set(el.getAttribute('data-task') ?? '', el));
  const paths = arrows.flatMap((a) => {
    const from = cards.get(a.from);
    const to = a.to ? cards.get(a.to) : undefined;
    if (!from || !to) return [];
    return [s('path', { class: `arrow status-${a.status}${over.has(a.key) ? ' evidence-over' : ''}`, d: arrowPath(box(from), box(to)), 'marker-end': `url(#head-${a.status})`, 'data-arrow': a.key, 'data-from': a.from, 'data-to': a.to })];
  });
  const old = grid.querySelector(':scope > svg.arrows');
  if (paths.length === 0) return old?.remove();
  const svg = s('svg', { class: 'arrows', [OVERLAY_ATTR]: true, width: grid.scrollWidth, height: grid.scrollHeight, 'aria-hidden': 'true', focusable: 'false' },
    s('defs', {}, STATUSES.map((st) => s('marker', { id: `head-${st}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' },
      s('path', { class: `arrowhead status-${st}`, d: 'M 0 0 L 10 5 L 0 10 z' })))),
    paths);
  const signature = JSON.stringify(svg);
  if (old && drawnAs.get(old) === signature) return;
  const fresh = toDom(svg) as Element;
  drawnAs.set(fresh, signature);
  if (old) old.replaceWith(fresh);
  else grid.prepend(fresh);
}
