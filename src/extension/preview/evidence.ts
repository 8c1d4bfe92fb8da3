/**
 * The preview's evidence: the figures of the journey's analysis, which the
 * evidence worker supplies (src/extension/evidence). The preview never waits
 * for a log: while it is read (again), it keeps showing the document's last
 * figures, and the re-check that follows the read redraws it. The exports
 * wait, so that an exported blueprint carries the overlay.
 */
import type * as vscode from 'vscode';
import type { Analysis, EvidenceOutcome } from '../../core';
import type { Analyses } from '../analyses';

export class PreviewEvidence {
  private readonly last = new Map<string, EvidenceOutcome>();

  constructor(private readonly analyses: Analyses) {}

  /** What the preview shows now, without waiting. */
  latest(uri: vscode.Uri, analysis: Analysis): EvidenceOutcome | undefined {
    if (!analysis.journey?.evidence) return undefined;
    const key = uri.toString();
    if (analysis.evidence) this.last.set(key, analysis.evidence);
    return this.last.get(key);
  }

  /** The figures for this analysis, waiting for the log to be read (the exports). */
  async of(uri: vscode.Uri, analysis: Analysis): Promise<EvidenceOutcome | undefined> {
    if (analysis.evidence || !analysis.journey?.evidence) return analysis.evidence;
    return (await this.analyses.getFile(uri, { withEvidence: true }))?.evidence;
  }
}
