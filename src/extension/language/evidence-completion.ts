/** Completion of the log's activity names in `observed` and of its attribute names at the `evidence` keys (core: evidence/authoring). */
import * as vscode from 'vscode';
import { evidenceCompletions, evidenceSlotAt } from '../../core';
import type { Analyses } from '../analyses';
import type { LastEvidence } from './last-evidence';

/** Typing a space after `observed:`, opening a list or a quote, or a comma in a flow list. */
export const EVIDENCE_TRIGGERS = [' ', '[', ',', '"', "'", ':', '-'];

export class EvidenceCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly analyses: Analyses, private readonly last: LastEvidence) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const slot = evidenceSlotAt(document.getText(), document.offsetAt(position));
    if (!slot) return [];
    const a = await this.analyses.get(document);
    const outcome = this.last.of(document, a);
    const items = evidenceCompletions(slot, outcome, a.language, this.analyses.configuration.evidence.minCases);
    const start = document.positionAt(slot.start);
    const range = { inserting: new vscode.Range(start, position), replacing: new vscode.Range(start, document.positionAt(slot.end)) };
    const kind = slot.kind === 'activity' ? vscode.CompletionItemKind.Event : vscode.CompletionItemKind.Field;
    return items.map((c) => {
      const item = new vscode.CompletionItem(c.detail ? { label: c.label, description: c.detail } : c.label, kind);
      if (c.detail) item.detail = c.detail;
      item.insertText = c.insertText;
      item.filterText = c.filterText;
      item.sortText = c.sortText;
      item.range = range;
      return item;
    });
  }
}
