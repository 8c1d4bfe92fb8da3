/** Go to definition (into catalogs too) and find all references across the workspace's journeys. */
import * as vscode from 'vscode';
import { declarationOf, type Occurrence, occurrencesMatching, type Place, symbolAt } from '../../core';
import type { Analyses } from '../analyses';
import { fileIdOf, uriOfFileId } from '../file-ids';
import { journeyFiles } from '../workspace-files';

export class IdDefinitionProvider implements vscode.DefinitionProvider, vscode.ReferenceProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const found = await this.resolve(document, position);
    return found ? await toLocation(this.analyses, found.declaration) : undefined;
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const found = await this.resolve(document, position);
    if (!found) return [];
    const places = await findOccurrences(this.analyses, document, found.symbol, found.declaration, token);
    const kept = places.filter((p) => context.includeDeclaration || !p.occurrence.declaration);
    return Promise.all(kept.map((p) => toLocation(this.analyses, p)));
  }

  private async resolve(document: vscode.TextDocument, position: vscode.Position) {
    const a = await this.analyses.get(document);
    const symbol = symbolAt(a, document.offsetAt(position));
    if (!symbol) return undefined;
    const declaration = declarationOf(a, fileIdOf(document.uri), symbol);
    return declaration ? { symbol, declaration } : undefined;
  }
}

export interface FoundPlace extends Place {
  occurrence: Occurrence;
}

/**
 * Every occurrence of a symbol: in this file for steps and stages, in every
 * journey and catalog of the workspace for declared ids.
 */
export async function findOccurrences(analyses: Analyses, document: vscode.TextDocument, symbol: Occurrence, declaration: Place, token?: vscode.CancellationToken): Promise<FoundPlace[]> {
  const local = symbol.target === 'step' || symbol.target === 'stage';
  const uris = local ? [document.uri] : await journeyFiles(token);
  if (!uris.some((u) => u.toString() === document.uri.toString())) uris.push(document.uri);
  const out: FoundPlace[] = [];
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    const a = await analyses.getFile(uri);
    if (!a) continue;
    const file = fileIdOf(uri);
    for (const occurrence of occurrencesMatching(a, file, symbol, declaration)) out.push({ file, span: occurrence.span, occurrence });
  }
  return out;
}

async function toLocation(analyses: Analyses, place: Place): Promise<vscode.Location> {
  const uri = uriOfFileId(place.file);
  const a = await analyses.getFile(uri);
  const range = a ? a.parsed.lines.range(place.span.start, place.span.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return new vscode.Location(uri, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
}
