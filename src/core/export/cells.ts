/**
 * What each lane's cell of a step says in a drawn export, as blocks for
 * flow.ts: the same facts as the preview's cells, in plain text (no icons:
 * the drawing must read on paper and in any SVG viewer).
 */
import type { Blueprint, CellFinding, ChannelInfo, PartnerCell, StepCell, TaskCell } from '../blueprint/types';
import { casesText, shareText, timeText } from '../blueprint/views/evidence-text';
import type { Labels } from '../blueprint/views/labels';
import type { Severity } from '../engine/types';
import { SIZE, type Block, type Marker, type Paragraph } from './flow';
import { COLOURS } from './shapes';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

function severityColour(s: Severity): string {
  return s === 'error' ? COLOURS.error : s === 'warning' ? COLOURS.warning : COLOURS.info;
}

/** The marker of a cell's findings, or none (also when the export leaves findings out). */
function markerOf(findings: readonly CellFinding[], shown: boolean): Marker | undefined {
  if (!shown || findings.length === 0) return undefined;
  const worst = findings.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), findings[0].severity);
  return { colour: severityColour(worst), count: findings.length };
}

const channelText = (L: Labels, c: ChannelInfo) => `${c.label} (${c.human ? L.human : L.selfService}${c.known ? '' : `, ${L.unknown}`})`;

export function stepHead(L: Labels, step: StepCell, findings: boolean, ids: readonly string[] = []): Block[] {
  // Where the step leads when that is not simply the next column: a fork, a jump, a loop back.
  const ways = step.next.length > 1 || (step.next.length === 1 && step.next[0] !== step.index + 1) ? `→ ${step.next.map((i) => ids[i] ?? '?').join(` ${L.or} `)}` : '';
  const marks = [ways, step.momentOfTruth ? `★ ${L.momentOfTruth}` : '', step.kano ? `${L.kano}: ${step.kano}` : '', step.end ? `■ ${L.end}` : ''].filter((m) => m !== '');
  return [
    { kind: 'paragraph', p: { text: `${step.index + 1} ${step.id}`, size: SIZE.title, bold: true, maxLines: 3 }, marker: markerOf(step.findings, findings) },
    ...(marks.length > 0 ? [{ kind: 'paragraph' as const, p: { text: marks.join(' · '), size: SIZE.small, colour: COLOURS.muted } }] : []),
  ];
}

export function customerCell(L: Labels, step: StepCell): Block[] {
  const p: Paragraph[] = [];
  if (step.customer) p.push({ text: step.customer, bold: true });
  if (step.channel) p.push({ text: channelText(L, step.channel), colour: COLOURS.muted });
  if (step.fallbacks.length > 0) p.push({ text: `${L.fallback}: ${step.fallbacks.map((f) => channelText(L, f)).join(', ')}`, colour: COLOURS.muted });
  if (step.asks.length > 0) p.push({ text: `${L.asks}: ${step.asks.join(', ')}` });
  if (step.promise) {
    const terms = [step.promise.by ? `${L.by} ${step.promise.by}` : '', step.promise.within ? `${L.within} ${step.promise.within}` : ''].filter((t) => t !== '').join(', ');
    p.push({ text: `${L.promise}: ${step.promise.says ?? ''}${terms ? ` (${terms})` : ''}` });
  }
  for (const pain of step.pain) p.push({ text: `${L.pain}: ${pain}`, colour: COLOURS.error });
  for (const idea of step.idea) p.push({ text: `${L.idea}: ${idea}`, colour: COLOURS.clear });
  return p.map((x) => ({ kind: 'paragraph', p: x }));
}

export function taskCard(L: Labels, bp: Blueprint, task: TaskCell, findings: boolean, evidence: boolean): Block {
  const p: Paragraph[] = [{ text: task.actor?.label ?? L.noTeam, bold: true }];
  if (task.does) p.push({ text: task.does });
  if (task.systems.length > 0) p.push({ text: `${L.system}: ${task.systems.join(', ')}`, colour: COLOURS.muted, size: SIZE.small });
  if (task.instruction) p.push({ text: `${L.instruction}: ${task.instruction}`, colour: COLOURS.muted, size: SIZE.small });
  const out = bp.handoffs.find((a) => a.from === task.key);
  if (task.handoff || out) {
    const to = out?.toLabel ?? task.handoff?.to ?? '?';
    const what = [task.handoff?.gives, task.handoff?.within ? `${L.within} ${task.handoff.within}` : undefined].filter(Boolean).join(', ');
    p.push({ text: `→ ${L.handsOn} ${to}${what ? `: ${what}` : ''}`, size: SIZE.small, colour: out ? statusColour(out.status) : COLOURS.muted });
  }
  const measured = evidence && out ? bp.evidence?.handoffs.find((e) => e.arrow === out.key) : undefined;
  if (measured) p.push({ text: `${timeText(L, measured, bp.evidence!.percentile)}${measured.over ? ` — ${L.evidence.over}` : ''}`, size: SIZE.small, colour: COLOURS.evidence, bold: measured.over });
  return { kind: 'card', card: { key: task.key, paragraphs: p, marker: markerOf(task.findings, findings) } };
}

/** A partner once per step, as a small card: its terms are in the legend under the title. */
export function partnerChip(L: Labels, p: PartnerCell, findings: boolean): Block {
  const gaps = [p.agreement ? '' : L.noAgreement, p.known ? '' : L.unknown].filter((g) => g !== '');
  return { kind: 'card', card: { key: p.key, paragraphs: [{ text: p.label, bold: true }, ...(gaps.length ? [{ text: gaps.join(', '), size: SIZE.small, colour: COLOURS.warning }] : [])], marker: markerOf(p.findings, findings) } };
}

export function systemLines(L: Labels, step: StepCell, findings: boolean): Block[] {
  return step.systems.map((s) => ({ kind: 'paragraph', p: { text: `▪ ${s.label}${s.known ? '' : ` (${L.unknown})`}` }, marker: markerOf(s.findings, findings) }));
}

export function statusColour(status: 'clear' | 'unclear' | 'pingpong'): string {
  return status === 'clear' ? COLOURS.clear : status === 'unclear' ? COLOURS.unclear : COLOURS.pingpong;
}

export function evidenceCell(L: Labels, bp: Blueprint, step: StepCell): Block[] {
  const ev = bp.evidence;
  const f = ev?.steps.find((x) => x.step === step.index);
  if (!ev || !f) return [{ kind: 'paragraph', p: { text: ev?.unusable ? L.evidence.unusable : '—', colour: COLOURS.muted } }];
  const p: Paragraph[] = [{ text: `${casesText(L, f.cases)} · ${shareText(L, f.share)} ${L.evidence.ofAll}`, bold: true, colour: COLOURS.evidence }];
  if (f.unvisited) p.push({ text: L.evidence.unvisited, colour: COLOURS.warning });
  if (f.promise) p.push({ text: `${L.promise}: ${timeText(L, f.promise, ev.percentile)} · ${shareText(L, f.promise.keptShare)} ${L.evidence.kept}${f.promise.over ? ` — ${L.evidence.over}` : ''}`, colour: COLOURS.evidence, bold: f.promise.over });
  p.push({ text: `${L.evidence.repeat}: ${shareText(L, f.repeatShare)}`, colour: COLOURS.evidence });
  p.push({ text: `${L.evidence.pingpong}: ${shareText(L, f.pingpongShare)}`, colour: COLOURS.evidence });
  return p.map((x) => ({ kind: 'paragraph', p: { ...x, size: SIZE.small } }));
}

/** The undesigned paths that leave this step, in words (the arcs say it too where both ends are drawn). */
export function pathsCell(L: Labels, bp: Blueprint, step: StepCell): Block[] {
  return (bp.evidence?.transitions ?? []).filter((t) => !t.designed && t.from === step.index).map((t) => ({
    kind: 'paragraph',
    p: { text: `→ ${bp.steps[t.to]?.id ?? '?'}: ${casesText(L, t.cases)} · ${shareText(L, t.share)} ${L.evidence.ofStep}`, size: SIZE.small, colour: COLOURS.evidence },
  }));
}

/** Every finding on the step's cells, worst first: the drawing is read without the editor. */
export function findingsCell(step: StepCell): Block[] {
  const all = [...step.findings, ...step.tasks.flatMap((t) => t.findings), ...step.partners.flatMap((p) => p.findings), ...step.systems.flatMap((s) => s.findings)];
  const unique = [...new Map(all.map((f) => [f.key, f])).values()].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  return unique.map((f) => ({ kind: 'paragraph', p: { text: `${f.rule}: ${f.message}`, size: SIZE.small, colour: severityColour(f.severity), maxLines: 8 } }));
}
