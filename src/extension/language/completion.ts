/** Completion of ids at every reference position: channels, teams, partners, systems, stages, steps. */
import * as vscode from 'vscode';
import { completionCandidates, completionContextAt, humanFirst } from '../../core';
import type { Analyses } from '../analyses';

const ITEM_KIND: Record<string, vscode.CompletionItemKind> = {
  channel: vscode.CompletionItemKind.Interface,
  team: vscode.CompletionItemKind.Class,
  partner: vscode.CompletionItemKind.Module,
  system: vscode.CompletionItemKind.Struct,
  stage: vscode.CompletionItemKind.Folder,
  step: vscode.CompletionItemKind.Event,
};

export class IdCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const text = document.getText();
    const context = completionContextAt(text, document.offsetAt(position));
    if (!context) return [];
    const a = await this.analyses.get(document);
    // While the line is half-typed the YAML may not parse: fall back to nothing rather than guessing.
    const candidates = completionCandidates(context.targets, a.journey, a.scope, a.language);
    // A fallback is where a stuck customer reaches a person: those channels first.
    const items = context.key === 'fallback' ? humanFirst(candidates, a.scope) : candidates;
    const wordRange = document.getWordRangeAtPosition(position, /[A-Za-z0-9_-]+/);
    return items.map((c, i) => {
      const item = new vscode.CompletionItem({ label: c.id, description: c.detail }, ITEM_KIND[c.target]);
      item.detail = c.detail;
      if (wordRange) item.range = wordRange;
      if (context.key === 'fallback') item.sortText = String(i).padStart(4, '0');
      return item;
    });
  }
}
