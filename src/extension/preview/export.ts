/**
 * "Export Preview as HTML" and "Export as Mermaid": build the file with the
 * engine's pure exporters and write it only where the user picks.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { type Blueprint, buildBlueprint, exportHtml, exportMermaid, inlineFont, isViewMode, type ViewMode } from '../../core';
import type { Analyses } from '../analyses';
import type { PreviewEvidence } from './evidence';
import { mediaRoot } from './html';
import { isJourney, type PreviewManager } from './manager';

interface Target {
  resource: vscode.Uri;
  view: ViewMode;
}

/** The journey to export: the one given (explorer, editor title), the focused preview's, or the active editor's. */
export function targetOf(arg: unknown, previews: PreviewManager): Target | undefined {
  const setting = vscode.workspace.getConfiguration('journeyLens.preview').get('defaultView');
  const fallbackView: ViewMode = isViewMode(setting) ? setting : 'blueprint';
  if (arg instanceof vscode.Uri && isJourney(arg)) return { resource: arg, view: fallbackView };
  const preview = previews.current;
  if (preview) return { resource: preview.resource, view: preview.view ?? fallbackView };
  const editor = vscode.window.activeTextEditor?.document.uri;
  return isJourney(editor) ? { resource: editor, view: fallbackView } : undefined;
}

export async function blueprintOf(target: Target, analyses: Analyses, evidence: PreviewEvidence): Promise<Blueprint | undefined> {
  const document = await vscode.workspace.openTextDocument(target.resource);
  const analysis = await analyses.get(document);
  // The export carries the evidence overlay, as the preview shows it.
  const thresholds = analyses.configuration.evidence;
  const bp = buildBlueprint(analysis, { evidence: await evidence.of(target.resource, analysis), minCases: thresholds.minCases });
  if (bp.problem) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot export {0}: {1}', path.posix.basename(target.resource.path), bp.problem));
    return undefined;
  }
  return bp;
}

/** "verhuizing.journey.yaml" → "verhuizing" + ext, next to the journey. */
export function besideJourney(resource: vscode.Uri, ext: string): vscode.Uri {
  const stem = path.posix.basename(resource.path).replace(/\.journey\.ya?ml$/, '');
  return vscode.Uri.joinPath(resource, '..', `${stem}${ext}`);
}

async function save(content: string, defaultUri: vscode.Uri, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  const target = await vscode.window.showSaveDialog({ defaultUri, filters, saveLabel: vscode.l10n.t('Export') });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  return target;
}

export async function exportHtmlCommand(arg: unknown, previews: PreviewManager, analyses: Analyses, evidence: PreviewEvidence, extensionUri: vscode.Uri): Promise<void> {
  const target = targetOf(arg, previews);
  if (!target) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a journey (*.journey.yaml) to export it.'));
  const bp = await blueprintOf(target, analyses, evidence);
  if (!bp) return;
  const media = mediaRoot(extensionUri);
  const [css, font] = await Promise.all([
    vscode.workspace.fs.readFile(vscode.Uri.joinPath(media, 'preview.css')),
    vscode.workspace.fs.readFile(vscode.Uri.joinPath(media, 'codicon.ttf')),
  ]);
  const html = exportHtml(bp, { view: target.view, css: inlineFont(new TextDecoder().decode(css), Buffer.from(font).toString('base64')), lang: vscode.env.language });
  const written = await save(html, besideJourney(target.resource, '.html'), { HTML: ['html'] });
  if (written) void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', path.posix.basename(written.path)));
}

export async function exportMermaidCommand(arg: unknown, previews: PreviewManager, analyses: Analyses, evidence: PreviewEvidence): Promise<void> {
  const target = targetOf(arg, previews);
  if (!target) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a journey (*.journey.yaml) to export it.'));
  const bp = await blueprintOf(target, analyses, evidence);
  if (!bp) return;
  const written = await save(exportMermaid(bp, vscode.env.language), besideJourney(target.resource, '.md'), { Markdown: ['md'] });
  if (written) await vscode.window.showTextDocument(written, { preview: false });
}
