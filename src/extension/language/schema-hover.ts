/** Hover on every key and enum value: its meaning from the schemas, in English or Dutch, and a link to docs/format.md (core: language-service/hover). */
import * as vscode from 'vscode';
import { DOCS_BASE, docUrl, schemaHoverAt } from '../../core';
import type { Analyses } from '../analyses';

export class SchemaHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const a = await this.analyses.get(document);
    if (a.kind !== 'journey' && a.kind !== 'catalog') return undefined;
    const h = schemaHoverAt(a.parsed.doc, document.offsetAt(position), a.kind, a.language);
    if (!h) return undefined;
    const md = new vscode.MarkdownString();
    md.supportHtml = false;
    md.isTrusted = false;
    // Every text is escaped, though the key and the texts are the schemas' own.
    md.appendMarkdown('**');
    md.appendText(h.key);
    md.appendMarkdown('**');
    if (h.value) {
      md.appendText(`: ${h.value.text} — ${h.value.meaning}`);
    }
    md.appendMarkdown('\n\n');
    md.appendText(h.description);
    md.appendMarkdown(`\n\n[${h.doc.title.replace(/[[\]\\]/g, '\\$&')}](${docUrl(h, DOCS_BASE)})`);
    return new vscode.Hover(md, new vscode.Range(document.positionAt(h.start), document.positionAt(h.end)));
  }
}
