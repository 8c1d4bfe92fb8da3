/**
 * "Journey Lens: Show Portfolio Report": the report of every journey in the
 * workspace in a webview, with links that open a journey at its step. The
 * page runs no script; links are command URIs restricted to one command.
 */
import * as vscode from 'vscode';
import { buildPortfolio, languageOf, type LinkTarget, renderHtml } from '../../core';
import type { Analyses } from '../analyses';
import { fileIdOf, uriOfFileId } from '../file-ids';
import { journeyFiles } from '../workspace-files';

export const REVEAL_COMMAND = 'journeyLens.revealJourneyStep';

function linkTo(target: LinkTarget): string {
  const args = encodeURIComponent(JSON.stringify([target.path, target.step?.index ?? -1]));
  return `command:${REVEAL_COMMAND}?${args}`;
}

export async function showPortfolioReport(analyses: Analyses): Promise<vscode.WebviewPanel> {
  const inputs = [];
  for (const uri of await journeyFiles()) {
    const analysis = await analyses.getFile(uri, { withEvidence: true });
    if (analysis) inputs.push({ path: fileIdOf(uri), analysis });
  }
  const portfolio = buildPortfolio(inputs, new Date());
  const panel = vscode.window.createWebviewPanel('journeyLens.portfolio', vscode.l10n.t('Journey Portfolio'), vscode.ViewColumn.Active, {
    enableScripts: false,
    enableCommandUris: [REVEAL_COMMAND],
    localResourceRoots: [],
  });
  panel.webview.html = renderHtml(portfolio, { link: linkTo, language: languageOf(vscode.env.language) });
  return panel;
}

/** Opens a journey file, at the id of step `index` when given. */
export async function revealJourneyStep(analyses: Analyses, file: string, index: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uriOfFileId(file));
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
  if (index < 0) return;
  const a = await analyses.get(document);
  const step = a.journey?.steps[index];
  const node = a.parsed.doc?.getIn(step?.id ? [...step.id.path] : ['steps', index], true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return;
  const range = new vscode.Range(document.positionAt(node.range[0]), document.positionAt(node.range[1]));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
