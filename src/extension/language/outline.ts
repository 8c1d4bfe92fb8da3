/** Document symbols, so the Outline shows stages → steps → tasks. */
import * as vscode from 'vscode';
import { type Analysis, spanOf } from '../../core';
import type { Analyses } from '../analyses';
import { spanToRange } from './convert';

export class JourneyOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const a = await this.analyses.get(document);
    return a.journey ? journeySymbols(a) : [];
  }
}

function journeySymbols(a: Analysis): vscode.DocumentSymbol[] {
  const j = a.journey!;
  const doc = a.parsed.doc;
  const whole = (path: (string | number)[]) => {
    const node = doc?.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? spanToRange(a, { start: node.range[0], end: node.range[1] }) : spanToRange(a, spanOf(doc, path));
  };
  const stages = new Map<string, vscode.DocumentSymbol>();
  const top: vscode.DocumentSymbol[] = [];
  for (const step of j.steps) {
    const range = whole([...step.path]);
    const name = step.id?.id ?? `step ${step.index + 1}`;
    const symbol = new vscode.DocumentSymbol(name, step.customer ?? '', vscode.SymbolKind.Event, range, step.id ? spanToRange(a, spanOf(doc, step.id.path)) : range);
    for (const task of step.process) {
      const taskRange = whole([...task.path]);
      symbol.children.push(new vscode.DocumentSymbol(task.actor?.id ?? 'task', task.does ?? '', task.actor?.kind === 'partner' ? vscode.SymbolKind.Module : vscode.SymbolKind.Class, taskRange, taskRange));
    }
    const stageName = step.stage?.id;
    if (!stageName) {
      top.push(symbol);
      continue;
    }
    let stage = stages.get(stageName);
    if (!stage) {
      stage = new vscode.DocumentSymbol(stageName, 'stage', vscode.SymbolKind.Namespace, range, range);
      stages.set(stageName, stage);
      top.push(stage);
    }
    stage.children.push(symbol);
    stage.range = stage.range.union(range);
  }
  return top;
}
