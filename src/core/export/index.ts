/**
 * The drawn exports of a blueprint: SVG, PNG and PDF. Bundled on its own
 * (dist/exporters.js) with its fonts and resvg's WebAssembly beside it, and
 * loaded only when someone exports, so that the command line's other
 * commands and the extension's activation do not pay for pdfkit and resvg.
 */
import type { Blueprint } from '../blueprint/types';
import { labelsFor } from '../blueprint/views/labels';
import { languageOf } from '../i18n/language';
import { compose } from './compose';
import { drawBlueprint, type DrawnView } from './drawing';
import type { FontFiles } from './fonts';
import { fontMeasure } from './measure';
import { columnsPerPage, PAGE_OF, toPdf, type PageSize } from './pdf';
import { svgToPng } from './png';
import { toSvg } from './svg';

export { DRAWN_VIEWS, type DrawnView } from './drawing';
export { readFonts, type FontFiles } from './fonts';
export type { PageSize } from './pdf';

export type DrawnFormat = 'svg' | 'png' | 'pdf';

export interface DrawnExportOptions {
  view: DrawnView;
  findings: boolean;
  page: PageSize;
  /** VS Code's display language or the command line's --lang. */
  lang: string;
  fonts: FontFiles;
  /** resvg's WebAssembly (index_bg.wasm), for PNG. */
  wasm?: Buffer;
}

export async function exportDrawn(bp: Blueprint, format: DrawnFormat, o: DrawnExportOptions): Promise<Buffer> {
  const language = languageOf(o.lang);
  const measure = fontMeasure(o.fonts);
  const drawing = drawBlueprint(bp, { labels: labelsFor(o.lang), view: o.view, findings: o.findings, measure });
  if (format === 'pdf') return toPdf(drawing, { page: o.page, language, fonts: o.fonts, measure });
  const whole = compose(drawing, { from: 0, to: drawing.columns.length }, measure);
  const svg = toSvg(whole, drawing.title, language);
  if (format === 'svg') return Buffer.from(svg, 'utf8');
  if (!o.wasm) throw new Error('PNG needs resvg\'s WebAssembly module');
  return svgToPng(svg, o.wasm, o.fonts, pngScale(whole.width, whole.height));
}

/**
 * The drawing for an HTML page: the whole of it for the screen, and the same
 * pages as the PDF for printing (lane labels and title on each), as inline SVG.
 */
export function drawnSvgs(bp: Blueprint, o: Omit<DrawnExportOptions, 'wasm'>): { whole: string; pages: string[]; page: PageSize } {
  const language = languageOf(o.lang);
  const measure = fontMeasure(o.fonts);
  const d = drawBlueprint(bp, { labels: labelsFor(o.lang), view: o.view, findings: o.findings, measure });
  const perPage = columnsPerPage(d, o.page);
  const count = Math.max(1, Math.ceil(d.columns.length / perPage));
  const pages = Array.from({ length: count }, (_, p) => {
    const from = p * perPage;
    return toSvg(compose(d, { from, to: Math.min(d.columns.length, from + perPage), footer: `${d.title} — ${PAGE_OF[language](p + 1, count)}` }, measure), d.title, language, `page${p + 1}-`);
  });
  return { whole: toSvg(compose(d, { from: 0, to: d.columns.length }, measure), d.title, language, 'whole-'), pages, page: o.page };
}

/** The largest side a PNG gets, and its most pixels: what image viewers and slide programs open. */
const PNG_MAX_SIDE = 16_384;
const PNG_MAX_PIXELS = 64_000_000;

/** Twice the size for slides, less for a journey so long that twice would not open anywhere. */
export function pngScale(width: number, height: number): number {
  return Math.min(2, PNG_MAX_SIDE / width, PNG_MAX_SIDE / height, Math.sqrt(PNG_MAX_PIXELS / (width * height)));
}
