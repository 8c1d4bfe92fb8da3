/** "Journey Lens: Show Check Documentation": pick a check, open its page. */
import * as vscode from 'vscode';
import { languageOf } from '../../core/language';
import { docsUrl } from '../../core/rule';
import { ALL_RULES } from '../../core/rules';

export async function showCheckDocumentation(extensionUri: vscode.Uri, ruleId?: string): Promise<void> {
  const language = languageOf(vscode.env.language);
  const id = ruleId ?? (await vscode.window.showQuickPick(
    ALL_RULES.map((r) => ({ label: r.id, description: r.defaultSeverity, detail: r.description[language] })),
    { title: vscode.l10n.t('Show Check Documentation'), matchOnDetail: true },
  ))?.label;
  if (!id) return;
  // Prefer the page shipped with the extension; fall back to the online copy.
  const local = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand('markdown.showPreview', local);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(docsUrl(id)));
  }
}
