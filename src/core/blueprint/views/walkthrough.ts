/**
 * The walkthrough, for role-play reviews: one step as a card with what the
 * customer does, what happens behind it, the script and the promise. The
 * preview shows one step with previous/next; the export shows them all.
 */
import { SEVERITIES, type Severity } from '../../engine/types';
import type { Blueprint, CellFinding } from '../types';
import { h, type VElement } from '../vnode';
import { walkthroughBack, walkthroughOf, type WalkthroughStep } from '../walkthrough';
import { severityIcon } from './icons';
import type { Labels } from './labels';
import { actorLine, customerContent, findingList, partnerCard, passingLine, stepMarkers, taskDetails } from './parts';

/**
 * `trail`: the steps walked before the current one, so "Previous" goes back
 * along the path taken. At a fork, the walkthrough offers each way on.
 */
export function walkthroughView(L: Labels, bp: Blueprint, current: number | 'all', trail: readonly number[] = []): VElement {
  const steps = walkthroughOf(bp);
  if (current === 'all') return h('div', { class: 'walkthrough all' }, steps.map((s) => stepCard(L, bp, s, steps.length)));
  const at = Math.max(0, Math.min(current, steps.length - 1));
  const step = steps[at]?.step;
  const next = step?.next ?? [];
  return h('div', { class: 'walkthrough', 'data-walkthrough': at, 'data-scroller': true, tabindex: -1, 'aria-keyshortcuts': 'ArrowLeft ArrowRight Home End' },
    h('nav', { class: 'wt-nav', 'aria-label': L.views.walkthrough },
      h('button', { class: 'wt-prev', 'data-action': 'previous', disabled: walkthroughBack(bp, at, trail) === undefined, 'aria-keyshortcuts': 'ArrowLeft' }, L.previous),
      h('span', { class: 'wt-position', 'aria-live': 'polite' }, L.stepOf(at + 1, steps.length)),
      next.length > 1
        ? h('span', { class: 'wt-choices', role: 'group', 'aria-label': L.choices(...next.map((i) => bp.steps[i].id)) },
          h('span', { class: 'label' }, `${L.nextIs}: `),
          next.map((i, n) => [n > 0 ? h('span', { class: 'or' }, ` ${L.or} `) : null,
            h('button', { class: 'wt-choice', 'data-action': 'goto', 'data-step': i, 'aria-keyshortcuts': n === 0 ? 'ArrowRight' : undefined }, bp.steps[i].id)]))
        : h('button', { class: 'wt-next', 'data-action': 'next', disabled: next.length === 0, 'aria-keyshortcuts': 'ArrowRight' },
          next.length === 0 ? L.endOfJourney : L.next)),
    steps.length > 0 ? stepCard(L, bp, steps[at], steps.length) : null);
}

function stepCard(L: Labels, bp: Blueprint, w: WalkthroughStep, total: number): VElement {
  const { step } = w;
  return h('article', { class: 'wt-step', 'data-select': step.key, 'aria-label': L.stepOf(step.index + 1, total) },
    h('header', {},
      h('p', { class: 'wt-stage' }, step.stage ?? L.noStage, ' · ', L.stepOf(step.index + 1, total)),
      h('h2', {}, step.id, ' ', stepMarkers(L, step)),
      w.findings.length > 0 ? h('p', { class: 'wt-count' }, severityIcon(worst(w.findings)), ' ', L.findingCount(w.findings.length)) : null),
    h('section', { class: 'wt-customer' },
      h('h3', {}, L.lanes.customer),
      customerContent(L, step),
      step.emotion !== undefined ? h('p', { class: 'wt-emotion' }, L.feels(step.emotion)) : null),
    h('section', { class: 'wt-process' },
      h('h3', {}, L.behind),
      w.process.length === 0 ? h('p', { class: 'empty-note' }, '—') : h('ol', {},
        w.process.map((p) => h('li', { class: `wt-task lane-${p.task.lane}`, 'data-select': p.task.key },
          actorLine(L, p.task), taskDetails(L, p.task),
          p.receives ? passingLine(L, 'in', p.receives) : null,
          p.handsOn ? passingLine(L, 'out', p.handsOn) : null,
          findingList(L, p.task.findings))))),
    step.partners.length > 0 ? h('section', { class: 'wt-partners' }, h('h3', {}, L.partners), step.partners.map((p) => partnerCard(L, p, { row: 0, col: 0 }))) : null,
    step.script ? h('section', { class: 'wt-script' }, h('h3', {}, L.script), h('pre', {}, step.script)) : null,
    h('p', { class: 'wt-way-on' }, step.next.length === 0 ? L.endOfJourney : `${L.nextIs}: ${step.next.map((i) => bp.steps[i]?.id ?? '?').join(` ${L.or} `)}`));
}


function worst(findings: readonly CellFinding[]): Severity {
  return SEVERITIES.find((sev) => findings.some((f) => f.severity === sev)) ?? 'hint';
}
