/** Selects a range of a journey in its editor, opening or revealing the editor as needed. */
import * as vscode from 'vscode';
import type { Range } from '../../core';

export async function revealInEditor(resource: vscode.Uri, range: Range, previewColumn: vscode.ViewColumn | undefined): Promise<void> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === resource.toString());
  const document = visible?.document ?? await vscode.workspace.openTextDocument(resource);
  const selection = new vscode.Selection(range.start.line, range.start.character, range.end.line, range.end.character);
  // Keep the focus in the preview: the reader clicks on, the editor follows.
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? otherColumn(previewColumn),
    preserveFocus: true,
    selection,
  });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function otherColumn(previewColumn: vscode.ViewColumn | undefined): vscode.ViewColumn {
  return previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}
