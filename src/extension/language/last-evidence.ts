/** Each open journey's last evidence outcome, for completion and hover while the YAML is half-typed (last-outcome.ts). */
import * as vscode from 'vscode';
import { type Analysis, type EvidenceOutcome, outcomeFor } from '../../core';

export class LastEvidence implements vscode.Disposable {
  private readonly byDocument = new Map<string, EvidenceOutcome>();
  private readonly closing = vscode.workspace.onDidCloseTextDocument((d) => this.byDocument.delete(d.uri.toString()));

  of(document: vscode.TextDocument, a: Analysis): EvidenceOutcome | undefined {
    const key = document.uri.toString();
    const outcome = outcomeFor(a, this.byDocument.get(key));
    if (outcome) this.byDocument.set(key, outcome);
    else this.byDocument.delete(key);
    return outcome;
  }

  dispose(): void {
    this.closing.dispose();
    this.byDocument.clear();
  }
}
