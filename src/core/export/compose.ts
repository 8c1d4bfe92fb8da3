/**
 * A drawing's run of step columns as one picture: the journey's title and
 * header above, the lane labels on the left (on every page), the stages over
 * the columns shown (a stage cut by a page is named again on the next), the
 * columns themselves, and the arcs whose two ends are both shown. The whole
 * drawing (SVG, PNG) is one run; a PDF page or a printed HTML page another.
 */
import type { Drawing } from './drawing';
import type { Measure } from './measure';
import { COLOURS, shifted, type Shape } from './shapes';
import { wrap } from './wrap';

export const MARGIN = 24;
const TITLE_SIZE = 16;

export interface Composed {
  width: number;
  height: number;
  shapes: Shape[];
}

export interface ComposeOptions {
  /** First and end (exclusive) column. */
  from: number;
  to: number;
  /** A footer line, e.g. the page number. */
  footer?: string;
  /** The height to fill (a page); default: what the content needs. */
  height?: number;
}

export function compose(d: Drawing, o: ComposeOptions, measure: Measure): Composed {
  const shown = Math.max(1, o.to - o.from);
  const width = 2 * MARGIN + d.labelWidth + shown * d.columnWidth;
  const text = width - 2 * MARGIN;
  const shapes: Shape[] = [];
  let y = MARGIN;
  const title = wrap(d.title, text, { size: TITLE_SIZE, bold: true }, measure, 3);
  shapes.push({ kind: 'text', x: MARGIN, y, lines: title, size: TITLE_SIZE, bold: true, colour: COLOURS.text, lineHeight: TITLE_SIZE * 1.25 });
  y += title.length * TITLE_SIZE * 1.25 + 4;
  for (const h of d.header) {
    const lines = wrap(h.text, text, { size: h.size, bold: h.bold }, measure, 6);
    shapes.push({ kind: 'text', x: MARGIN, y, lines, size: h.size, bold: h.bold, colour: h.colour, lineHeight: h.size * 1.3 });
    y += lines.length * h.size * 1.3 + 2;
  }
  const top = y + 8;
  const left = MARGIN + d.labelWidth;
  for (const r of d.rows) {
    shapes.push({ kind: 'rect', x: MARGIN, y: top + r.y, w: d.labelWidth, h: r.height, fill: COLOURS.label, stroke: COLOURS.grid });
    const lines = wrap(r.label, d.labelWidth - 10, { size: 7.5, bold: true }, measure, Math.max(1, Math.floor((r.height - 4) / 9.75)));
    shapes.push({ kind: 'text', x: MARGIN + 5, y: top + r.y + Math.max(2, Math.min(6, (r.height - 9.75) / 2)), lines, size: 7.5, bold: true, colour: COLOURS.muted, lineHeight: 9.75 });
  }
  const stageRow = d.rows.find((r) => r.id === 'stage');
  for (let i = o.from; i < o.to; i++) shapes.push(...d.columns[i].map((s) => shifted(s, left + (i - o.from) * d.columnWidth, top)));
  if (stageRow) {
    for (const g of d.stages) {
      const a = Math.max(g.start, o.from);
      const b = Math.min(g.start + g.span, o.to);
      if (a >= b) continue;
      const x = left + (a - o.from) * d.columnWidth;
      const w = (b - a) * d.columnWidth;
      shapes.push({ kind: 'rect', x, y: top + stageRow.y, w, h: stageRow.height, fill: COLOURS.stage, stroke: COLOURS.grid });
      if (g.name) shapes.push({ kind: 'text', x: x + 6, y: top + stageRow.y + 6, lines: wrap(g.name, w - 12, { size: 8.5, bold: true }, measure, 1), size: 8.5, bold: true, colour: COLOURS.text, lineHeight: 11 });
    }
  }
  for (const arc of d.arcs) {
    if (arc.from < o.from || arc.from >= o.to || arc.to < o.from || arc.to >= o.to) continue;
    const x1 = left + (arc.from - o.from + 0.5) * d.columnWidth;
    const x2 = left + (arc.to - o.from + 0.5) * d.columnWidth;
    const base = top + arc.y + 26;
    shapes.push({ kind: 'curve', from: [x1, base], control: [(x1 + x2) / 2, top + arc.y - 14], to: [x2, base], stroke: COLOURS.evidence, width: 1.2, dash: [4, 3], arrow: true });
  }
  for (const link of d.emotionLinks) {
    if (link.from < o.from || link.to >= o.to) continue;
    const x1 = left + (link.from - o.from + 0.5) * d.columnWidth;
    const x2 = left + (link.to - o.from + 0.5) * d.columnWidth;
    shapes.push({ kind: 'line', points: [[x1, top + link.fromY], [x2, top + link.toY]], stroke: COLOURS.emotion, width: 1.5, dash: [5, 3] });
  }
  const gridBottom = top + d.height;
  let height = Math.max(gridBottom + MARGIN, o.height ?? 0);
  if (o.footer) {
    height = Math.max(height, gridBottom + MARGIN + 14);
    shapes.push({ kind: 'text', x: MARGIN, y: height - MARGIN + 2, lines: [o.footer], size: 7.5, colour: COLOURS.muted, lineHeight: 9.75 });
  }
  // Whole points, so that a PNG at twice the size has exactly twice the pixels.
  return { width: Math.ceil(width), height: Math.ceil(height), shapes };
}
