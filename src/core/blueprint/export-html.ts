/**
 * "Export Preview as HTML": one self-contained file of the current view, to
 * share with people who do not use VS Code. Styles and the icon font are
 * inlined, nothing is fetched, and no script is needed (nor allowed: the
 * file's own CSP forbids scripts, a second guard behind the escaping).
 */
import type { Blueprint } from './types';
import { labelsFor } from './views/labels';
import type { ViewMode } from './views/modes';
import { page } from './views/page';
import { escapeAttribute, escapeText, toHtml } from './vnode';

export interface HtmlExportOptions {
  view: ViewMode;
  /** The preview's stylesheet (media/preview.css), with its font inlined (see inlineFont). */
  css: string;
  /** VS Code's display language: the page's lang attribute and the language of its labels. */
  lang?: string;
  /**
   * The blueprint drawn (src/core/export drawnSvgs, inline SVG made from
   * escaped text): shown instead of the grid, with the handoff arrows the
   * grid cannot have without a script, and printed as pages.
   */
  drawing?: { whole: string; pages: readonly string[]; page: 'a4' | 'a3' };
}

export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export function exportHtml(bp: Blueprint, o: HtmlExportOptions): string {
  const L = labelsFor(o.lang);
  // The export carries the evidence overlay whenever the journey has figures (overlayShown's default).
  const parts = page(bp, { labels: L, view: o.view, interactive: false });
  const body = o.drawing
    ? [toHtml(parts[0]), `<main id="view" class="view drawing">\n${o.drawing.whole}\n</main>`, `<div class="print-pages">\n${o.drawing.pages.map((p) => `<section class="print-page">\n${p}\n</section>`).join('\n')}\n</div>`].join('\n')
    : parts.map(toHtml).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttribute(o.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(`${bp.title || L.untitled} — ${L.views[o.view]}`)}</title>`,
    `<style>${styleText(EXPORT_PALETTE + o.css + (o.drawing ? drawingCss(o.drawing.page) : ''))}</style>`,
    '</head>',
    '<body class="export">',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The drawing on screen scrolls sideways at its own size; in print the screen
 * version gives way to the pages, one landscape sheet each.
 */
const drawingCss = (page: 'a4' | 'a3') => `
.view.drawing { overflow-x: auto; }
.view.drawing svg { display: block; max-width: none; }
.print-pages { display: none; }
@media print {
  @page { size: ${page.toUpperCase()} landscape; margin: 8mm; }
  body.export > header.top, .view.drawing { display: none; }
  .print-pages { display: block; }
  .print-page { break-after: page; }
  .print-page:last-child { break-after: auto; }
  .print-page svg { width: 100%; height: auto; max-height: 100vh; }
}
`;

/** CSS inside <style> cannot be escaped, only kept from closing the element. */
function styleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** Points the stylesheet's codicon font at an inlined copy, so the file needs no network. */
export function inlineFont(css: string, fontBase64: string): string {
  return css.replace(/url\(\s*["']?\.\/codicon\.ttf[^)"']*["']?\s*\)/g, `url("data:font/ttf;base64,${fontBase64}")`);
}

/**
 * The theme variables the stylesheet uses, which VS Code sets in a webview
 * and nobody sets in a browser: VS Code's default light and dark colours.
 */
export const EXPORT_PALETTE = `
:root {
  color-scheme: light dark;
  --vscode-font-family: system-ui, -apple-system, "Segoe UI", Ubuntu, sans-serif;
  --vscode-font-size: 13px;
  --vscode-editor-font-family: Menlo, Consolas, "DejaVu Sans Mono", monospace;
  --vscode-foreground: #3b3b3b;
  --vscode-descriptionForeground: #6f6f6f;
  --vscode-editor-background: #ffffff;
  --vscode-editorWidget-background: #f8f8f8;
  --vscode-sideBar-background: #f8f8f8;
  --vscode-panel-border: #d4d4d4;
  --vscode-focusBorder: #005fb8;
  --vscode-badge-background: #cccccc;
  --vscode-badge-foreground: #3b3b3b;
  --vscode-button-secondaryBackground: #e5e5e5;
  --vscode-button-secondaryForeground: #3b3b3b;
  --vscode-charts-blue: #1a85ff;
  --vscode-charts-green: #388a34;
  --vscode-charts-orange: #c16a00;
  --vscode-charts-purple: #652d90;
  --vscode-charts-red: #e51400;
  --vscode-charts-yellow: #a87800;
  --vscode-editorError-foreground: #e51400;
  --vscode-editorWarning-foreground: #a87800;
  --vscode-editorInfo-foreground: #1a85ff;
  --vscode-list-inactiveSelectionBackground: #e4e6f1;
  --vscode-textBlockQuote-background: #f2f2f2;
  --vscode-textBlockQuote-border: #d4d4d4;
}
@media (prefers-color-scheme: dark) {
  :root {
    --vscode-foreground: #cccccc;
    --vscode-descriptionForeground: #9d9d9d;
    --vscode-editor-background: #1f1f1f;
    --vscode-editorWidget-background: #252526;
    --vscode-sideBar-background: #181818;
    --vscode-panel-border: #3c3c3c;
    --vscode-focusBorder: #0078d4;
    --vscode-badge-background: #616161;
    --vscode-badge-foreground: #f8f8f8;
    --vscode-button-secondaryBackground: #313131;
    --vscode-button-secondaryForeground: #cccccc;
    --vscode-charts-blue: #3794ff;
    --vscode-charts-green: #89d185;
    --vscode-charts-orange: #d18616;
    --vscode-charts-purple: #b180d7;
    --vscode-charts-red: #f14c4c;
    --vscode-charts-yellow: #cca700;
    --vscode-editorError-foreground: #f14c4c;
    --vscode-editorWarning-foreground: #cca700;
    --vscode-editorInfo-foreground: #3794ff;
    --vscode-list-inactiveSelectionBackground: #37373d;
    --vscode-textBlockQuote-background: #2b2b2b;
    --vscode-textBlockQuote-border: #616161;
  }
}
`;
