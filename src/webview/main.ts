/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The preview page: renders the blueprint it is sent, keeps its view, scroll,
 * selection and keyboard position in the webview state, and tells the
 * extension what the user picked. All markup comes from the shared views.
 */
import { stepOfKey } from '../core/blueprint/cells';
import type { Blueprint } from '../core/blueprint/types';
import type { VNode } from '../core/blueprint/vnode';
import { CellMemo } from '../core/blueprint/views/cell-memo';
import { labelsFor, type Labels } from '../core/blueprint/views/labels';
import { isViewMode, VIEW_MODES, type ViewMode } from '../core/blueprint/views/modes';
import { isGridView, overlayShown, page } from '../core/blueprint/views/page';
import { fitScale, nextZoom, scrollAfterZoom, zoomedScale, type GridScale } from '../core/blueprint/views/scale';
import { walkthroughBack } from '../core/blueprint/walkthrough';
import { drawArrows } from './arrows';
import { setStyle } from './dom';
import { move, type NavPoint } from './grid-nav';
import { centreAt, drag, keyScroll, placeWindow, type Overview } from './overview';
import { patchChildren } from './patch';
import type { FromPage, PreviewState, ToPage } from './protocol';

interface VsCodeApi {
  postMessage(message: FromPage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let state: PreviewState = (vscode.getState() as PreviewState | undefined) ?? {};
/** The journey shown, and the words it is shown with (VS Code's display language). */
let shown: { uri: string; version: number; blueprint: Blueprint; labels: Labels; stale: boolean; gone?: boolean } | undefined;
let highlighted: string | undefined;
/** The element trees the page now shows, so the next render changes only what differs. */
let rendered: VNode[] | undefined;
/** Watches the grid's own size (the body's stays the panel's while the cells in the scroller grow): the arrows follow. */
const gridSize = new ResizeObserver(() => afterReflow());
/** The cells of the last render, so an update builds only the steps that changed. */
const memo = new CellMemo();
/** The column vertical moves keep to, also while on the emotion curve (which spans all). */
let column = 0;

function save(patch: Partial<PreviewState>): void {
  state = { ...state, ...patch };
  vscode.setState(state);
}

function currentView(): ViewMode {
  return state.view ?? 'blueprint';
}

const byKey = (attr: string, key: string): string => `[${attr}="${CSS.escape(key)}"]`;

// Rendering

/** The scale the grid was last drawn at, and the width it was chosen for. */
let drawn: { scale: GridScale; width: number } | undefined;

function scroller(): HTMLElement | null {
  return app.querySelector<HTMLElement>('.scroller[data-scroller]');
}

/** The room for the grid: the scroller's inside, or before there is one, the page's less its padding. */
function availableWidth(): number {
  return scroller()?.clientWidth ?? document.documentElement.clientWidth - 26;
}

function scaleFor(width: number): GridScale {
  const n = shown?.blueprint.steps.length ?? 1;
  // The state comes back from VS Code as it was saved, or from an older page: trust only a sane zoom.
  const factor = typeof state.zoom === 'number' && Number.isFinite(state.zoom) && state.zoom > 0 ? state.zoom : 1;
  return state.zoom === 'fit' ? fitScale(width, n) : zoomedScale(width, n, factor);
}

/** `refocus`: what had the focus before the first of two passes (the second is after the room changed). */
function render(refocus = focusDescriptor(), again = false): void {
  if (!shown) return;
  const view = currentView();
  const width = availableWidth();
  const scale = isGridView(view) ? scaleFor(width) : undefined;
  const next = page(shown.blueprint, {
    labels: shown.labels, view, interactive: true, walkthroughStep: state.walkthroughStep, walkthroughTrail: trailOf(state),
    stale: shown.stale, evidence: state.evidence, scale, fit: state.zoom === 'fit', memo,
  });
  memo.settle();
  // The arrows are not part of the element trees: the patch leaves them, and they are drawn again after layout.
  patchChildren(app, rendered, next);
  rendered = next;
  mark('is-selected', state.selected);
  mark('is-highlighted', highlighted);
  setupRoving();
  drawn = scale && { scale, width };
  // The first grid, or a scroll bar that came or went, changes the room: draw once more at the right width.
  if (scale && !again && availableWidth() !== width) return render(refocus, true);
  restoreScroll(view);
  stickyOffsets();
  placeOverview();
  if (refocus) app.querySelector<HTMLElement>(refocus)?.focus({ preventScroll: true });
  const grid = app.querySelector('.view-blueprint .grid');
  if (grid) gridSize.observe(grid);
  scheduleArrows();
}

/** Where the headers end and the labels begin, for the labels that stick inside tall lanes and for keyboard scrolling. */
function stickyOffsets(): void {
  const sc = scroller();
  const corner = sc?.querySelector<HTMLElement>('.steps > .corner');
  if (!sc || !corner || !drawn) return;
  // From the scroller's top: the headers stick there, so this holds however far the view is scrolled.
  const head = corner.getBoundingClientRect().bottom - sc.getBoundingClientRect().top - sc.clientTop;
  setStyle(sc, '--head', `${Math.round(head)}px`);
  setStyle(sc, '--lane-w', `${drawn.scale.lane}px`);
}

// Zoom

function zoomBy(command: string, clientX?: number): void {
  const sc = scroller();
  if (!shown || !sc || !drawn || !isGridView(currentView())) return;
  const width = availableWidth();
  const zoom = nextZoom(command, drawn.scale.column, width, shown.blueprint.steps.length);
  if (zoom === undefined) return;
  const before = drawn.scale;
  save({ zoom });
  const anchor = clientX === undefined ? undefined : clientX - sc.getBoundingClientRect().left;
  const left = zoom === 'fit' ? 0 : scrollAfterZoom(sc.scrollLeft, before, scaleFor(width), anchor);
  save({ scroll: { ...state.scroll, [currentView()]: { left, top: sc.scrollTop } } });
  render();
}

let wheelPending = false;
document.addEventListener('wheel', (e) => {
  if (!(e.ctrlKey || e.metaKey) || !(e.target instanceof Element) || !e.target.closest('.scroller, .overview')) return;
  e.preventDefault();
  // A trackpad pinch sends dozens of events: one zoom step per frame.
  if (wheelPending || e.deltaY === 0) return;
  wheelPending = true;
  requestAnimationFrame(() => { wheelPending = false; });
  zoomBy(e.deltaY < 0 ? 'in' : 'out', e.clientX);
}, { passive: false });

/** Ctrl 0 is VS Code's "focus the side bar": the zoom's reset stays a matter of zooming back. */
const ZOOM_KEYS: Record<string, string> = { '+': 'in', '=': 'in', '-': 'out', '_': 'out' };

// Overview

function overview(): Overview | undefined {
  const sc = scroller();
  const map = app.querySelector<HTMLElement>('[data-overview]');
  if (!sc || !map || !drawn || !shown) return undefined;
  return { scroller: sc, map, steps: shown.blueprint.steps.length, scale: drawn.scale };
}

function placeOverview(): void {
  const o = overview();
  if (o) placeWindow(o);
}

document.addEventListener('pointerdown', (e) => {
  const map = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-overview]') : null;
  if (!map || e.button !== 0) return;
  drag(map, e, (x) => {
    const o = overview();
    if (o) centreAt(o, x);
  });
});

function onOverviewKey(e: KeyboardEvent): void {
  const o = overview();
  if (o && keyScroll(o, e.key)) e.preventDefault();
}

/** What had the focus, as a selector that finds its replacement after a render. */
function focusDescriptor(): string | undefined {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || !app.contains(el)) return undefined;
  if (el.dataset.nav) return byKey('data-nav', el.dataset.nav);
  if (el.dataset.view) return `[data-view="${currentView()}"]`;
  if (el.dataset.action) return byKey('data-action', el.dataset.action);
  if (el.dataset.toggle) return byKey('data-toggle', el.dataset.toggle);
  return undefined;
}

function mark(cls: string, key: string | undefined): HTMLElement | undefined {
  app.querySelectorAll(`.${cls}`).forEach((el) => el.classList.remove(cls));
  if (!key) return undefined;
  const found = [...app.querySelectorAll<HTMLElement>(byKey('data-select', key))];
  found.forEach((el) => el.classList.add(cls));
  return found[0];
}

let arrowsPending = false;
function scheduleArrows(): void {
  if (arrowsPending) return;
  arrowsPending = true;
  requestAnimationFrame(() => {
    arrowsPending = false;
    const grid = app.querySelector<HTMLElement>('.view-blueprint .grid');
    // The patch keeps arrows in place: a grid that is no longer the blueprint's (another view) loses them here.
    app.querySelectorAll('.grid > svg.arrows').forEach((el) => { if (el.parentElement !== grid) el.remove(); });
    if (!grid || !shown) return;
    // At the tiniest zoom the cards are slivers: arrows between them would only be noise.
    if (drawn?.scale.level === 'tiny') return grid.querySelector(':scope > svg.arrows')?.remove();
    const overlay = overlayShown(shown.blueprint, { evidence: state.evidence });
    const over = new Set(overlay ? shown.blueprint.evidence?.handoffs.filter((e) => e.over).map((e) => e.arrow) : []);
    drawArrows(grid, shown.blueprint.handoffs, over);
  });
}

// Keyboard: a roving tabindex over the grid's stops

function stops(): HTMLElement[] {
  return [...app.querySelectorAll<HTMLElement>('.grid [data-nav]')];
}

function pointOf(el: HTMLElement): NavPoint & { el: HTMLElement } {
  const n = (name: string, fallback: number): number => Number(el.dataset[name] ?? fallback);
  return { el, row: n('row', 0), col: n('col', 0), sub: n('sub', 0), span: n('span', 1) };
}

function setupRoving(): void {
  // Found by selector, not by walking the two thousand stops of a large grid on every render.
  const current = (state.focus ? app.querySelector<HTMLElement>(`.grid ${byKey('data-nav', state.focus)}`) : null) ?? app.querySelector<HTMLElement>('.grid [data-nav]');
  // Kept nodes may still hold an earlier tab stop; every other stop is rendered with -1.
  app.querySelectorAll<HTMLElement>('.grid [data-nav][tabindex="0"]').forEach((el) => { if (el !== current) el.tabIndex = -1; });
  if (current) current.tabIndex = 0;
}

function moveTo(el: HTMLElement): void {
  stops().forEach((s) => { s.tabIndex = -1; });
  el.tabIndex = 0;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const p = pointOf(el);
  if (p.span === 1) column = p.col;
  save({ focus: el.dataset.nav });
}

function onGridKey(e: KeyboardEvent, el: HTMLElement): void {
  if (e.key === 'Enter' || e.key === ' ') {
    if (el.dataset.select) select(el.dataset.select);
    e.preventDefault();
    return;
  }
  const points = stops().map(pointOf);
  const current = points.find((p) => p.el === el);
  if (!current) return;
  if (current.span === 1) column = current.col;
  const next = move(points, current, e.key, e.ctrlKey || e.metaKey, column);
  if (next || e.key.startsWith('Arrow')) e.preventDefault();
  if (next) moveTo(next.el);
}

function onTabKey(e: KeyboardEvent, tab: HTMLElement): void {
  const i = VIEW_MODES.indexOf(tab.dataset.view as ViewMode);
  const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? VIEW_MODES.length - 1 : undefined;
  if (to === undefined) return;
  e.preventDefault();
  setView(VIEW_MODES[(to + VIEW_MODES.length) % VIEW_MODES.length], true);
}

function onWalkthroughKey(e: KeyboardEvent): void {
  const last = (shown?.blueprint.steps.length ?? 1) - 1;
  if (e.key === 'ArrowRight' || e.key === 'PageDown') walkOn();
  else if (e.key === 'ArrowLeft' || e.key === 'PageUp') walkBack();
  else if (e.key === 'Home' || e.key === 'End') goToStep(e.key === 'Home' ? 0 : last, 'jump');
  else return;
  e.preventDefault();
}

document.addEventListener('keydown', (e) => {
  const t = e.target instanceof HTMLElement ? e.target : undefined;
  if ((e.ctrlKey || e.metaKey) && !e.altKey && ZOOM_KEYS[e.key] && isGridView(currentView())) {
    e.preventDefault();
    zoomBy(ZOOM_KEYS[e.key]);
    return;
  }
  if (t?.hasAttribute('data-overview')) onOverviewKey(e);
  else if (t?.getAttribute('role') === 'tab') onTabKey(e, t);
  else if (t?.dataset.nav && t.closest('.grid')) onGridKey(e, t);
  else if (currentView() === 'walkthrough') onWalkthroughKey(e);
});

// Pointer

document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : undefined;
  const tab = t?.closest<HTMLElement>('[data-view]');
  if (tab && isViewMode(tab.dataset.view)) return setView(tab.dataset.view, false);
  if (t?.closest('[data-toggle="evidence"]')) return toggleEvidence();
  const zoom = t?.closest<HTMLElement>('[data-zoom]');
  if (zoom?.dataset.zoom) return zoomBy(zoom.dataset.zoom);
  const action = t?.closest<HTMLElement>('[data-action]');
  if (action?.dataset.action === 'next') return walkOn();
  if (action?.dataset.action === 'previous') return walkBack();
  if (action?.dataset.action === 'goto') return goToStep(Number(action.dataset.step), 'on');
  const picked = t?.closest<HTMLElement>('[data-select]');
  if (!picked?.dataset.select) return;
  const stop = t?.closest<HTMLElement>('[data-nav]');
  if (stop && stop.closest('.grid')) moveTo(stop);
  select(picked.dataset.select);
});

// Actions

function select(key: string): void {
  save({ selected: key });
  mark('is-selected', key);
  if (shown) vscode.postMessage({ type: 'select', key, uri: shown.uri, version: shown.version });
}

/**
 * Arrow keys on a tab switch views and keep the focus on the tabs; a click
 * moves the focus into the view, so the arrow keys then work there.
 */
function setView(view: ViewMode, focusTab: boolean): void {
  if (view === currentView()) return;
  save({ view });
  vscode.postMessage({ type: 'view', view });
  render();
  const target = focusTab ? `[data-view="${view}"]` : '.grid [data-nav][tabindex="0"], .walkthrough, .lived .step-chip';
  app.querySelector<HTMLElement>(target)?.focus();
}

/** The overlay's switch; the choice holds for this preview across updates and reloads. */
function toggleEvidence(): void {
  const on = state.evidence !== false;
  save({ evidence: !on });
  render();
}

/**
 * 'on': along the journey (the trail grows); 'back': back along the trail;
 * 'jump': Home, End or the editor's cursor (a new trail starts).
 */
function goToStep(n: number, how: 'on' | 'back' | 'jump'): void {
  const last = (shown?.blueprint.steps.length ?? 1) - 1;
  const to = Math.max(0, Math.min(Number.isFinite(n) ? n : 0, last));
  const at = state.walkthroughStep ?? 0;
  if (to === at) return;
  const trail = trailOf(state);
  const walked = how === 'on' ? [...trail, at].slice(-1000) : how === 'back' ? trail.slice(0, -1) : [];
  save({ walkthroughStep: to, walkthroughTrail: walked, scroll: { ...state.scroll, walkthrough: { left: 0, top: 0 } } });
  render();
}

function trailOf(s: PreviewState): number[] {
  return Array.isArray(s.walkthroughTrail) ? s.walkthroughTrail.filter((n) => Number.isInteger(n)) : [];
}

/** The first way on (at a fork, the buttons offer the others). */
function walkOn(): void {
  const step = shown?.blueprint.steps[state.walkthroughStep ?? 0];
  if (step && step.next.length > 0) goToStep(step.next[0], 'on');
}

function walkBack(): void {
  if (!shown) return;
  const at = state.walkthroughStep ?? 0;
  const trail = trailOf(state);
  const to = walkthroughBack(shown.blueprint, at, trail);
  if (to === undefined) return;
  if (trail.length > 0) goToStep(to, 'back');
  else {
    save({ walkthroughStep: to, walkthroughTrail: [], scroll: { ...state.scroll, walkthrough: { left: 0, top: 0 } } });
    render();
  }
}

// Scroll position, per view

function restoreScroll(view: ViewMode): void {
  const scroller = app.querySelector<HTMLElement>('[data-scroller]');
  const at = state.scroll?.[view];
  if (scroller && at) {
    scroller.scrollLeft = at.left;
    scroller.scrollTop = at.top;
  }
}

let scrollPending = false;
document.addEventListener('scroll', (e) => {
  if (!(e.target instanceof HTMLElement) || !e.target.hasAttribute('data-scroller') || scrollPending) return;
  const scroller = e.target;
  scrollPending = true;
  requestAnimationFrame(() => {
    scrollPending = false;
    save({ scroll: { ...state.scroll, [currentView()]: { left: scroller.scrollLeft, top: scroller.scrollTop } } });
  });
  placeOverview();
}, true);

// Messages from the extension

function onUpdate(m: Extract<ToPage, { type: 'update' }>): void {
  // Messages arrive in order, but a slow analysis must never replace a newer one.
  if (shown && shown.uri === m.uri && m.version < shown.version && !shown.gone) return;
  if (state.uri !== undefined && state.uri !== m.uri) {
    // The preview followed another journey: its place in the old one means nothing here.
    save({ selected: undefined, focus: undefined, walkthroughStep: undefined, walkthroughTrail: undefined, scroll: undefined });
    highlighted = undefined;
  }
  save({ uri: m.uri, locked: m.locked, view: state.view ?? m.defaultView });
  shown = { uri: m.uri, version: m.version, blueprint: m.blueprint, labels: labelsFor(m.language), stale: m.stale, gone: m.gone };
  render();
}

function onHighlight(key: string | undefined): void {
  highlighted = key;
  if (key && shown && currentView() === 'walkthrough') {
    const step = stepOfKey(shown.blueprint, key);
    if (step !== undefined && step !== (state.walkthroughStep ?? 0)) goToStep(step, 'jump');
  }
  mark('is-highlighted', key)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

window.addEventListener('message', (e: MessageEvent<ToPage>) => {
  const m = e.data;
  if (m?.type === 'update') onUpdate(m);
  else if (m?.type === 'highlight') onHighlight(m.key);
  else if (m?.type === 'zoom') zoomBy(m.command);
});

new ResizeObserver(() => {
  // Columns follow the panel's width (unless zoomed to a fixed width, which the factor still scales).
  if (drawn && isGridView(currentView()) && availableWidth() !== drawn.width) {
    const next = scaleFor(availableWidth());
    if (next.column !== drawn.scale.column || next.lane !== drawn.scale.lane) return render();
  }
  stickyOffsets();
  placeOverview();
  scheduleArrows();
}).observe(document.body);
/** A font that loads late (the icons) or a cell that grows moves the cards under the arrows: draw them again. */
function afterReflow(): void {
  stickyOffsets();
  scheduleArrows();
}
void document.fonts.ready.then(afterReflow);
document.fonts.addEventListener('loadingdone', afterReflow);
vscode.postMessage({ type: 'ready', view: state.view });
