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
import { useLanguage } from '../core/blueprint/views/labels';
import { isViewMode, VIEW_MODES, type ViewMode } from '../core/blueprint/views/modes';
import { overlayShown, page } from '../core/blueprint/views/page';
import { drawArrows } from './arrows';
import { move, type NavPoint } from './grid-nav';
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
let shown: { uri: string; version: number; blueprint: Blueprint; stale: boolean } | undefined;
let highlighted: string | undefined;
/** The element trees the page now shows, so the next render changes only what differs. */
let rendered: VNode[] | undefined;
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

function render(): void {
  if (!shown) return;
  const view = currentView();
  const refocus = focusDescriptor();
  const next = page(shown.blueprint, { view, interactive: true, walkthroughStep: state.walkthroughStep, stale: shown.stale, evidence: state.evidence });
  // The arrows are not part of the element trees: they are drawn again after layout.
  app.querySelector('.grid > svg.arrows')?.remove();
  patchChildren(app, rendered, next);
  rendered = next;
  mark('is-selected', state.selected);
  mark('is-highlighted', highlighted);
  setupRoving();
  restoreScroll(view);
  if (refocus) app.querySelector<HTMLElement>(refocus)?.focus({ preventScroll: true });
  scheduleArrows();
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
    if (!grid || !shown) return;
    const overlay = overlayShown(shown.blueprint, { view: currentView(), interactive: true, evidence: state.evidence });
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
  const all = stops();
  const current = all.find((el) => el.dataset.nav === state.focus) ?? all[0];
  // Kept nodes may still hold an earlier tab stop.
  for (const el of all) if (el !== current && el.tabIndex !== -1) el.tabIndex = -1;
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
  const at = state.walkthroughStep ?? 0;
  const last = (shown?.blueprint.steps.length ?? 1) - 1;
  const to = e.key === 'ArrowRight' || e.key === 'PageDown' ? at + 1
    : e.key === 'ArrowLeft' || e.key === 'PageUp' ? at - 1
      : e.key === 'Home' ? 0 : e.key === 'End' ? last : undefined;
  if (to === undefined) return;
  e.preventDefault();
  goToStep(to);
}

document.addEventListener('keydown', (e) => {
  const t = e.target instanceof HTMLElement ? e.target : undefined;
  if (t?.getAttribute('role') === 'tab') onTabKey(e, t);
  else if (t?.dataset.nav && t.closest('.grid')) onGridKey(e, t);
  else if (currentView() === 'walkthrough') onWalkthroughKey(e);
});

// Pointer

document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : undefined;
  const tab = t?.closest<HTMLElement>('[data-view]');
  if (tab && isViewMode(tab.dataset.view)) return setView(tab.dataset.view, false);
  if (t?.closest('[data-toggle="evidence"]')) return toggleEvidence();
  const action = t?.closest<HTMLElement>('[data-action]');
  if (action) return goToStep((state.walkthroughStep ?? 0) + (action.dataset.action === 'next' ? 1 : -1));
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
  vscode.postMessage({ type: 'select', key });
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

function goToStep(n: number): void {
  const last = (shown?.blueprint.steps.length ?? 1) - 1;
  const to = Math.max(0, Math.min(n, last));
  if (to === (state.walkthroughStep ?? 0)) return;
  save({ walkthroughStep: to, scroll: { ...state.scroll, walkthrough: { left: 0, top: 0 } } });
  render();
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
}, true);

// Messages from the extension

function onUpdate(m: Extract<ToPage, { type: 'update' }>): void {
  // Messages arrive in order, but a slow analysis must never replace a newer one.
  if (shown && shown.uri === m.uri && m.version < shown.version) return;
  if (state.uri !== undefined && state.uri !== m.uri) {
    // The preview followed another journey: its place in the old one means nothing here.
    save({ selected: undefined, focus: undefined, walkthroughStep: undefined, scroll: undefined });
    highlighted = undefined;
  }
  save({ uri: m.uri, locked: m.locked, view: state.view ?? m.defaultView });
  shown = { uri: m.uri, version: m.version, blueprint: m.blueprint, stale: m.stale };
  useLanguage(m.language);
  render();
}

function onHighlight(key: string | undefined): void {
  highlighted = key;
  if (key && shown && currentView() === 'walkthrough') {
    const step = stepOfKey(shown.blueprint, key);
    if (step !== undefined && step !== (state.walkthroughStep ?? 0)) {
      save({ walkthroughStep: step });
      render();
    }
  }
  mark('is-highlighted', key)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

window.addEventListener('message', (e: MessageEvent<ToPage>) => {
  const m = e.data;
  if (m?.type === 'update') onUpdate(m);
  else if (m?.type === 'highlight') onHighlight(m.key);
});

new ResizeObserver(() => scheduleArrows()).observe(document.body);
void document.fonts.ready.then(() => scheduleArrows());
vscode.postMessage({ type: 'ready', view: state.view });
