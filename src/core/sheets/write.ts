/**
 * A journey's blueprint as an .xlsx workbook, with exceljs: a Blueprint
 * sheet in the blueprint layout (the journey's title, need and outcome, then
 * stages merged over their steps and a row per lane), a Steps sheet in the
 * table layout, a Findings sheet and, when the journey has evidence, an
 * Evidence sheet. Findings are cell notes on the cell they are about, with a
 * fill in the worst severity's colour given as RGB (not a theme colour, so it
 * looks the same in every theme and program). No cell is ever a formula: a
 * text that starts with `=`, `+`, `-` or `@` is a string cell in text format,
 * which neither Excel nor a CSV saved from it runs.
 * The sheets' words are those the import recognises, in English or Dutch,
 * so importing the export gives the journey back.
 */
import type { Workbook, Worksheet, Cell } from 'exceljs';
import type { Blueprint, CellFinding, Shown, StepCell, TaskCell } from '../blueprint/types';
import { SEVERITIES, type Severity } from '../engine/types';

type Lang = 'en' | 'nl';

const WORDS = {
  en: {
    journey: 'Journey', need: 'Need', outcome: 'Outcome', stage: 'Stage', step: 'Step', customer: 'Customer', channel: 'Channel', emotion: 'Emotion',
    fallback: 'Fallback', asks: 'Asks', moment: 'Moment of truth', kano: 'Kano', yes: 'yes',
    pain: 'Pain', idea: 'Idea', front: 'Front office', back: 'Back office', partners: 'Partners', systems: 'Systems',
    blueprint: 'Blueprint', steps: 'Steps', findings: 'Findings', evidence: 'Evidence',
    check: 'Check', severity: 'Severity', message: 'Message', whole: '(whole journey)',
    cases: 'Cases', share: 'Share of cases (%)', repeat: 'Repeated (%)', pingpong: 'Ping-pong (%)', kept: 'Promise kept (%)', median: 'Promise median (hours)', percentile: 'Promise percentile (hours)', fewer: (n: number) => `fewer than ${n}`,
    unusable: 'The event log could not be used; the Findings sheet says why.',
  },
  nl: {
    journey: 'Klantreis', need: 'Behoefte', outcome: 'Uitkomst', stage: 'Fase', step: 'Stap', customer: 'Klant', channel: 'Kanaal', emotion: 'Emotie',
    fallback: 'Terugval', asks: 'Vraagt', moment: 'Moment van de waarheid', kano: 'Kano', yes: 'ja',
    pain: 'Pijnpunt', idea: 'Idee', front: 'Front office', back: 'Back office', partners: 'Partners', systems: 'Systemen',
    blueprint: 'Blueprint', steps: 'Stappen', findings: 'Bevindingen', evidence: 'Bewijs',
    check: 'Controle', severity: 'Ernst', message: 'Melding', whole: '(hele klantreis)',
    cases: 'Cases', share: 'Aandeel cases (%)', repeat: 'Herhaald (%)', pingpong: 'Pingpong (%)', kept: 'Belofte gehouden (%)', median: 'Belofte mediaan (uren)', percentile: 'Belofte percentiel (uren)', fewer: (n: number) => `minder dan ${n}`,
    unusable: 'Het eventlog was niet bruikbaar; het blad Bevindingen zegt waarom.',
  },
};

/** Light fills (ARGB) that keep black text readable, by the worst severity on the cell. */
export const FINDING_FILLS: Readonly<Record<Severity, string>> = { error: 'FFF8CBAD', warning: 'FFFFE699', info: 'FFBDD7EE', hint: 'FFE2EFDA' };

type Lane = 'stage' | 'step' | 'customer' | 'channel' | 'fallback' | 'asks' | 'moment' | 'kano' | 'emotion' | 'pain' | 'idea' | 'front' | 'back' | 'partners' | 'systems';
const LANES: readonly Lane[] = ['stage', 'step', 'customer', 'channel', 'fallback', 'asks', 'moment', 'kano', 'emotion', 'pain', 'idea', 'front', 'back', 'partners', 'systems'];

/** A text that a spreadsheet (or a CSV saved from it) would read as a formula. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

export async function writeXlsx(bp: Blueprint, options: { lang?: Lang } = {}): Promise<Buffer> {
  const w = WORDS[options.lang ?? 'en'];
  // Loaded here, so that only exporting a spreadsheet pays for it.
  const { Workbook: WorkbookClass } = await import('exceljs');
  const wb: Workbook = new WorkbookClass();
  wb.creator = 'Journey Lens';
  blueprintSheet(wb.addWorksheet(w.blueprint), bp, w);
  stepsSheet(wb.addWorksheet(w.steps), bp, w);
  findingsSheet(wb.addWorksheet(w.findings), bp, w);
  if (bp.evidence) evidenceSheet(wb.addWorksheet(w.evidence), bp, w);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Words = (typeof WORDS)['en'];

function taskLine(t: TaskCell): string {
  const who = t.actor?.id ?? '';
  return who === '' ? t.does ?? '' : `${who}: ${t.does ?? ''}`;
}

/** Each lane's text of a step, as the import reads it back. */
function laneTexts(step: StepCell, w: Words): Record<Lane, string | number | undefined> {
  // Lanes are rows, so the order of a process that goes back and forth between them is lost unless numbered.
  const lanes: TaskCell['lane'][] = ['front', 'back', 'partner'];
  const rank = step.tasks.map((t) => lanes.indexOf(t.lane));
  const numbered = rank.some((r, i) => i > 0 && r < rank[i - 1]);
  const tasks = (lane: TaskCell['lane']) => step.tasks.flatMap((t, i) => (t.lane === lane ? [numbered ? `${i + 1}. ${taskLine(t)}` : taskLine(t)] : []));
  const actors = new Set(step.tasks.filter((t) => t.lane === 'partner').map((t) => t.actor?.id));
  const bare = step.partners.filter((p) => !actors.has(p.id)).map((p) => p.id);
  const join = (xs: string[]) => (xs.length === 0 ? undefined : xs.join('\n'));
  return {
    stage: step.stage,
    step: step.id,
    customer: step.customer,
    channel: step.channel?.id,
    fallback: join(step.fallbacks.map((f) => f.id)),
    asks: join(step.asks),
    moment: step.momentOfTruth ? w.yes : undefined,
    kano: step.kano,
    emotion: step.emotion,
    pain: join(step.pain),
    idea: join(step.idea),
    front: join(tasks('front')),
    back: join(tasks('back')),
    partners: join([...tasks('partner'), ...bare]),
    systems: join(step.systems.map((s) => s.id)),
  };
}

/** The findings each lane's cell of a step carries. */
function laneFindings(step: StepCell): Partial<Record<Lane, CellFinding[]>> {
  const of = (lane: TaskCell['lane']) => step.tasks.filter((t) => t.lane === lane).flatMap((t) => t.findings);
  return {
    customer: step.findings,
    front: of('front'),
    back: of('back'),
    partners: [...of('partner'), ...step.partners.flatMap((p) => p.findings)],
    systems: step.systems.flatMap((s) => s.findings),
  };
}

function put(cell: Cell, value: string | number | undefined): void {
  if (value === undefined) return;
  if (typeof value === 'number') {
    cell.value = value;
    return;
  }
  cell.value = value;
  // Text format: the program shows the text and never takes it for a formula, not even after an edit.
  if (looksLikeFormula(value)) cell.numFmt = '@';
  if (value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
}

function mark(cell: Cell, findings: readonly CellFinding[]): void {
  if (findings.length === 0) return;
  const worst = SEVERITIES.find((s) => findings.some((f) => f.severity === s)) ?? 'info';
  cell.note = findings.map((f) => `${f.severity} ${f.rule}: ${f.message}`).join('\n');
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FINDING_FILLS[worst] } };
}

function blueprintSheet(ws: Worksheet, bp: Blueprint, w: Words): void {
  const head: [string, string | undefined][] = [[w.journey, bp.title], [w.need, bp.need], [w.outcome, bp.outcome]];
  head.forEach(([label, value], i) => {
    ws.getCell(i + 1, 1).value = label;
    put(ws.getCell(i + 1, 2), value);
  });
  mark(ws.getCell(1, 2), bp.journeyFindings);
  const first = head.length + 2;
  LANES.forEach((lane, i) => {
    const cell = ws.getCell(first + i, 1);
    cell.value = w[lane];
    cell.font = { bold: true };
  });
  bp.steps.forEach((step, s) => {
    const texts = laneTexts(step, w);
    const findings = laneFindings(step);
    LANES.forEach((lane, i) => {
      if (lane === 'stage') return;
      const cell = ws.getCell(first + i, s + 2);
      put(cell, texts[lane]);
      mark(cell, findings[lane] ?? []);
    });
  });
  for (const group of bp.stages) {
    if (group.name === undefined) continue;
    const cell = ws.getCell(first, group.start + 2);
    put(cell, group.name);
    cell.font = { bold: true };
    if (group.span > 1) ws.mergeCells(first, group.start + 2, first, group.start + group.span + 1);
  }
  ws.getColumn(1).width = 16;
  for (let c = 2; c <= bp.steps.length + 1; c++) ws.getColumn(c).width = 28;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 0 }];
}

function stepsSheet(ws: Worksheet, bp: Blueprint, w: Words): void {
  LANES.forEach((lane, c) => {
    const cell = ws.getCell(1, c + 1);
    cell.value = w[lane];
    cell.font = { bold: true };
  });
  bp.steps.forEach((step, r) => {
    const texts = laneTexts(step, w);
    const findings = laneFindings(step);
    LANES.forEach((lane, c) => {
      const cell = ws.getCell(r + 2, c + 1);
      put(cell, texts[lane]);
      mark(cell, findings[lane] ?? []);
    });
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}

function findingsSheet(ws: Worksheet, bp: Blueprint, w: Words): void {
  [w.check, w.severity, w.step, w.message].forEach((h, c) => {
    ws.getCell(1, c + 1).value = h;
    ws.getCell(1, c + 1).font = { bold: true };
  });
  const rows: [CellFinding, string][] = bp.journeyFindings.map((f) => [f, w.whole]);
  for (const step of bp.steps) {
    const all = [...step.findings, ...step.tasks.flatMap((t) => t.findings), ...step.partners.flatMap((p) => p.findings), ...step.systems.flatMap((s) => s.findings)];
    const seen = new Set<string>();
    for (const f of all) if (!seen.has(f.key)) { seen.add(f.key); rows.push([f, step.id]); }
  }
  rows.forEach(([f, where], i) => {
    const r = i + 2;
    put(ws.getCell(r, 1), f.rule);
    put(ws.getCell(r, 2), f.severity);
    put(ws.getCell(r, 3), where);
    put(ws.getCell(r, 4), f.message);
    ws.getCell(r, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FINDING_FILLS[f.severity] } };
  });
  ws.getColumn(4).width = 100;
}

function evidenceSheet(ws: Worksheet, bp: Blueprint, w: Words): void {
  const ev = bp.evidence!;
  if (ev.unusable) {
    ws.getCell(1, 1).value = w.unusable;
    return;
  }
  [w.step, w.cases, w.share, w.repeat, w.pingpong, w.kept, w.median, w.percentile].forEach((h, c) => {
    ws.getCell(1, c + 1).value = h;
    ws.getCell(1, c + 1).font = { bold: true };
  });
  const shown = (s: Shown | undefined, share = false): string | number | undefined =>
    s === undefined ? undefined : 'value' in s ? (share ? Math.round(s.value * 1000) / 10 : s.value) : w.fewer(s.fewerThan);
  ev.steps.forEach((e, i) => {
    const r = i + 2;
    const values = [
      bp.steps[e.step]?.id, shown(e.cases), shown(e.share, true), shown(e.repeatShare, true), shown(e.pingpongShare, true),
      shown(e.promise?.keptShare, true), e.promise?.medianHours ?? undefined, e.promise?.percentileHours ?? undefined,
    ];
    values.forEach((v, c) => put(ws.getCell(r, c + 1), v ?? undefined));
  });
  ws.getCell(1, 1).note = `Percentile ${ev.percentile}; figures on fewer than ${ev.minCases} cases are not shown (min-cases).`;
}
