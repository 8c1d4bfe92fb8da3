/** Engine positions and spans → VS Code ranges and locations. */
import * as vscode from 'vscode';
import type { Analysis, Range, Span } from '../../core';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function spanToRange(a: Analysis, span: Span): vscode.Range {
  return toRange(a.parsed.lines.range(span.start, span.end));
}
