/** Small pieces shared by the views: channels, promises, tasks, partners, findings. */
import type { Passing } from '../employees';
import { SEVERITIES, type Severity } from '../../engine/types';
import type { CellFinding, ChannelInfo, HandoffArrow, HandoffStatus, PartnerCell, PromiseInfo, StepCell, SystemCell, TaskCell } from '../types';
import { h, type Child, type Props, type VElement } from '../vnode';
import { channelIcon, icon, severityIcon } from './icons';
import type { Labels } from './labels';

/** A keyboard stop in a grid: its row, column and place within the cell. */
export interface Nav {
  row: number;
  col: number;
  sub?: number;
  span?: number;
}

export function navProps(nav: Nav, key: string): Props {
  return { 'data-nav': key, 'data-row': nav.row, 'data-col': nav.col, 'data-sub': nav.sub ?? 0, 'data-span': nav.span, tabindex: -1 };
}

/** Text only screen readers get, e.g. what an icon or colour says. */
export function srOnly(text: string): VElement {
  return h('span', { class: 'sr-only' }, text);
}

export function findingList(L: Labels, findings: readonly CellFinding[]): Child {
  if (findings.length === 0) return null;
  return h('ul', { class: 'findings', 'aria-label': L.findings },
    findings.map((f) => h('li', { class: `finding sev-${f.severity}${f.echo ? ' echo' : ''}`, 'data-select': f.key, title: f.message },
      severityIcon(f.severity), srOnly(`${L.severity[f.severity]}: `),
      h('span', { class: 'rule' }, f.rule), ' ',
      h('span', { class: 'message' }, f.message))));
}


/** The most severe of some findings (echoes count), if any. */
export function worstSeverity(findings: readonly CellFinding[]): Severity | undefined {
  return SEVERITIES.find((sev) => findings.some((f) => f.severity === sev));
}

/** A count per severity, the findings as narrow columns show them (hidden when the full list is). */
function findingMarks(L: Labels, findings: readonly CellFinding[]): Child {
  const own = findings.filter((f) => !f.echo);
  if (own.length === 0) return null;
  return h('span', { class: 'marks', title: own.map((f) => `${f.rule}: ${f.message}`).join('\n') },
    SEVERITIES.map((sev) => {
      const n = own.filter((f) => f.severity === sev).length;
      return n > 0 ? h('span', { class: `mark sev-${sev}` }, severityIcon(sev), srOnly(`${L.severity[sev]}: `), String(n)) : null;
    }));
}

function channelBadge(L: Labels, c: ChannelInfo): VElement {
  const mode = c.human ? L.human : L.selfService;
  return h('span', { class: `channel ${c.human ? 'human' : 'self'}${c.known ? '' : ' unknown'}`, title: c.hours },
    channelIcon(c.kind), ' ', h('span', { class: 'name' }, c.label), ' ',
    h('span', { class: 'tag' }, c.known ? mode : L.unknown));
}

function fallbackLine(L: Labels, step: StepCell): Child {
  if (step.fallbacks.length === 0) return step.channel && !step.channel.human ? h('p', { class: 'fallback none' }, L.noFallback) : null;
  return h('p', { class: 'fallback' }, h('span', { class: 'label' }, `${L.fallback}: `), step.fallbacks.map((f, i) => [i > 0 ? ' ' : null, channelBadge(L, f)]));
}

function promiseLine(L: Labels, p: PromiseInfo): VElement {
  return h('p', { class: 'promise' }, icon('verified'), ' ', h('span', { class: 'label' }, `${L.promise}: `),
    p.says ? h('q', {}, p.says) : null,
    p.by ? [` — ${L.by} `, h('strong', {}, p.by)] : null,
    p.within ? [`, ${L.within} `, p.within] : null);
}

export function stepMarkers(L: Labels, step: StepCell): Child[] {
  return [
    step.momentOfTruth ? h('span', { class: 'marker mot', title: L.momentOfTruth }, icon('star-full'), ' ', L.momentOfTruth) : null,
    step.kano ? h('span', { class: `marker kano kano-${step.kano}`, title: L.kano }, icon('tag'), ' ', step.kano) : null,
    step.end ? h('span', { class: 'marker end' }, icon('pass-filled'), ' ', L.end) : null,
  ];
}

/** What a narrow column shows of a step: its number (tiny), its channel's icon and its finding markers. */
export function compactLine(L: Labels, step: StepCell, findings: readonly CellFinding[]): VElement {
  const sev = worstSeverity(findings);
  return h('p', { class: 'compact', 'aria-hidden': 'true' },
    h('span', { class: `step-dot${sev ? ` sev-${sev}` : ''}` }, `${step.index + 1}`),
    step.channel ? h('span', { class: 'compact-channel', title: step.channel.label }, channelIcon(step.channel.kind)) : null,
    findingMarks(L, findings));
}

/** The step's `x-` keys, behind a toggle: they are the analyst's own notes, wanted now and then. */
function extrasDetails(L: Labels, step: StepCell): Child {
  if (step.extras.length === 0) return null;
  return h('details', { class: 'extras' }, h('summary', {}, L.details, ` (${step.extras.length})`),
    h('dl', {}, step.extras.map((x) => h('div', {}, h('dt', {}, x.key), h('dd', {}, x.value)))));
}

export function customerContent(L: Labels, step: StepCell): Child[] {
  return [
    step.customer ? h('p', { class: 'customer' }, step.customer) : null,
    step.channel ? h('p', { class: 'channel-line' }, channelBadge(L, step.channel)) : null,
    fallbackLine(L, step),
    step.asks.length > 0 ? h('p', { class: 'asks' }, icon('checklist'), ' ', h('span', { class: 'label' }, `${L.asks}: `), step.asks.join(', ')) : null,
    step.promise ? promiseLine(L, step.promise) : null,
    step.pain.map((p) => h('p', { class: 'pain' }, icon('flame'), ' ', srOnly(`${L.pain}: `), p)),
    step.idea.map((p) => h('p', { class: 'idea' }, icon('lightbulb'), ' ', srOnly(`${L.idea}: `), p)),
    extrasDetails(L, step),
    findingList(L, step.findings),
  ];
}

const STATUS_ICONS: Record<HandoffStatus, string> = { clear: 'arrow-right', unclear: 'question', pingpong: 'arrow-swap' };

/** "→ Facturatie: nieuw adres (1 working day)", styled by how clear the handoff is. */
export function passingLine(L: Labels, direction: 'in' | 'out', p: Passing): VElement {
  return h('p', { class: `passing ${direction} status-${p.status}` },
    icon(STATUS_ICONS[p.status]), ' ',
    h('span', { class: 'label' }, `${direction === 'in' ? L.receives : L.handsOn} `),
    h('strong', {}, p.label),
    p.gives ? [': ', p.gives] : null,
    p.within ? [' (', p.within, ')'] : null,
    srOnly(` — ${L.handoff[p.status]}`));
}

export function arrowPassing(a: HandoffArrow): Passing {
  return { label: a.toLabel ?? '?', gives: a.gives, within: a.within, status: a.status };
}

export function actorLine(L: Labels, task: TaskCell): VElement {
  const a = task.actor;
  return h('p', { class: `actor${a && !a.known ? ' unknown' : ''}` }, icon(a?.kind === 'partner' ? 'briefcase' : 'organization'), ' ', h('strong', {}, a?.label ?? L.noTeam));
}

export function taskDetails(L: Labels, task: TaskCell): Child[] {
  return [
    task.does ? h('p', { class: 'does' }, task.does) : null,
    task.systems.length > 0 ? h('p', { class: 'systems' }, icon('server'), ' ', srOnly(`${L.system}: `), task.systems.join(', ')) : null,
    task.instruction ? h('p', { class: 'instruction' }, icon('book'), ' ', srOnly(`${L.instruction}: `), task.instruction) : null,
  ];
}

export interface TaskCardOptions {
  nav: Nav;
  receives?: Passing;
  handsOn?: Passing;
  /** What the event log measured for the handoff (the evidence overlay). */
  measured?: VElement;
  showActor?: boolean;
}

export function taskCard(L: Labels, task: TaskCell, o: TaskCardOptions): VElement {
  return h('div', { class: `card task lane-${task.lane}`, 'data-select': task.key, 'data-task': task.key, role: 'button', ...navProps(o.nav, task.key) },
    o.showActor === false ? null : actorLine(L, task),
    taskDetails(L, task),
    o.receives ? passingLine(L, 'in', o.receives) : null,
    o.handsOn ? passingLine(L, 'out', o.handsOn) : null,
    o.measured,
    findingList(L, task.findings),
    findingMarks(L, task.findings));
}

export function partnerCard(L: Labels, p: PartnerCell, nav: Nav): VElement {
  return h('div', { class: `card partner${p.known ? '' : ' unknown'}`, 'data-select': p.key, 'data-task': p.key, role: 'button', ...navProps(nav, p.key) },
    h('p', { class: 'actor' }, icon('briefcase'), ' ', h('strong', {}, p.label)),
    h('p', { class: `agreement${p.agreement ? '' : ' missing'}` }, icon('law'), ' ', p.agreement ? [`${L.agreement}: `, p.agreement] : L.noAgreement),
    p.sla ? h('p', { class: 'sla' }, icon('clock'), ' ', `${L.sla}: `, p.sla) : null,
    p.fallback ? h('p', { class: 'partner-fallback' }, icon('shield'), ' ', `${L.partnerFallback}: `, p.fallback) : null,
    findingList(L, p.findings));
}

/** What a partner promises, in one text: the chip's hover and the legend say the same. */
export function partnerTerms(L: Labels, p: PartnerCell): string[] {
  return [
    p.agreement ? `${L.agreement}: ${p.agreement}` : L.noAgreement,
    p.sla ? `${L.sla}: ${p.sla}` : null,
    p.fallback ? `${L.partnerFallback}: ${p.fallback}` : null,
  ].filter((x): x is string => !!x);
}

/** A partner in the blueprint's partners lane: its name once per step; the terms on hover and in the legend. */
export function partnerChip(L: Labels, p: PartnerCell, nav: Nav): VElement {
  return h('div', { class: `card partner chip-partner${p.known ? '' : ' unknown'}`, 'data-select': p.key, 'data-task': p.key, 'data-partner': p.id, role: 'button', title: [p.label, ...partnerTerms(L, p)].join('\n'), ...navProps(nav, p.key) },
    h('p', { class: 'actor' }, icon('briefcase'), ' ', h('strong', {}, p.label),
      p.agreement ? null : [' ', h('span', { class: 'no-agreement' }, icon('warning'), srOnly(L.noAgreement))]),
    findingList(L, p.findings),
    findingMarks(L, p.findings));
}

/** Every partner of the journey once, with its terms. */
export function partnerLegend(L: Labels, partners: readonly PartnerCell[]): Child {
  const seen = new Map<string, PartnerCell>();
  for (const p of partners) if (!seen.has(p.id)) seen.set(p.id, p);
  if (seen.size === 0) return null;
  return h('section', { class: 'partner-legend', 'aria-label': L.partnerLegend },
    h('h2', {}, icon('briefcase'), ' ', L.partnerLegend),
    h('dl', {}, [...seen.values()].map((p) => h('div', { class: `partner-terms${p.known ? '' : ' unknown'}`, 'data-partner': p.id },
      h('dt', {}, p.label), partnerTerms(L, p).map((term) => h('dd', {}, term))))));
}

export function systemChip(sys: SystemCell, nav: Nav): VElement {
  return h('div', { class: `card system${sys.known ? '' : ' unknown'}`, 'data-select': sys.key, role: 'button', ...navProps(nav, sys.key) },
    icon('server'), ' ', sys.label);
}
