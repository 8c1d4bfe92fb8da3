/**
 * The whole page for one view mode: the journey's header, the findings
 * summary, the view switch and the view itself. The preview renders it into
 * the webview; the HTML export serialises it with `interactive: false`.
 */
import type { Blueprint, HandoffStatus } from '../types';
import { h, s, type Child, type VElement } from '../vnode';
import type { CellMemo } from './cell-memo';
import { BLUEPRINT_LANES, blueprintGrid, CUSTOMER_LANES } from './blueprint';
import { employeeGrid } from './employee';
import { evidenceLegend } from './evidence';
import { icon, severityIcon } from './icons';
import { livedView } from './lived';
import type { Labels } from './labels';
import { VIEW_MODES, type ViewMode } from './modes';
import { findingList, partnerLegend, worstSeverity } from './parts';
import { DEFAULT_SCALE, type GridScale } from './scale';
import { walkthroughView } from './walkthrough';

export interface PageOptions {
  /** The words the page is drawn with: labelsFor(the display language). */
  labels: Labels;
  view: ViewMode;
  /** The preview: tabs and buttons. The export: links, and every walkthrough step. */
  interactive: boolean;
  walkthroughStep?: number;
  /** The blueprint is from an earlier version (the current one cannot be read). */
  stale?: boolean;
  /** Show the evidence overlay (when the journey has evidence); default on. */
  evidence?: boolean;
  /** The width of the grids' columns (the zoom); the export draws at the default. */
  scale?: GridScale;
  /** The zoom is "Fit" (the button shows it pressed). */
  fit?: boolean;
  /** The walkthrough's steps before the current one, in the order taken: "Previous" goes back along them. */
  walkthroughTrail?: number[];
  /** The preview's cells of the last render, reused where unchanged (see CellMemo). */
  memo?: CellMemo;
}

/** The views drawn as a grid of step columns, which zoom and have an overview. */
export function isGridView(view: ViewMode): boolean {
  return view === 'blueprint' || view === 'customer' || view === 'employee';
}

/** Whether the overlay is drawn: on by default whenever there are figures to draw. */
export function overlayShown(bp: Blueprint, o: Pick<PageOptions, 'evidence'>): boolean {
  return !!bp.evidence && !bp.evidence.unusable && o.evidence !== false;
}

export function page(bp: Blueprint, o: PageOptions): VElement[] {
  const L = o.labels;
  return [header(L, bp, o), h('main', { id: 'view', class: `view view-${o.view}`, role: o.interactive ? 'tabpanel' : undefined, 'aria-labelledby': o.interactive ? `tab-${o.view}` : undefined }, body(L, bp, o))];
}

function header(L: Labels, bp: Blueprint, o: PageOptions): VElement {
  const meta: [string, string | undefined][] = [[L.persona, bp.persona], [L.need, bp.need], [L.outcome, bp.outcome], [L.owner, bp.owner], [L.reviewed, bp.reviewed]];
  return h('header', { class: 'top' },
    h('h1', {}, bp.title || L.untitled),
    h('dl', { class: 'meta' }, meta.filter(([, v]) => v).map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v!)))),
    measuresLine(L, bp),
    // Stale, the problem is why the last version is shown: one banner says both.
    o.stale ? h('p', { class: 'banner stale', role: 'status' }, L.stale) : null,
    bp.problem && !o.stale ? h('p', { class: 'banner problem', role: 'status' }, bp.problem) : null,
    summaryBar(L, bp, o.interactive),
    bp.journeyFindings.length > 0 ? h('div', { class: 'journey-findings' }, h('h2', {}, L.journeyFindings), findingList(L, bp.journeyFindings)) : null,
    o.interactive
      ? h('div', { class: 'view-bar' },
        h('div', { class: 'tabs', role: 'tablist', 'aria-label': L.viewSwitch }, VIEW_MODES.map((m) => h('button', {
          role: 'tab', id: `tab-${m}`, 'data-view': m, 'aria-selected': m === o.view ? 'true' : 'false', 'aria-controls': 'view', tabindex: m === o.view ? 0 : -1,
        }, L.views[m]))),
        h('div', { class: 'view-tools' }, evidenceToggle(L, bp, o), isGridView(o.view) && bp.steps.length > 0 ? zoomBar(L, o) : null))
      : h('h2', { class: 'view-name' }, L.views[o.view]));
}

function measuresLine(L: Labels, bp: Blueprint): Child {
  if (bp.measures.length === 0) return null;
  return h('p', { class: 'measures' }, h('span', { class: 'label' }, `${L.measures}: `),
    bp.measures.map((m, i) => [i > 0 ? ' · ' : null, h('span', { class: 'measure' }, m.name, ' ', h('strong', {}, m.target))]));
}

function zoomBar(L: Labels, o: PageOptions): VElement {
  return h('div', { class: 'zoom-bar', role: 'group', 'aria-label': L.zoom },
    h('button', { 'data-zoom': 'out', title: L.zoomOut, 'aria-label': L.zoomOut, 'aria-keyshortcuts': 'Control+-' }, icon('zoom-out')),
    h('button', { 'data-zoom': 'in', title: L.zoomIn, 'aria-label': L.zoomIn, 'aria-keyshortcuts': 'Control++' }, icon('zoom-in')),
    h('button', { 'data-zoom': 'fit', title: L.fitHint, 'aria-pressed': o.fit ? 'true' : 'false' }, icon('screen-normal'), ' ', L.fit));
}

/** The minimap: a block per step, coloured by its findings; the page places the window and moves the view. */
function overview(L: Labels, bp: Blueprint): VElement {
  return h('div', { class: 'overview', 'data-overview': true, role: 'slider', tabindex: 0, 'aria-label': L.overview, 'aria-valuemin': 0, 'aria-valuemax': 100, title: L.overview },
    h('div', { class: 'ov-steps', 'aria-hidden': 'true' }, bp.steps.map((st) => {
      const sev = worstSeverity([st, ...st.tasks, ...st.partners].flatMap((c) => c.findings));
      return h('span', { class: `ov-step${sev ? ` sev-${sev}` : ''}${st.end ? ' end' : ''}`, 'data-ov-step': st.index });
    })),
    h('div', { class: 'ov-window', 'aria-hidden': 'true' }));
}

/** A switch, not a tab: it changes what the blueprint views draw, not which view is shown. */
function evidenceToggle(L: Labels, bp: Blueprint, o: PageOptions): Child {
  if (!bp.evidence || bp.evidence.unusable) return null;
  return h('button', { class: 'evidence-toggle', 'data-toggle': 'evidence', 'aria-pressed': overlayShown(bp, o) ? 'true' : 'false', title: L.evidence.toggleHint },
    icon('graph'), ' ', L.evidence.toggle);
}

function summaryBar(L: Labels, bp: Blueprint, interactive: boolean): VElement {
  if (bp.summary.length === 0) return h('p', { class: 'summary none' }, severityIcon('hint'), ' ', L.noFindings);
  return h('ul', { class: 'summary', 'aria-label': L.findingsPerCheck }, bp.summary.map((c) => {
    const content: Child[] = [severityIcon(c.severity), ' ', h('span', { class: 'rule' }, c.rule), ' ', h('span', { class: 'count' }, String(c.count))];
    const chip = interactive
      ? h('button', { class: `chip sev-${c.severity}`, 'data-select': c.first, title: `${L.severity[c.severity]}: ${c.rule}` }, content)
      : h('a', { class: `chip sev-${c.severity}`, href: c.docsUrl }, content);
    return h('li', {}, chip);
  }));
}

function body(L: Labels, bp: Blueprint, o: PageOptions): Child {
  if (bp.steps.length === 0) return h('p', { class: 'empty-note' }, bp.problem ? '' : L.noSteps);
  const title = bp.title || L.untitled;
  const scale = o.scale ?? DEFAULT_SCALE;
  const map = o.interactive ? overview(L, bp) : null;
  switch (o.view) {
    case 'blueprint': return [legend(L, overlayShown(bp, o)), map, blueprintGrid(L, bp, BLUEPRINT_LANES, L.blueprintOf(title), overlayShown(bp, o), scale, o.memo),
      partnerLegend(L, bp.steps.flatMap((st) => st.partners))];
    case 'customer': return [map, blueprintGrid(L, bp, CUSTOMER_LANES, `${L.views.customer}: ${title}`, overlayShown(bp, o), scale, o.memo)];
    case 'employee': return [map, employeeGrid(L, bp, scale)];
    case 'walkthrough': return walkthroughView(L, bp, o.interactive ? o.walkthroughStep ?? 0 : 'all', o.walkthroughTrail);
    case 'lived': return livedView(L, bp);
  }
}

const STATUSES: readonly HandoffStatus[] = ['clear', 'unclear', 'pingpong'];

function legend(L: Labels, evidence: boolean): VElement {
  return h('ul', { class: 'legend', 'aria-label': L.legend }, STATUSES.map((st) => h('li', { class: `status-${st}` },
    s('svg', { width: 28, height: 10, 'aria-hidden': 'true', focusable: 'false' }, s('line', { class: 'arrow', x1: 1, y1: 5, x2: 27, y2: 5 })),
    ' ', L.handoff[st])), evidence ? evidenceLegend(L) : null);
}
