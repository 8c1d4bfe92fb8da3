/** Helpers for suites inside VS Code: wait for conditions, never for time. */
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'journey-lens.journey-lens';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Journey Lens');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Resolves when the diagnostics of `uri` satisfy `predicate` (checked now and on every change). */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (ds: vscode.Diagnostic[]) => {
      sub.dispose();
      clearTimeout(timer);
      resolve(ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && predicate(ours(uri))) done(ours(uri));
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics of ${uri.path} did not reach the expected state; now: ${ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', ') || 'none'}`));
    }, timeoutMs);
    if (predicate(ours(uri))) done(ours(uri));
  });
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

/** Position of the first occurrence of `text` in a document (plus `offset` characters). */
export function positionOf(doc: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const i = doc.getText().indexOf(text);
  assert.ok(i >= 0, `'${text}' not found in ${doc.uri.path}`);
  return doc.positionAt(i + offset);
}

/**
 * Puts every edited workspace file back to its text on disk (so the next test
 * starts from the fixtures) and closes all editors without a save prompt.
 */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    if (doc.uri.scheme === 'file') {
      const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), disk);
      await vscode.workspace.applyEdit(edit);
      await doc.save();
    } else {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
