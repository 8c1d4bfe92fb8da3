/** "Journey Lens: Check All Journeys in Workspace": every journey and catalog, into the Problems panel. */
import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { toDiagnostic } from '../diagnostics';
import { journeyFiles } from '../workspace-files';

export interface WorkspaceCheckSummary {
  files: number;
  errors: number;
  warnings: number;
  others: number;
}

export async function checkWorkspace(analyses: Analyses, collection: vscode.DiagnosticCollection): Promise<WorkspaceCheckSummary> {
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking journeys'), cancellable: true },
    async (progress, token) => {
      const uris = await journeyFiles(token);
      const s: WorkspaceCheckSummary = { files: 0, errors: 0, warnings: 0, others: 0 };
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
        const a = await analyses.getFile(uri, { withEvidence: true });
        if (!a) continue;
        collection.set(uri, a.findings.map(toDiagnostic));
        s.files++;
        for (const f of a.findings) {
          if (f.severity === 'error') s.errors++;
          else if (f.severity === 'warning') s.warnings++;
          else s.others++;
        }
      }
      return s;
    },
  );
  const message = vscode.l10n.t('Journey Lens checked {0} files: {1} errors, {2} warnings, {3} other findings.', summary.files, summary.errors, summary.warnings, summary.others);
  void vscode.window.showInformationMessage(message, vscode.l10n.t('Show Problems')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}
