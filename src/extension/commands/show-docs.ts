/** "Journey Lens: Show Check Documentation": pick a check, open its page. */
import * as vscode from 'vscode';
import { ALL_RULES, docsUrl, languageOf } from '../../core';

export async function showCheckDocumentation(extensionUri: vscode.Uri, ruleId?: string): Promise<void> {
  const language = languageOf(vscode.env.language);
  const id = ruleId ?? (await vscode.window.showQuickPick(
    ALL_RULES.map((r) => ({ label: r.id, description: r.defaultSeverity, detail: r.description[language] })),
    { title: vscode.l10n.t('Show Check Documentation'), matchOnDetail: true },
  ))?.label;
  if (!id) return;
  // Prefer the page shipped with the extension, in Dutch when VS Code runs in Dutch; fall back to the online copy.
  const pages = language === 'nl' ? [['docs', 'rules', 'nl'], ['docs', 'rules']] : [['docs', 'rules']];
  for (const folder of pages) {
    const local = vscode.Uri.joinPath(extensionUri, ...folder, `${id}.md`);
    try {
      await vscode.workspace.fs.stat(local);
    } catch {
      continue;
    }
    await vscode.commands.executeCommand('markdown.showPreview', local);
    return;
  }
  await vscode.env.openExternal(vscode.Uri.parse(docsUrl(id, language)));
}
