/**
 * The blueprint as a drawing, for the SVG, PNG and PDF exports (and the HTML
 * export's printed pages): lanes as rows, steps as columns of one width, each
 * column's shapes self-contained (relative to the column's left edge), so
 * that a page can take any run of columns and repeat the lane labels beside
 * them. What spans columns (stages, the undesigned-path arcs) is kept apart
 * and drawn by the renderer for the columns it shows.
 */
import type { Blueprint, StepCell } from '../blueprint/types';
import type { Labels } from '../blueprint/views/labels';
import { customerCell, evidenceCell, findingsCell, partnerChip, pathsCell, statusColour, stepHead, systemLines, taskCard } from './cells';
import { place, SIZE, type Block } from './flow';
import type { Measure } from './measure';
import { COLOURS, type Shape } from './shapes';

export type DrawnView = 'blueprint' | 'customer' | 'employee';
export const DRAWN_VIEWS: readonly DrawnView[] = ['blueprint', 'customer', 'employee'];

export interface DrawOptions {
  /** The words the drawing says: labelsFor(the export's language). */
  labels: Labels;
  view: DrawnView;
  /** Leave out every finding: the export is fit for customers and partners. */
  findings: boolean;
  measure: Measure;
}

type RowId = 'stage' | 'step' | 'evidence' | 'paths' | 'customer' | 'emotion' | 'interaction' | 'front' | 'visibility' | 'back' | 'partner' | 'system' | 'findings';

export interface DrawnRow {
  id: RowId;
  label: string;
  y: number;
  height: number;
}

export interface HeaderLine {
  text: string;
  size: number;
  bold?: boolean;
  colour: string;
}

export interface Drawing {
  title: string;
  header: HeaderLine[];
  labelWidth: number;
  columnWidth: number;
  rows: DrawnRow[];
  /** Per step, its shapes relative to the column's left edge and the grid's top. */
  columns: Shape[][];
  stepIds: string[];
  stages: { name: string; start: number; span: number }[];
  /** Undesigned transitions between step columns, drawn where both ends are. */
  arcs: { from: number; to: number; y: number }[];
  /**
   * The emotion curve between steps that lead to each other but are not side
   * by side (a branch that skips its alternative), drawn where both ends are;
   * neighbours that lead to each other are joined inside their columns.
   */
  emotionLinks: { from: number; to: number; fromY: number; toY: number }[];
  /** The grid's height. */
  height: number;
}

const LABEL_WIDTH = 110;
const COLUMN_WIDTH = 190;
const PAD = 7;
const GUTTER = 14;
const EMOTION_HEIGHT = 56;
const ARC_SPACE = 30;

export function drawBlueprint(bp: Blueprint, o: DrawOptions): Drawing {
  const L = o.labels;
  const withEvidence = !!bp.evidence && !bp.evidence.unusable && o.view !== 'employee';
  const ids = rowsOf(o.view, withEvidence, o.findings && bp.steps.some((s) => findingsCell(s).length > 0), (bp.evidence?.transitions ?? []).some((t) => !t.designed));
  const content = (id: RowId, step: StepCell): Block[] => blocksOf(bp, id, step, o, withEvidence);
  const inner = COLUMN_WIDTH - 2 * PAD;
  const rows: DrawnRow[] = [];
  let y = 0;
  for (const id of ids) {
    const fixed = FIXED[id];
    const measured = fixed ?? Math.max(24, ...bp.steps.map((st) => place(content(id, st), 0, 0, id in LANE_TASKS ? inner - GUTTER : inner, o.measure).height + 2 * PAD));
    const height = id === 'paths' ? measured + ARC_SPACE : measured;
    rows.push({ id, label: labelOf(L, id), y, height });
    y += height;
  }
  const columns = bp.steps.map((st) => column(bp, st, rows, o, content));
  const pathsRow = rows.find((r) => r.id === 'paths');
  const emotionRow = rows.find((r) => r.id === 'emotion');
  return {
    title: bp.title || L.untitled,
    header: header(L, bp, o.findings),
    labelWidth: LABEL_WIDTH,
    columnWidth: COLUMN_WIDTH,
    rows,
    columns,
    stepIds: bp.steps.map((s) => s.id),
    stages: bp.stages.map((g) => ({ name: g.name ?? '', start: g.start, span: g.span })),
    arcs: pathsRow ? (bp.evidence?.transitions ?? []).filter((t) => !t.designed).map((t) => ({ from: t.from, to: t.to, y: pathsRow.y })) : [],
    emotionLinks: emotionRow ? emotionLinks(bp, emotionRow) : [],
    height: y,
  };
}

/** The tasks lanes leave a gutter on the right for the handoff arrows. */
const LANE_TASKS = { front: true, back: true, partner: true } as const;
const FIXED: Partial<Record<RowId, number>> = { stage: 22, emotion: EMOTION_HEIGHT, interaction: 14, visibility: 14 };

function rowsOf(view: DrawnView, evidence: boolean, findings: boolean, paths: boolean): RowId[] {
  const head: RowId[] = ['stage', 'step', ...(evidence ? ['evidence' as const, ...(paths ? ['paths' as const] : [])] : [])];
  const customer: RowId[] = ['customer', 'emotion'];
  const employee: RowId[] = ['front', 'visibility', 'back', 'partner', 'system'];
  const body = view === 'customer' ? customer : view === 'employee' ? employee : [...customer, 'interaction' as const, ...employee];
  return [...head, ...body, ...(findings ? ['findings' as const] : [])];
}

function labelOf(L: Labels, id: RowId): string {
  switch (id) {
    case 'stage': return L.stage;
    case 'step': return L.step;
    case 'evidence': return L.evidence.lane;
    case 'paths': return L.evidence.paths;
    case 'interaction': return L.lineOfInteraction;
    case 'visibility': return L.lineOfVisibility;
    case 'findings': return L.findings;
    default: return L.lanes[id];
  }
}

function blocksOf(bp: Blueprint, id: RowId, step: StepCell, o: DrawOptions, evidence: boolean): Block[] {
  const L = o.labels;
  switch (id) {
    case 'step': return stepHead(L, step, o.findings, bp.steps.map((x) => x.id));
    case 'evidence': return evidenceCell(L, bp, step);
    case 'paths': return pathsCell(L, bp, step);
    case 'customer': return customerCell(L, step);
    case 'front': case 'back': return step.tasks.filter((t) => t.lane === id).map((t) => taskCard(L, bp, t, o.findings, evidence));
    case 'partner': return [...step.tasks.filter((t) => t.lane === 'partner').map((t) => taskCard(L, bp, t, o.findings, evidence)), ...step.partners.map((p) => partnerChip(L, p, o.findings))];
    case 'system': return systemLines(L, step, o.findings);
    case 'findings': return findingsCell(step);
    default: return [];
  }
}

function column(bp: Blueprint, step: StepCell, rows: readonly DrawnRow[], o: DrawOptions, content: (id: RowId, st: StepCell) => Block[]): Shape[] {
  const shapes: Shape[] = [];
  const cards = new Map<string, { x: number; y: number; w: number; h: number }>();
  const inner = COLUMN_WIDTH - 2 * PAD;
  for (const row of rows) {
    shapes.push({ kind: 'rect', x: 0, y: row.y, w: COLUMN_WIDTH, h: row.height, stroke: COLOURS.grid, fill: row.id === 'step' ? COLOURS.label : undefined });
    if (row.id === 'stage') continue;
    if (row.id === 'emotion') {
      shapes.push(...emotion(bp, step, row));
      continue;
    }
    if (row.id === 'interaction' || row.id === 'visibility') {
      shapes.push({ kind: 'line', points: [[0, row.y + row.height / 2], [COLUMN_WIDTH, row.y + row.height / 2]], stroke: COLOURS.separator, width: 0.8, dash: [3, 2] });
      continue;
    }
    const top = row.id === 'paths' ? row.y + ARC_SPACE : row.y;
    const placed = place(content(row.id, step), PAD, top + PAD, row.id in LANE_TASKS ? inner - GUTTER : inner, o.measure);
    shapes.push(...placed.shapes);
    for (const [k, v] of placed.cards) cards.set(k, v);
  }
  // Handoff arrows, routed through the gutter on the right so that they never cross a card.
  bp.handoffs.filter((a) => a.step === step.index).forEach((a, i) => {
    const from = cards.get(a.from);
    const to = a.to ? cards.get(a.to) : undefined;
    if (!from) return;
    const gx = COLUMN_WIDTH - PAD - 3 - (i % 4) * 3;
    const sy = from.y + Math.min(12, from.h / 2);
    const dash = a.status === 'clear' ? undefined : a.status === 'unclear' ? [4, 3] : [1.5, 2.5];
    const points: [number, number][] = to
      ? [[from.x + from.w, sy], [gx, sy], [gx, to.y + Math.min(12, to.h / 2)], [to.x + to.w, to.y + Math.min(12, to.h / 2)]]
      : [[from.x + from.w, sy], [gx, sy], [gx, sy + 14]];
    shapes.push({ kind: 'line', points, stroke: statusColour(a.status), width: 1.2, dash, arrow: true });
  });
  return shapes;
}

const emotionYOf = (row: DrawnRow) => (e: number) => row.y + 8 + ((2 - e) / 4) * (row.height - 16);

/** Whether step `a` leads to step `b` (a branch's alternatives do not lead to each other). */
const leads = (bp: Blueprint, a: number, b: number) => bp.steps[a]?.next.includes(b) ?? false;

/**
 * The step's emotion as a dot, joined halfway to each neighbour it leads to
 * or comes from (the segments meet at the column edges): the curve follows
 * the paths and never joins two alternatives of a fork.
 */
function emotion(bp: Blueprint, step: StepCell, row: DrawnRow): Shape[] {
  const yOf = emotionYOf(row);
  const e = step.emotion;
  if (e === undefined) return [];
  const cx = COLUMN_WIDTH / 2;
  const shapes: Shape[] = [];
  const prev = bp.steps[step.index - 1];
  const next = bp.steps[step.index + 1];
  if (prev?.emotion !== undefined && (leads(bp, prev.index, step.index) || leads(bp, step.index, prev.index))) shapes.push({ kind: 'line', points: [[0, yOf((prev.emotion + e) / 2)], [cx, yOf(e)]], stroke: COLOURS.emotion, width: 1.5 });
  if (next?.emotion !== undefined && (leads(bp, step.index, next.index) || leads(bp, next.index, step.index))) shapes.push({ kind: 'line', points: [[cx, yOf(e)], [COLUMN_WIDTH, yOf((e + next.emotion) / 2)]], stroke: COLOURS.emotion, width: 1.5 });
  shapes.push({ kind: 'circle', cx, cy: yOf(e), r: 3.5, fill: e < 0 ? COLOURS.error : e > 0 ? COLOURS.clear : COLOURS.emotion });
  shapes.push({ kind: 'text', x: cx + 7, y: yOf(e) - 11, lines: [e > 0 ? `+${e}` : String(e)], size: SIZE.small, colour: COLOURS.muted, lineHeight: SIZE.small * 1.3 });
  return shapes;
}

/** Forward links between steps that are not side by side, both with an emotion. */
function emotionLinks(bp: Blueprint, row: DrawnRow): Drawing['emotionLinks'] {
  const yOf = emotionYOf(row);
  return bp.steps.flatMap((s) => s.next.filter((t) => t > s.index + 1 && s.emotion !== undefined && bp.steps[t]?.emotion !== undefined)
    .map((t) => ({ from: s.index, to: t, fromY: yOf(s.emotion!), toY: yOf(bp.steps[t].emotion!) })));
}

function header(L: Labels, bp: Blueprint, findings: boolean): HeaderLine[] {
  const line = (label: string, value: string | undefined): HeaderLine[] => (value ? [{ text: `${label}: ${value}`, size: SIZE.body, colour: COLOURS.text }] : []);
  const partners = new Map(bp.steps.flatMap((s) => s.partners).map((p) => [p.id, p]));
  return [
    ...line(L.persona, bp.persona),
    ...line(L.need, bp.need),
    ...line(L.outcome, bp.outcome),
    ...line(L.owner, [bp.owner, bp.reviewed ? `${L.reviewed} ${bp.reviewed}` : undefined].filter(Boolean).join(' · ') || undefined),
    ...bp.measures.map((m) => ({ text: `▸ ${m.name}: ${m.target}`, size: SIZE.body, colour: COLOURS.text })),
    ...[...partners.values()].map((p) => ({
      text: `${L.partner} ${p.label}: ${[p.agreement ? `${L.agreement} ${p.agreement}` : L.noAgreement, p.sla ? `${L.sla} ${p.sla}` : '', p.fallback ? `${L.partnerFallback}: ${p.fallback}` : ''].filter((x) => x !== '').join(' · ')}`,
      size: SIZE.small, colour: COLOURS.muted,
    })),
    ...(findings ? bp.journeyFindings.map((f) => ({ text: `${L.journeyFindings} — ${f.rule}: ${f.message}`, size: SIZE.small, colour: f.severity === 'error' ? COLOURS.error : f.severity === 'warning' ? COLOURS.warning : COLOURS.info })) : []),
  ];
}
