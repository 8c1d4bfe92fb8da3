/**
 * The journey preview: a live service blueprint beside the editor, its
 * commands, and the exports. activate() wires it in with registerPreview.
 */
import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { PreviewEvidence } from './evidence';
import { exportHtmlCommand, exportMermaidCommand } from './export';
import { exportJourney } from './export-journey';
import { isJourney, PreviewManager } from './manager';

/**
 * The journey a command is about: the one clicked (explorer, editor title),
 * else the active editor's, else the journey editor used last while its
 * document is open. The last matters when the command comes from somewhere
 * that is not an editor, such as the walkthrough's "Open Preview to the Side".
 */
function journeyOf(arg: unknown, lastJourney: vscode.Uri | undefined): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return isJourney(arg) ? arg : undefined;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (isJourney(active)) return active;
  const stillOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === lastJourney?.toString());
  return stillOpen ? lastJourney : undefined;
}

/**
 * Registers the preview commands and the panel serializer. Pass the
 * checker's onDidCheck so previews also refresh when a journey is
 * re-checked without being edited (its catalog or the settings changed).
 */
export function registerPreview(context: vscode.ExtensionContext, analyses: Analyses, onDidCheck?: vscode.Event<vscode.Uri>): vscode.Disposable {
  const evidence = new PreviewEvidence(analyses);
  const previews = new PreviewManager({ extensionUri: context.extensionUri, analyses, onDidCheck, evidence });
  let lastJourney = isJourney(vscode.window.activeTextEditor?.document.uri) ? vscode.window.activeTextEditor?.document.uri : undefined;
  const tracking = vscode.window.onDidChangeActiveTextEditor((e) => {
    if (isJourney(e?.document.uri)) lastJourney = e?.document.uri;
  });
  const open = (toSide: boolean) => (arg: unknown) => {
    const journey = journeyOf(arg, lastJourney);
    if (journey) previews.open(journey, { toSide });
    else void vscode.window.showInformationMessage(vscode.l10n.t('Open a journey (*.journey.yaml) to preview it.'));
  };
  return vscode.Disposable.from(
    previews,
    tracking,
    vscode.commands.registerCommand('journeyLens.openPreview', open(false)),
    vscode.commands.registerCommand('journeyLens.openPreviewToSide', open(true)),
    vscode.commands.registerCommand('journeyLens.togglePreviewLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('journeyLens.previewZoomIn', () => previews.current?.zoom('in')),
    vscode.commands.registerCommand('journeyLens.previewZoomOut', () => previews.current?.zoom('out')),
    vscode.commands.registerCommand('journeyLens.previewZoomFit', () => previews.current?.zoom('fit')),
    // Ctrl +/− in the preview: the page zooms the blueprint itself, and VS Code forwards the key to the
    // workbench too; this keybinding (package.json) takes it there, so the window is not zoomed as well.
    vscode.commands.registerCommand('journeyLens.previewZoomKey', () => undefined),
    vscode.commands.registerCommand('journeyLens.exportHtml', (arg: unknown) => exportHtmlCommand(arg, previews, analyses, evidence, context.extensionUri)),
    vscode.commands.registerCommand('journeyLens.exportJourney', (arg: unknown) => exportJourney(arg, { previews, analyses, evidence, extensionUri: context.extensionUri })),
    vscode.commands.registerCommand('journeyLens.exportMermaid', (arg: unknown) => exportMermaidCommand(arg, previews, analyses, evidence)),
  );
}
