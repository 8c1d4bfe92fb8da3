/**
 * The preview's evidence until the editor's worker supplies it in the
 * analysis (Analysis.evidence): the figures of the journey's log, read
 * through one LogCache, so a design edit re-maps cached cases and only a
 * changed log is read again. Only the preview and its exports ask, never
 * the typing path; untrusted workspaces read no logs, and a log outside the
 * journey's workspace folder is refused by evaluateEvidence.
 *
 * The preview never waits for a log: `latest` answers at once with what is
 * known (the last figures of the document while new ones are computed) and
 * calls back when the new figures are there.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../core/check';
import { evaluateEvidence, LogCache } from '../../core/evidence';
import type { EvidenceOutcome, EvidenceThresholds } from '../../core/evidence/types';
import { workspaceFileHost } from '../analyses';

interface Entry {
  analysis: Analysis;
  thresholds: EvidenceThresholds;
  outcome: Promise<EvidenceOutcome | undefined>;
}

export class PreviewEvidence {
  private readonly cache = new LogCache();
  /** The last request per document: for this analysis and these thresholds, or stale. */
  private readonly requested = new Map<string, Entry>();
  /** The last figures that arrived per document, shown while newer ones are computed. */
  private readonly settled = new Map<string, { analysis: Analysis; thresholds: EvidenceThresholds; outcome: EvidenceOutcome | undefined }>();

  /** The figures for this analysis, waiting for them (the exports). */
  of(uri: vscode.Uri, analysis: Analysis, thresholds: EvidenceThresholds): Promise<EvidenceOutcome | undefined> {
    if (analysis.evidence || !analysis.journey?.evidence) return Promise.resolve(analysis.evidence);
    if (!vscode.workspace.isTrusted) return Promise.resolve(undefined);
    return this.request(uri, analysis, thresholds).outcome;
  }

  /**
   * What the preview shows now, without waiting: the figures for this
   * analysis when they are there, else the document's last ones; `changed`
   * runs once the figures for this analysis arrive.
   */
  latest(uri: vscode.Uri, analysis: Analysis, thresholds: EvidenceThresholds, changed: () => void): EvidenceOutcome | undefined {
    if (analysis.evidence || !analysis.journey?.evidence) return analysis.evidence;
    if (!vscode.workspace.isTrusted) return undefined;
    const key = uri.toString();
    const done = this.settled.get(key);
    if (done?.analysis === analysis && done.thresholds === thresholds) return done.outcome;
    const before = this.requested.get(key);
    const entry = this.request(uri, analysis, thresholds);
    if (entry !== before) void entry.outcome.then(() => this.requested.get(key) === entry && changed());
    return done?.outcome;
  }

  forget(uri: vscode.Uri): void {
    this.requested.delete(uri.toString());
  }

  private request(uri: vscode.Uri, analysis: Analysis, thresholds: EvidenceThresholds): Entry {
    const key = uri.toString();
    const hit = this.requested.get(key);
    if (hit?.analysis === analysis && hit.thresholds === thresholds) return hit;
    // Without a workspace folder, the journey's own folder is the limit, as for `uses`.
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(uri.fsPath);
    const outcome = evaluateEvidence(analysis.journey!, uri.fsPath, { root, cache: this.cache, host: workspaceFileHost, thresholds })
      .catch((): EvidenceOutcome => ({ ok: false, problem: { kind: 'unreadable', format: 'io', detail: 'the log could not be read' } }))
      .then((o) => {
        if (this.requested.get(key) === entry) this.settled.set(key, { analysis, thresholds, outcome: o });
        return o;
      });
    const entry: Entry = { analysis, thresholds, outcome };
    this.requested.set(key, entry);
    return entry;
  }
}
