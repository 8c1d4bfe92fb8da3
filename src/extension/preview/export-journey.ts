/**
 * "Journey Lens: Export Journey…": one command for every format. It asks for
 * the format, the view (the preview's current one preselected) and whether
 * to include the findings (left out, the export is fit for customers and
 * partners), then where to save. The drawn formats come from the exporters'
 * own bundle, loaded on the first export. Called with its answers (tests, a
 * keybinding), it asks nothing.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { exportHtml, exportMermaid, inlineFont, labelsFor, loadExporters, loadSheets, VIEW_MODES, type ViewMode, withoutFindings } from '../../core';
import type { Analyses } from '../analyses';
import type { PreviewEvidence } from './evidence';
import { blueprintOf, besideJourney, targetOf } from './export';
import { mediaRoot } from './html';
import type { PreviewManager } from './manager';

export type ExportFormat = 'html' | 'svg' | 'png' | 'pdf' | 'mermaid' | 'xlsx';
const DRAWN: readonly ViewMode[] = ['blueprint', 'customer', 'employee'];

export interface ExportJourneyArgs {
  resource?: vscode.Uri;
  format?: ExportFormat;
  view?: ViewMode;
  findings?: boolean;
  page?: 'a4' | 'a3';
  /** Where to write, instead of asking. */
  target?: vscode.Uri;
}

interface Context {
  previews: PreviewManager;
  analyses: Analyses;
  evidence: PreviewEvidence;
  extensionUri: vscode.Uri;
}

/** Returns the file written, or undefined when the user stopped or nothing could be exported. */
export async function exportJourney(arg: unknown, ctx: Context): Promise<vscode.Uri | undefined> {
  const given: ExportJourneyArgs = arg instanceof vscode.Uri ? { resource: arg } : (arg as ExportJourneyArgs | undefined) ?? {};
  const target = targetOf(given.resource, ctx.previews);
  if (!target) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a journey (*.journey.yaml) to export it.'));
  const format = given.format ?? (await pickFormat());
  if (!format) return undefined;
  const view = format === 'mermaid' ? 'customer' : format === 'xlsx' ? 'blueprint' : given.view ?? (await pickView(format, target.view));
  if (!view) return undefined;
  const findings = format === 'mermaid' ? false : given.findings ?? (await pickFindings());
  if (findings === undefined) return undefined;
  const page = format === 'pdf' ? given.page ?? (await pickPage()) : given.page ?? 'a4';
  if (!page) return undefined;
  const bp = await blueprintOf(target, ctx.analyses, ctx.evidence);
  if (!bp) return undefined;
  const shown = findings ? bp : withoutFindings(bp);
  const language = vscode.env.language;
  let content: Uint8Array;
  try {
    content = await render(shown, { format, view, findings, page, language }, ctx.extensionUri);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot export {0}: {1}', path.posix.basename(target.resource.path), e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  const ext = format === 'mermaid' ? '.md' : `.${format}`;
  const file = given.target ?? (await vscode.window.showSaveDialog({ defaultUri: besideJourney(target.resource, ext), filters: { [format.toUpperCase()]: [ext.slice(1)] }, saveLabel: vscode.l10n.t('Export') }));
  if (!file) return undefined;
  await vscode.workspace.fs.writeFile(file, content);
  if (!given.target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', path.posix.basename(file.path)), vscode.l10n.t('Open')).then((choice) => {
      if (choice) void vscode.env.openExternal(file);
    });
  }
  return file;
}

async function render(bp: Parameters<typeof exportHtml>[0], o: { format: ExportFormat; view: ViewMode; findings: boolean; page: 'a4' | 'a3'; language: string }, extensionUri: vscode.Uri): Promise<Uint8Array> {
  if (o.format === 'mermaid') return new TextEncoder().encode(exportMermaid(bp, o.language));
  // exceljs comes from its own bundle, loaded on the first spreadsheet export.
  if (o.format === 'xlsx') return loadSheets(vscode.Uri.joinPath(extensionUri, 'dist').fsPath).writeXlsx(bp, { lang: o.language.startsWith('nl') ? 'nl' : 'en' });
  const drawnView = DRAWN.includes(o.view) ? (o.view as 'blueprint' | 'customer' | 'employee') : undefined;
  // Loaded here, on the first export: pdfkit and resvg are not part of activation.
  const loaded = o.format !== 'html' || drawnView ? loadExporters(vscode.Uri.joinPath(extensionUri, 'dist').fsPath) : undefined;
  const fonts = loaded && loaded.exporters.readFonts(loaded.fontsDir);
  if (o.format === 'html') {
    const media = mediaRoot(extensionUri);
    const [css, font] = await Promise.all([
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(media, 'preview.css')),
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(media, 'codicon.ttf')),
    ]);
    const drawing = drawnView && loaded && fonts ? loaded.exporters.drawnSvgs(bp, { view: drawnView, findings: o.findings, page: o.page, lang: o.language, fonts }) : undefined;
    return new TextEncoder().encode(exportHtml(bp, { view: o.view, css: inlineFont(new TextDecoder().decode(css), Buffer.from(font).toString('base64')), lang: o.language, drawing }));
  }
  if (!loaded || !fonts || !drawnView) throw new Error(vscode.l10n.t('this view cannot be drawn'));
  const wasm = o.format === 'png' ? Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(loaded.wasmFile))) : undefined;
  return loaded.exporters.exportDrawn(bp, o.format, { view: drawnView, findings: o.findings, page: o.page, lang: o.language, fonts, wasm });
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { format: 'html', label: 'HTML', description: vscode.l10n.t('a page to open in a browser and print') },
    { format: 'pdf', label: 'PDF', description: vscode.l10n.t('landscape pages, to print or send') },
    { format: 'png', label: 'PNG', description: vscode.l10n.t('an image for slides, twice the size') },
    { format: 'svg', label: 'SVG', description: vscode.l10n.t('a vector image, text as text') },
    { format: 'mermaid', label: 'Mermaid', description: vscode.l10n.t('a journey diagram in Markdown, for wikis') },
    { format: 'xlsx', label: 'Excel', description: vscode.l10n.t('a workbook: the blueprint, the steps, the findings and the evidence') },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Journey: format'), placeHolder: vscode.l10n.t('Export as') }))?.format;
}

async function pickView(format: ExportFormat, current: ViewMode): Promise<ViewMode | undefined> {
  const views = format === 'html' ? VIEW_MODES : DRAWN;
  const preselected = views.includes(current) ? current : 'blueprint';
  const labels = labelsFor(vscode.env.language);
  const items = [...views].sort((a, b) => (a === preselected ? -1 : b === preselected ? 1 : 0)).map((v) => ({ label: labels.views[v], view: v, description: v === current ? vscode.l10n.t('the preview\'s view') : undefined }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Journey: view') }))?.view;
}

async function pickFindings(): Promise<boolean | undefined> {
  const items = [
    { label: vscode.l10n.t('With the findings'), description: vscode.l10n.t('for the team that reviews the journey'), findings: true },
    { label: vscode.l10n.t('Without the findings'), description: vscode.l10n.t('for customers and partners'), findings: false },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Journey: findings') }))?.findings;
}

async function pickPage(): Promise<'a4' | 'a3' | undefined> {
  const items = [{ label: 'A4', page: 'a4' as const }, { label: 'A3', page: 'a3' as const }];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Journey: page size (landscape)') }))?.page;
}
