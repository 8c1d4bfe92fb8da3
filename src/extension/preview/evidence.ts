/**
 * The preview's evidence until the editor's worker supplies it in the
 * analysis (Analysis.evidence): the figures of the journey's log, read
 * through one LogCache, so a design edit re-maps cached cases and only a
 * changed log is read again. Only the preview and its exports ask, never
 * the typing path; untrusted workspaces read no logs, and a log outside the
 * journey's workspace folder is refused by evaluateEvidence.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../core/check';
import { evaluateEvidence, LogCache } from '../../core/evidence';
import type { EvidenceOutcome } from '../../core/evidence/types';
import { workspaceFileHost } from '../analyses';

export class PreviewEvidence {
  private readonly cache = new LogCache();
  /** The last answer per document, by the analysis it was computed for (analyses are cached per version). */
  private readonly last = new Map<string, { analysis: Analysis; outcome: Promise<EvidenceOutcome | undefined> }>();

  /** The analysis's own evidence when it has it, else the figures computed here. */
  of(uri: vscode.Uri, analysis: Analysis): Promise<EvidenceOutcome | undefined> {
    if (analysis.evidence || !analysis.journey?.evidence) return Promise.resolve(analysis.evidence);
    if (!vscode.workspace.isTrusted) return Promise.resolve(undefined);
    const key = uri.toString();
    const hit = this.last.get(key);
    if (hit?.analysis === analysis) return hit.outcome;
    // Without a workspace folder, the journey's own folder is the limit, as for `uses`.
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(uri.fsPath);
    const outcome = evaluateEvidence(analysis.journey, uri.fsPath, { root, cache: this.cache, host: workspaceFileHost })
      .catch((): EvidenceOutcome => ({ ok: false, problem: { kind: 'unreadable', format: 'io', detail: 'the log could not be read' } }));
    this.last.set(key, { analysis, outcome });
    return outcome;
  }

  forget(uri: vscode.Uri): void {
    this.last.delete(uri.toString());
  }
}
