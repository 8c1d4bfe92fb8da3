/**
 * The drawing as a paginated PDF (pdfkit, vector, text as text): landscape
 * A4 or A3, as many step columns on a page as stay readable, the lane labels
 * and the journey's title on every page, page numbers at the foot. Text is
 * drawn line by line as the layout wrapped it, in the export font, so the
 * PDF and the SVG agree.
 */
// A require, not an import: the bundler then takes pdfkit's CommonJS build, whose files are found by __filename (its ES build uses import.meta).
// eslint-disable-next-line @typescript-eslint/no-require-imports
import PDFDocument = require('pdfkit');
import type { Language } from '../i18n/language';
import { compose, MARGIN, type Composed } from './compose';
import type { Drawing } from './drawing';
import type { FontFiles } from './fonts';
import type { Measure } from './measure';
import type { Shape } from './shapes';

export type PageSize = 'a4' | 'a3';

/** Landscape, in points. */
const PAGES: Record<PageSize, [number, number]> = { a4: [841.89, 595.28], a3: [1190.55, 841.89] };
/** The smallest scale a page is drawn at to fit its columns across: 8.5 pt text stays above 6 pt. */
const MIN_SCALE = 0.75;

export const PAGE_OF: Record<Language, (i: number, n: number) => string> = {
  en: (i, n) => `page ${i} of ${n}`,
  nl: (i, n) => `pagina ${i} van ${n}`,
};

/** How many step columns go on one page. */
export function columnsPerPage(d: Drawing, page: PageSize): number {
  const [w] = PAGES[page];
  return Math.max(1, Math.floor((w / MIN_SCALE - 2 * MARGIN - d.labelWidth) / d.columnWidth));
}

export function toPdf(d: Drawing, o: { page: PageSize; language: Language; fonts: FontFiles; measure: Measure }): Promise<Buffer> {
  const [pw, ph] = PAGES[o.page];
  const perPage = columnsPerPage(d, o.page);
  const pages = Math.max(1, Math.ceil(d.columns.length / perPage));
  // No default font (null, not undefined): pdfkit would load Helvetica's metrics, and every text names its font anyway.
  const doc = new PDFDocument({ size: [pw, ph], margin: 0, autoFirstPage: false, font: null as unknown as string, lang: o.language, info: { Title: d.title, Creator: 'Journey Lens' }, displayTitle: true });
  doc.registerFont('regular', o.fonts.regular);
  doc.registerFont('bold', o.fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (let p = 0; p < pages; p++) {
    const from = p * perPage;
    const to = Math.min(d.columns.length, from + perPage);
    const c = compose(d, { from, to, footer: `${d.title} — ${PAGE_OF[o.language](p + 1, pages)}` }, o.measure);
    doc.addPage({ size: [pw, ph], margin: 0 });
    const scale = Math.min(pw / c.width, ph / c.height);
    doc.save();
    doc.scale(scale);
    draw(doc, c);
    doc.restore();
  }
  doc.end();
  return done;
}

function draw(doc: PDFKit.PDFDocument, c: Composed): void {
  for (const s of c.shapes) drawShape(doc, s);
}

function dashed(doc: PDFKit.PDFDocument, dash: readonly number[] | undefined): void {
  if (dash) doc.dash(dash[0], { space: dash[1] });
  else doc.undash();
}

function drawShape(doc: PDFKit.PDFDocument, s: Shape): void {
  switch (s.kind) {
    case 'rect': {
      if (s.radius) doc.roundedRect(s.x, s.y, s.w, s.h, s.radius);
      else doc.rect(s.x, s.y, s.w, s.h);
      dashed(doc, s.dash);
      doc.lineWidth(0.75);
      if (s.fill && s.stroke) doc.fillAndStroke(s.fill, s.stroke);
      else if (s.fill) doc.fill(s.fill);
      else if (s.stroke) doc.stroke(s.stroke);
      doc.undash();
      return;
    }
    case 'text':
      doc.font(s.bold ? 'bold' : 'regular').fontSize(s.size).fillColor(s.colour);
      s.lines.forEach((line, i) => doc.text(line, s.x, s.y + i * s.lineHeight, { lineBreak: false }));
      return;
    case 'line': {
      const [first, ...rest] = s.points;
      doc.moveTo(first[0], first[1]);
      for (const [x, y] of rest) doc.lineTo(x, y);
      dashed(doc, s.dash);
      doc.lineWidth(s.width).stroke(s.stroke);
      doc.undash();
      if (s.arrow && s.points.length >= 2) arrowHead(doc, s.points[s.points.length - 2], s.points[s.points.length - 1], s.stroke);
      return;
    }
    case 'circle':
      doc.circle(s.cx, s.cy, s.r).fill(s.fill);
      return;
    case 'curve':
      doc.moveTo(s.from[0], s.from[1]).quadraticCurveTo(s.control[0], s.control[1], s.to[0], s.to[1]);
      dashed(doc, s.dash);
      doc.lineWidth(s.width).stroke(s.stroke);
      doc.undash();
      if (s.arrow) arrowHead(doc, s.control, s.to, s.stroke);
      return;
  }
}

function arrowHead(doc: PDFKit.PDFDocument, from: readonly [number, number], to: readonly [number, number], colour: string): void {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const size = 5;
  const point = (a: number): [number, number] => [to[0] - size * Math.cos(a), to[1] - size * Math.sin(a)];
  const [l, r] = [point(angle - 0.45), point(angle + 0.45)];
  doc.moveTo(to[0], to[1]).lineTo(l[0], l[1]).lineTo(r[0], r[1]).closePath().fill(colour);
}
