/** The journey and catalog files of the workspace, by the configured globs. */
import * as vscode from 'vscode';

const JOURNEY_GLOB = '**/*.{journey,catalog}.{yaml,yml}';

export async function journeyFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(JOURNEY_GLOB, '**/node_modules/**', undefined, token);
  return found.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}
