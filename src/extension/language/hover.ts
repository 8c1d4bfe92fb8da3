/** Hover on an id: the declaration (name, human or not, line, SLA, agreement); on a step id, its findings. */
import * as vscode from 'vscode';
import { type Analysis, describeDeclaration, describeTexts, symbolAt } from '../../core';
import type { Analyses } from '../analyses';
import { spanToRange } from './convert';

export class IdHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const a = await this.analyses.get(document);
    const sym = symbolAt(a, document.offsetAt(position));
    if (!sym) return undefined;
    const md = new vscode.MarkdownString();
    md.supportHtml = false;
    md.isTrusted = false;
    // In the language of the findings (VS Code's display language).
    const t = describeTexts(a.language);
    if (sym.target === 'step') {
      const step = a.journey?.steps.find((s) => s.id?.id === sym.id);
      md.appendMarkdown(`**${t.heading('step')}** \`${sym.id}\``);
      if (step?.customer) md.appendText(` — ${step.customer}`);
      if (step) {
        const stepLines = stepLineRange(a, step.index);
        const count = a.findings.filter((f) => f.range.start.line >= stepLines[0] && f.range.start.line <= stepLines[1]).length;
        md.appendMarkdown(`\n\n${t.findingsInStep(count)}`);
      }
    } else if (sym.target === 'stage') {
      md.appendMarkdown(`**${t.heading('stage')}** `);
      md.appendText(sym.id);
    } else if (a.scope) {
      const kinds = sym.target === 'team' || sym.target === 'partner' ? (['team', 'partner'] as const) : [sym.target];
      const kind = kinds.find((k) => a.scope!.get(k, sym.id));
      const d = kind && a.scope.get(kind, sym.id);
      if (!kind || !d) return undefined;
      md.appendMarkdown(`**${t.heading(kind)}** \`${sym.id}\`\n\n`);
      md.appendText(describeDeclaration(d, a.language));
      if (d.kind === 'partner') {
        md.appendMarkdown('\n\n');
        md.appendText(t.partnerTerms(d.agreement, d.fallback));
      }
      if (d.kind === 'channel' && d.hours) md.appendText(t.hours(d.hours));
    } else return undefined;
    return new vscode.Hover(md, spanToRange(a, sym.span));
  }
}

/** First and last line of a step in the document. */
function stepLineRange(a: Analysis, index: number): [number, number] {
  const steps = a.parsed.doc?.getIn(['steps'], true) as { items?: { range?: [number, number, number] }[] } | undefined;
  const item = steps?.items?.[index];
  if (!item?.range) return [-1, -1];
  return [a.parsed.lines.positionAt(item.range[0]).line, a.parsed.lines.positionAt(item.range[1]).line];
}
