/**
 * The Lived journey: what customers really went through, from the event
 * log. The step-to-step graph (every transition with its cases, the
 * undesigned ones dashed) and the most common paths as rows of step chips.
 * Chips are buttons: a click or Enter selects the step in the editor.
 */
import type { Blueprint, EvidenceOverlay } from '../types';
import { h, type VElement } from '../vnode';
import { transitionArcs, transitionText } from './evidence';
import { casesText } from './evidence-text';
import type { Labels } from './labels';

/** Narrower than the blueprint's columns: the graph shows only the step ids. */
const LIVED_COLUMN_PX = 160;

export function livedView(L: Labels, bp: Blueprint): VElement {
  const ev = bp.evidence;
  if (!ev || ev.unusable) return h('div', { class: 'lived none' }, h('p', { class: 'empty-note' }, ev?.unusable ? L.evidence.unusable : L.evidence.none));
  return h('div', { class: 'lived', 'data-scroller': true },
    h('p', { class: 'lived-total' }, casesText(L, ev.cases)),
    graph(L, bp, ev),
    variants(L, bp, ev));
}

function stepChip(bp: Blueprint, index: number, id: string): VElement {
  const step = bp.steps[index];
  // A path names steps by id; one the blueprint no longer has stays text, not a button.
  if (!step) return h('span', { class: 'chip step-chip' }, id);
  return h('button', { class: 'chip step-chip', 'data-select': step.key, title: step.customer }, h('span', { class: 'number' }, `${index + 1}`), ' ', id);
}

function graph(L: Labels, bp: Blueprint, ev: EvidenceOverlay): VElement {
  const width = bp.steps.length * LIVED_COLUMN_PX;
  return h('section', { class: 'lived-graph', 'aria-labelledby': 'lived-graph-title' },
    h('h2', { id: 'lived-graph-title' }, L.evidence.graph),
    h('div', { class: 'lived-canvas', style: { width: `${width}px` } },
      h('div', { class: 'lived-nodes', style: { 'grid-template-columns': `repeat(${bp.steps.length}, ${LIVED_COLUMN_PX}px)` } },
        bp.steps.map((st) => h('div', { class: 'lived-node' }, stepChip(bp, st.index, st.id)))),
      transitionArcs(L, bp, ev.transitions, width, LIVED_COLUMN_PX, (t) => casesText(L, t.cases))),
    // The arcs in words: what a screen reader reads, and a table to copy from.
    h('ul', { class: 'lived-transitions' }, ev.transitions.map((t) =>
      h('li', { class: t.designed ? 'designed' : 'undesigned' }, transitionText(L, bp, t)))));
}

function variants(L: Labels, bp: Blueprint, ev: EvidenceOverlay): VElement {
  return h('section', { class: 'lived-variants', 'aria-labelledby': 'lived-variants-title' },
    h('h2', { id: 'lived-variants-title' }, L.evidence.variants),
    h('ol', { class: 'variants' }, ev.variants.map((v, i) =>
      h('li', { class: 'variant', 'aria-label': `${L.evidence.variantOf(i + 1)}: ${v.steps.map((x) => x.id).join(' → ')}, ${casesText(L, v.cases)}` },
        h('span', { class: 'variant-count' }, casesText(L, v.cases)),
        h('span', { class: 'variant-path' }, v.steps.map((x, n) => [n > 0 ? h('span', { class: 'sep', 'aria-hidden': 'true' }, '→') : null, stepChip(bp, x.index, x.id)]))))));
}
