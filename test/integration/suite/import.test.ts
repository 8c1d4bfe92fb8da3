/**
 * "Journey Lens: Import Journey…" inside VS Code, called with its answers as
 * a keybinding or another extension would: a Mermaid diagram and an .xlsx
 * made here become journey files that open in an editor beside their preview,
 * with their steps.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import { Workbook } from 'exceljs';
import { parse } from 'yaml';
import { closeAll, workspaceFile } from './util';

const DIAGRAM = 'journey\n  title Renewing a passport\n  section Apply\n    Fill in the form: 2: Citizen\n    Pay the fee: 1: Citizen\n  section Collect\n    Pick it up: 5: Citizen\n';

/** Resolves when a tab of the journey preview is open (the preview opens beside the editor, not at once): checked now and on every tab change. */
function previewOpened(timeoutMs = 20_000): Promise<void> {
  const open = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && /journeyLens/i.test(t.input.viewType));
  return new Promise((resolve, reject) => {
    if (open()) return resolve();
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no preview tab; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`));
    }, timeoutMs);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!open()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

describe('Import Journey command', () => {
  afterEach(closeAll);
  // The later suites count the workspace's journeys: leave none behind.
  after(async () => {
    for (const f of ['import-passport.mmd', 'import-passport.journey.yaml', 'import-map.xlsx', 'import-map.journey.yaml']) await fs.rm(workspaceFile(f).fsPath, { force: true });
  });

  it('imports a Mermaid diagram into a journey that opens beside its preview', async () => {
    const source = workspaceFile('import-passport.mmd');
    const target = workspaceFile('import-passport.journey.yaml');
    await fs.writeFile(source.fsPath, DIAGRAM);
    await fs.rm(target.fsPath, { force: true });
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('journeyLens.importJourney', { source, target });
    assert.strictEqual(written?.toString(), target.toString());
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    assert.ok(editor, 'the journey is open in an editor');
    const value = parse(editor.document.getText()) as { journey: string; steps: { id: string }[] };
    assert.strictEqual(value.journey, 'Renewing a passport');
    assert.deepStrictEqual(value.steps.map((s) => s.id), ['fill-in-the-form', 'pay-the-fee', 'pick-it-up']);
    await previewOpened();
  });

  it('imports an .xlsx journey map (Dutch, merged stage cells) into a journey with its steps', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Klantreis');
    const rows = [['Fase', 'Aanvraag', ''], ['Stap', 'Aanvragen', 'Betalen'], ['Klant', 'Vraagt aan', 'Betaalt'], ['Emotie', 4, 2]];
    rows.forEach((row, r) => row.forEach((v, c) => { if (v !== '') ws.getCell(r + 1, c + 1).value = v; }));
    ws.mergeCells('B1:C1');
    const source = workspaceFile('import-map.xlsx');
    const target = workspaceFile('import-map.journey.yaml');
    await fs.writeFile(source.fsPath, Buffer.from(await wb.xlsx.writeBuffer()));
    await fs.rm(target.fsPath, { force: true });
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('journeyLens.importJourney', { source, target });
    assert.strictEqual(written?.toString(), target.toString());
    const value = parse(await fs.readFile(target.fsPath, 'utf8')) as { stages: string[]; steps: { id: string; stage: string; emotion: number }[] };
    assert.deepStrictEqual(value.stages, ['Aanvraag']);
    assert.deepStrictEqual(value.steps.map((s) => [s.id, s.stage, s.emotion]), [['aanvragen', 'Aanvraag', 1], ['betalen', 'Aanvraag', -1]]);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === target.toString()), 'the journey is open in an editor');
    await previewOpened();
  });
});
