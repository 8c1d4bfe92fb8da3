/**
 * "Journey Lens: New Journey": a guided template in Dutch or English that
 * checks clean. When the workspace has catalogs, it offers to use one: the
 * journey then names it in `uses` and takes its channels and team instead of
 * declaring its own (which would make every one a duplicate-id).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { journeyTemplate, type TemplateCatalog, type TemplateLanguage } from '../../core';
import type { Analyses } from '../analyses';
import { workspaceFileHost } from '../analyses';
import { fileIdOf } from '../file-ids';
import { journeyFiles } from '../workspace-files';

export interface NewJourneyArgs {
  language?: TemplateLanguage;
  title?: string;
  /** The catalog to use; null: none. Called with a language and no catalog, it uses none and asks nothing. */
  catalog?: vscode.Uri | null;
}

/** Asks for the language and title unless given (a keybinding or another extension may pass them). */
export async function newJourney(args: NewJourneyArgs = {}, analyses?: Analyses): Promise<vscode.TextEditor | undefined> {
  const language = args.language ? { value: args.language } : await vscode.window.showQuickPick(
    [
      { label: 'Nederlands', value: 'nl' as TemplateLanguage },
      { label: 'English', value: 'en' as TemplateLanguage },
    ],
    // ignoreFocusOut: started from the walkthrough, the page takes the focus back right after the click.
    { title: vscode.l10n.t('New Journey'), placeHolder: vscode.l10n.t('Language of the journey'), ignoreFocusOut: true },
  );
  if (!language) return undefined;
  const title = args.title ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('New Journey'),
    prompt: vscode.l10n.t('Title of the journey'),
    value: language.value === 'nl' ? 'Verhuizing doorgeven' : 'Report a move',
    ignoreFocusOut: true,
  });
  if (title === undefined) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const catalogUri = args.catalog !== undefined || args.language ? args.catalog ?? undefined : await pickCatalog();
  if (catalogUri === null) return undefined;
  const catalog = catalogUri && analyses ? await templateCatalog(catalogUri, folder, analyses) : undefined;
  const name = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'journey'}.journey.yaml`;
  // An untitled document with the right name: nothing is written until the user saves.
  const uri = folder ? vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }) : vscode.Uri.parse(`untitled:${name}`);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(journeyTemplate(language.value, title, new Date().toISOString().slice(0, 10), catalog)));
  return editor;
}

/** The workspace's catalogs to choose from; undefined: use none (or there are none); null: the user stopped. */
async function pickCatalog(): Promise<vscode.Uri | undefined | null> {
  const found = (await journeyFiles(undefined, { catalogsOnly: true, maxResults: 50 })).slice(0, 50);
  if (found.length === 0) return undefined;
  const items = [
    ...found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), description: vscode.l10n.t('use its channels and teams'), uri })),
    { label: vscode.l10n.t('No catalog'), description: vscode.l10n.t('declare channels and teams in the journey'), uri: undefined },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Journey'), placeHolder: vscode.l10n.t('Use a catalog of this workspace?'), ignoreFocusOut: true });
  return picked ? picked.uri : null;
}

/** The catalog as the template needs it: its path from the new journey's folder, and what it declares. */
async function templateCatalog(uri: vscode.Uri, folder: vscode.Uri | undefined, analyses: Analyses): Promise<TemplateCatalog | undefined> {
  const loaded = await analyses.catalogs.load(fileIdOf(uri), workspaceFileHost);
  if (loaded.status === 'missing') return undefined;
  // URI paths, so that a catalog of a virtual workspace is named as one on disk: with '/'.
  const from = (folder ?? vscode.Uri.joinPath(uri, '..')).path;
  return { path: path.posix.relative(from, uri.path), declarations: loaded.catalog.declarations };
}
