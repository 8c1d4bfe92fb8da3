/**
 * A quick fix that edits another file (here the catalog a journey uses) goes
 * through VS Code's refactor preview: nothing changes until it is confirmed.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JourneyLensApi } from '../../../src/extension/extension';
import { JourneyCodeActionProvider } from '../../../src/extension/language/code-actions';
import { closeAll, codeOf, EXTENSION_ID, waitForDiagnostics, workspaceFile } from './util';

const JOURNEY = `journey: Declares in the catalog
owner: Ans
need: A need
outcome: An outcome
uses: [org.catalog.yaml]
steps:
  - id: a
    customer: Calls
    channel: telefoon
    process: [{ team: inkoop, does: Orders }]
`;

async function api(): Promise<JourneyLensApi> {
  const ext = vscode.extensions.getExtension<JourneyLensApi>(EXTENSION_ID)!;
  return ext.isActive ? ext.exports : ext.activate();
}

describe('a quick fix in another file', () => {
  const catalog = workspaceFile('org.catalog.yaml');
  const uri = workspaceFile('cross-file.journey.yaml');
  let catalogText = '';

  before(async () => {
    catalogText = new TextDecoder().decode(await vscode.workspace.fs.readFile(catalog));
  });

  after(async () => {
    await closeAll();
    await vscode.workspace.fs.writeFile(catalog, new TextEncoder().encode(catalogText));
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('declares an unknown team in the catalog once the refactor preview is confirmed', async () => {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JOURNEY));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'unknown-reference'));
    const d = ds.find((x) => codeOf(x) === 'unknown-reference')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const titles = actions.map((a) => a.title);
    // Beside declaring it in the journey, one action per catalog the journey uses.
    assert.ok(titles.includes("Declare team 'inkoop'"), titles.join(' | '));
    const fix = actions.find((a) => a.title === "Declare team 'inkoop' in org.catalog.yaml");
    assert.ok(fix?.edit, titles.join(' | '));

    // vscode.executeCodeActionProvider hands the edit back without its entries' metadata, so
    // the action is taken from the extension's own provider, as VS Code's light bulb gets it.
    const { analyses } = await api();
    const provided = await new JourneyCodeActionProvider(analyses).provideCodeActions(vscode.window.activeTextEditor!.document, d.range, { diagnostics: [d], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke });
    const inCatalog = provided.find((a) => a.title === fix.title);
    assert.ok(inCatalog?.edit);
    assert.strictEqual(inCatalog.kind?.value, 'quickfix.journeyLens.inCatalog');
    const catalogDoc = await vscode.workspace.openTextDocument(catalog);
    // The refactor preview opens a document of its own for each file it would change.
    const previewed = new Promise<vscode.TextDocument>((resolve) => {
      const sub = vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc.uri.scheme !== 'vscode-bulkeditpreview-editor' || !doc.uri.path.endsWith('/org.catalog.yaml')) return;
        sub.dispose();
        resolve(doc);
      });
    });
    const applying = vscode.workspace.applyEdit(inCatalog.edit);
    const preview = await previewed;
    // VS Code shows an edit that needs confirmation unticked: the catalog stays as it was...
    assert.strictEqual(preview.getText(), catalogText);
    assert.strictEqual(catalogDoc.getText(), catalogText, 'nothing is applied before it is confirmed');
    // ...until the analyst ticks it in the Refactor Preview and presses Apply.
    await vscode.commands.executeCommand('refactorPreview.focus');
    await vscode.commands.executeCommand('list.focusFirst');
    await vscode.commands.executeCommand('refactorPreview.toggleCheckedState');
    await vscode.commands.executeCommand('refactorPreview.apply');
    assert.strictEqual(await applying, true);
    assert.strictEqual(catalogDoc.getText(), catalogText.replace('  facturatie: { name: Facturatie }\n', '  facturatie: { name: Facturatie }\n  inkoop: { name: inkoop }\n'));
    // The journey sees the catalog's new team: its finding goes.
    await catalogDoc.save();
    await waitForDiagnostics(uri, (x) => !x.some((y) => codeOf(y) === 'unknown-reference'));
  });
});
