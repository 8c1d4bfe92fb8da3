/** Hover on an `observed` pattern: the log's activities it matches, with their cases (core: evidence/authoring/hover.ts). */
import * as vscode from 'vscode';
import { observedPatternAt, patternHover } from '../../core';
import type { Analyses } from '../analyses';
import { spanToRange } from './convert';
import type { LastEvidence } from './last-evidence';

export class EvidenceHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: Analyses, private readonly last: LastEvidence) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const a = await this.analyses.get(document);
    const pattern = observedPatternAt(a, document.offsetAt(position));
    if (!pattern) return undefined;
    const h = patternHover(pattern.pattern, this.last.of(document, a), a.language, this.analyses.configuration.evidence.minCases);
    if (!h) return undefined;
    // Log names are hostile: every one goes in as text, escaped, never as markdown.
    const md = new vscode.MarkdownString();
    md.supportHtml = false;
    md.isTrusted = false;
    md.appendMarkdown(`**${h.heading}** `);
    md.appendText(h.pattern);
    md.appendMarkdown('\n\n');
    md.appendText(h.summary);
    for (const item of h.items) {
      md.appendMarkdown('\n- ');
      md.appendText(item);
    }
    if (h.more) {
      md.appendMarkdown('\n\n');
      md.appendText(h.more);
    }
    return new vscode.Hover(md, spanToRange(a, pattern.span));
  }
}
