/// <reference lib="dom" />
/**
 * The overview strip above a grid view: a block per step (the views draw
 * it), a window over the part the scroller shows, and a click, drag or
 * arrow key that moves the view. The page hands it the scroller and the
 * scale the grid was drawn at; nothing here renders.
 */
import type { GridScale } from '../core/blueprint/views/scale';
import { setStyle } from './dom';

export interface Overview {
  scroller: HTMLElement;
  map: HTMLElement;
  steps: number;
  scale: GridScale;
}

/** Places the window over the visible steps, and says which they are for screen readers ("3–8 / 36"). */
export function placeWindow(o: Overview): void {
  const win = o.map.querySelector<HTMLElement>('.ov-window');
  if (!win) return;
  const sc = o.scroller;
  const total = o.steps * o.scale.column;
  const visible = Math.max(0, sc.clientWidth - o.scale.lane);
  const start = Math.min(1, sc.scrollLeft / total);
  const size = Math.min(1 - start, visible / total);
  setStyle(win, 'left', `${(start * 100).toFixed(2)}%`);
  setStyle(win, 'width', `${(size * 100).toFixed(2)}%`);
  const first = Math.floor(sc.scrollLeft / o.scale.column) + 1;
  const last = Math.min(o.steps, Math.floor((sc.scrollLeft + visible - 1) / o.scale.column) + 1);
  const scrollable = sc.scrollWidth - sc.clientWidth;
  o.map.setAttribute('aria-valuenow', String(scrollable > 0 ? Math.round((sc.scrollLeft / scrollable) * 100) : 0));
  o.map.setAttribute('aria-valuetext', `${first}–${last} / ${o.steps}`);
}

/** Centres the view on the point of the strip at `clientX`. */
export function centreAt(o: Overview, clientX: number): void {
  const strip = o.map.querySelector<HTMLElement>('.ov-steps');
  if (!strip) return;
  const r = strip.getBoundingClientRect();
  const f = Math.max(0, Math.min(1, (clientX - r.left) / r.width));
  o.scroller.scrollLeft = f * o.steps * o.scale.column - (o.scroller.clientWidth - o.scale.lane) / 2;
  placeWindow(o);
}

/** The arrow keys move the view by most of a screen, Home and End to either end. False for other keys. */
export function keyScroll(o: Overview, key: string): boolean {
  const sc = o.scroller;
  const page = Math.max(o.scale.column, (sc.clientWidth - o.scale.lane) * 0.8);
  const to = key === 'ArrowRight' || key === 'PageDown' ? sc.scrollLeft + page
    : key === 'ArrowLeft' || key === 'PageUp' ? sc.scrollLeft - page
      : key === 'Home' ? 0 : key === 'End' ? sc.scrollWidth : undefined;
  if (to === undefined) return false;
  sc.scrollLeft = to;
  placeWindow(o);
  return true;
}

/** Follows a press on the strip until it is released: the view moves with the pointer. */
export function drag(map: HTMLElement, down: PointerEvent, move: (clientX: number) => void): void {
  map.setPointerCapture(down.pointerId);
  move(down.clientX);
  const onMove = (m: PointerEvent): void => move(m.clientX);
  const onUp = (): void => {
    map.removeEventListener('pointermove', onMove);
    map.removeEventListener('pointerup', onUp);
    map.removeEventListener('pointercancel', onUp);
  };
  map.addEventListener('pointermove', onMove);
  map.addEventListener('pointerup', onUp);
  map.addEventListener('pointercancel', onUp);
}
