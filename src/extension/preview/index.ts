/**
 * The journey preview: a live service blueprint beside the editor, its
 * commands, and the exports. activate() wires it in with registerPreview.
 */
import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { exportHtmlCommand, exportMermaidCommand } from './export';
import { isJourney, PreviewManager } from './manager';

/** The journey a command is about: the one clicked (explorer, editor title), else the active editor's. */
function journeyOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return isJourney(arg) ? arg : undefined;
  const active = vscode.window.activeTextEditor?.document.uri;
  return isJourney(active) ? active : undefined;
}

/**
 * Registers the preview commands and the panel serializer. Pass the
 * checker's onDidCheck so previews also refresh when a journey is
 * re-checked without being edited (its catalog or the settings changed).
 */
export function registerPreview(context: vscode.ExtensionContext, analyses: Analyses, onDidCheck?: vscode.Event<vscode.Uri>): vscode.Disposable {
  const previews = new PreviewManager({ extensionUri: context.extensionUri, analyses, onDidCheck });
  const open = (toSide: boolean) => (arg: unknown) => {
    const journey = journeyOf(arg);
    if (journey) previews.open(journey, { toSide });
    else void vscode.window.showInformationMessage(vscode.l10n.t('Open a journey (*.journey.yaml) to preview it.'));
  };
  return vscode.Disposable.from(
    previews,
    vscode.commands.registerCommand('journeyLens.openPreview', open(false)),
    vscode.commands.registerCommand('journeyLens.openPreviewToSide', open(true)),
    vscode.commands.registerCommand('journeyLens.togglePreviewLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('journeyLens.exportHtml', (arg: unknown) => exportHtmlCommand(arg, previews, analyses, context.extensionUri)),
    vscode.commands.registerCommand('journeyLens.exportMermaid', (arg: unknown) => exportMermaidCommand(arg, previews, analyses)),
  );
}
