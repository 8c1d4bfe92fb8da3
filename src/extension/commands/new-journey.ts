/** "Journey Lens: New Journey": a guided template in Dutch or English that checks clean. */
import * as vscode from 'vscode';
import { journeyTemplate, type TemplateLanguage } from '../../core/template';

export interface NewJourneyArgs {
  language?: TemplateLanguage;
  title?: string;
}

/** Asks for the language and title unless given (a keybinding or another extension may pass them). */
export async function newJourney(args: NewJourneyArgs = {}): Promise<vscode.TextEditor | undefined> {
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
  const name = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'journey'}.journey.yaml`;
  // An untitled document with the right name: nothing is written until the user saves.
  const uri = folder ? vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }) : vscode.Uri.parse(`untitled:${name}`);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(journeyTemplate(language.value, title, new Date().toISOString().slice(0, 10))));
  return editor;
}
