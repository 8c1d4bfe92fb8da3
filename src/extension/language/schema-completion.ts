/**
 * Completion from the schemas in Journey Lens itself (core: language-service):
 * keys, enum values with their meaning, emotion labels, catalog paths in
 * `uses`, structural snippets. Beside an active Red Hat YAML extension the
 * schema keys, enum values and booleans are left to it (docs/decisions.md).
 */
import * as vscode from 'vscode';
import { type AuthoringItem, catalogPathsFrom, fileKindOf, languageOf, schemaCompletions, wantsCatalogs } from '../../core';
import { journeyFiles } from '../workspace-files';

export const SCHEMA_TRIGGERS = [' ', ':', '-'];
const RED_HAT_YAML = 'redhat.vscode-yaml';

const KINDS: Record<AuthoringItem['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  snippet: vscode.CompletionItemKind.Snippet,
  path: vscode.CompletionItemKind.File,
};

/** The Red Hat YAML extension is active and completes (its `yaml.completion` setting is on, as by default). */
function redHatCompletes(document: vscode.TextDocument): boolean {
  return !!vscode.extensions.getExtension(RED_HAT_YAML)?.isActive && vscode.workspace.getConfiguration('yaml', document).get<boolean>('completion', true) !== false;
}

/** How long one search for catalogs serves the completions after it (each key typed in `uses` asks again). */
const CATALOGS_REUSED_MS = 10_000;

export class SchemaCompletionProvider implements vscode.CompletionItemProvider {
  /** The last search for the workspace's catalogs: a folder that is not on disk is walked, which typing must not repeat. */
  private catalogs: { at: number; found: Promise<vscode.Uri[]> } | undefined;

  private workspaceCatalogs(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const now = Date.now();
    if (!this.catalogs || now - this.catalogs.at > CATALOGS_REUSED_MS) {
      // Not cancelled with this request: the next keystroke's completion takes the same search.
      this.catalogs = { at: now, found: journeyFiles(undefined, { catalogsOnly: true, maxResults: 200 }) };
    }
    return token.isCancellationRequested ? Promise.resolve([]) : this.catalogs.found;
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionItem[]> {
    const kind = fileKindOf(document.uri.path);
    if (kind !== 'journey' && kind !== 'catalog') return [];
    const text = document.getText();
    const offset = document.offsetAt(position);
    let catalogs: string[] | undefined;
    if (kind === 'journey' && wantsCatalogs(text, offset)) {
      const found = await this.workspaceCatalogs(token);
      catalogs = catalogPathsFrom(document.uri.path, found.filter((u) => u.scheme === document.uri.scheme).map((u) => u.path));
    }
    const items = schemaCompletions(text, offset, {
      kind,
      language: languageOf(vscode.env.language),
      redHat: redHatCompletes(document),
      catalogs,
    });
    return items.map((c) => {
      const item = new vscode.CompletionItem({ label: c.label, description: c.detail }, KINDS[c.kind]);
      item.detail = c.detail;
      if (c.documentation) item.documentation = c.kind === 'snippet' ? new vscode.MarkdownString().appendCodeblock(c.documentation, 'yaml') : c.documentation;
      item.insertText = new vscode.SnippetString(c.insertText);
      // The core writes every line's indentation itself.
      item.keepWhitespace = true;
      item.range = new vscode.Range(document.positionAt(c.start), position);
      item.sortText = c.sortText;
      item.filterText = c.filterText;
      if (c.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: '' };
      return item;
    });
  }
}
