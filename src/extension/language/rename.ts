/** Rename an id everywhere it is used: its declaration and every reference, across journeys. */
import * as vscode from 'vscode';
import { declarationOf, symbolAt } from '../../core';
import type { Analyses } from '../analyses';
import { fileIdOf, uriOfFileId } from '../file-ids';
import { spanToRange } from './convert';
import { findOccurrences } from './definition';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export class IdRenameProvider implements vscode.RenameProvider {
  constructor(private readonly analyses: Analyses) {}

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string }> {
    const a = await this.analyses.get(document);
    const symbol = symbolAt(a, document.offsetAt(position));
    if (!symbol || symbol.target === 'stage') throw new Error(vscode.l10n.t('Only ids of channels, teams, systems, partners and steps can be renamed.'));
    if (!declarationOf(a, fileIdOf(document.uri), symbol)) throw new Error(vscode.l10n.t("'{0}' is not declared, so there is nothing to rename.", symbol.id));
    return { range: spanToRange(a, symbol.span), placeholder: symbol.id };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string, token: vscode.CancellationToken): Promise<vscode.WorkspaceEdit | undefined> {
    if (!ID.test(newName)) throw new Error(vscode.l10n.t("'{0}' is not a valid id: use letters, digits, '-' and '_', starting with a letter or digit.", newName));
    const a = await this.analyses.get(document);
    const symbol = symbolAt(a, document.offsetAt(position));
    const declaration = symbol && declarationOf(a, fileIdOf(document.uri), symbol);
    if (!symbol || !declaration) return undefined;
    const edit = new vscode.WorkspaceEdit();
    for (const place of await findOccurrences(this.analyses, document, symbol, declaration, token)) {
      const uri = uriOfFileId(place.file);
      const target = await this.analyses.getFile(uri);
      if (target) edit.replace(uri, spanToRange(target, place.span), newName);
    }
    return edit;
  }
}
