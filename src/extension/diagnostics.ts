/** Engine findings → VS Code diagnostics: severity, code with docs link, related information. */
import * as vscode from 'vscode';
import type { Finding, Severity } from '../core';
import { toRange } from './language/convert';
import { DIAGNOSTIC_SOURCE } from './language/code-actions';
import { uriOfFileId } from './file-ids';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.rule, target: vscode.Uri.parse(f.docsUrl) };
  if (f.rule === 'unused-suppression') d.tags = [vscode.DiagnosticTag.Unnecessary];
  d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOfFileId(r.file), toRange(r.range)), r.message));
  return d;
}
