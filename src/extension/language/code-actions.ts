/** Quick fixes (Ctrl+.) for Journey Lens findings, each one undoable WorkspaceEdit. */
import * as vscode from 'vscode';
import { type Finding, fixesFor } from '../../core';
import type { Analyses } from '../analyses';
import { uriOfFileId } from '../file-ids';

export const DIAGNOSTIC_SOURCE = 'Journey Lens';
export const FIX_APPLIED_COMMAND = 'journeyLens.fixApplied';
/** Fixes that edit a catalog: a kind of their own, so a keybinding (or a test) can ask for them by kind. */
const IN_CATALOG_KIND = vscode.CodeActionKind.QuickFix.append('journeyLens.inCatalog');

export class JourneyCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly analyses: Analyses) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const a = await this.analyses.get(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = a.findings.find((f) => sameFinding(f, diagnostic));
      if (!finding) continue;
      for (const fix of fixesFor(finding, a)) {
        const action = new vscode.CodeAction(fix.title, fix.elsewhere ? IN_CATALOG_KIND : vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        const edit = new vscode.WorkspaceEdit();
        const edits = fix.edits.map((e) => {
          const r = new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
          return fix.snippet ? new vscode.SnippetTextEdit(r, new vscode.SnippetString(relativeToLine(document, r.start, e.newText))) : new vscode.TextEdit(r, e.newText);
        });
        if (edits.length > 0) edit.set(document.uri, edits);
        if (fix.elsewhere) {
          // Another file changes (a catalog): VS Code shows the refactor preview to confirm it.
          const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: true, label: fix.title };
          const uri = uriOfFileId(fix.elsewhere.file);
          for (const e of fix.elsewhere.edits) {
            edit.replace(uri, new vscode.Range(e.start.line, e.start.character, e.end.line, e.end.character), e.newText, metadata);
          }
        }
        // A fix that only shows a place has no edit.
        if (!fix.reveal) action.edit = edit;
        // Runs after the edit: completes the walkthrough's "fix a finding" step.
        action.command = { command: FIX_APPLIED_COMMAND, title: fix.title };
        if (fix.reveal) {
          const r = fix.reveal.range;
          const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
          action.command = { command: 'vscode.open', title: fix.title, arguments: [uriOfFileId(fix.reveal.file), { selection }] };
        }
        actions.push(action);
      }
    }
    return actions;
  }
}

/**
 * VS Code indents every line of an inserted snippet after the first by the
 * indentation of the line it is inserted on; the engine's text is absolute.
 */
function relativeToLine(document: vscode.TextDocument, at: vscode.Position, text: string): string {
  const indent = /^[ \t]*/.exec(document.lineAt(at.line).text)![0];
  return indent ? text.replace(new RegExp(`(\\r?\\n)${indent}`, 'g'), '$1') : text;
}

function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (typeof code === 'string') return code;
  if (typeof code === 'object' && code) return String(code.value);
  return undefined;
}

function sameFinding(f: Finding, d: vscode.Diagnostic): boolean {
  return ruleOf(d) === f.rule && d.range.start.line === f.range.start.line && d.range.start.character === f.range.start.character && d.message === f.message;
}
