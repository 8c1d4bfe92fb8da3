/** Live findings: appear on open, follow edits (debounced, latest version wins), clear on close. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, EXTENSION_ID, open, ours, positionOf, waitForDiagnostics, workspaceFile } from './util';

describe('diagnostics', () => {
  afterEach(closeAll);

  it('activates on a journey and reports its findings with code, docs link and severity', async () => {
    const editor = await open('move.journey.yaml');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is active');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.length >= 2);
    const fallback = ds.find((d) => codeOf(d) === 'fallback-missing');
    assert.ok(fallback, ds.map(codeOf).join(', '));
    assert.strictEqual(fallback.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(fallback.range.start.line, 8);
    assert.strictEqual(editor.document.getText(fallback.range), 'website');
    assert.match(String((fallback.code as { target: vscode.Uri }).target), /docs\/rules\/fallback-missing\.md$/);
    assert.ok(ds.some((d) => codeOf(d) === 'handoff-unclear'));
  });

  it('follows typing: after several quick edits the findings match the final text', async () => {
    const editor = await open('move.journey.yaml');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'fallback-missing'));
    const at = positionOf(editor.document, '    channel: website\n', '    channel: website'.length);
    // Three edits in a row: broken, then a wrong fallback, then a good one.
    await editor.edit((e) => e.insert(at, '\n    fallback: ['));
    const next = (length: number) => new vscode.Range(at.line + 1, 0, at.line + 1, length);
    await editor.edit((e) => e.replace(next(15), '    fallback: website'));
    await editor.edit((e) => e.replace(next(21), '    fallback: telefoon'));
    const ds = await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'fallback-missing' || codeOf(x) === 'yaml-syntax' || codeOf(x) === 'fallback-ineffective'));
    assert.ok(ds.some((x) => codeOf(x) === 'handoff-unclear'), 'other findings stay');
  });

  it('clears the findings of a closed journey', async () => {
    const editor = await open('cancel.journey.yaml');
    const uri = editor.document.uri;
    await editor.edit((e) => e.insert(positionOf(editor.document, 'owner:'), '# '));
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'owner-missing'));
    await closeAll();
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('re-checks an open journey when the catalog it uses changes', async () => {
    const journey = await open('cancel.journey.yaml');
    await waitForDiagnostics(journey.document.uri, (d) => d.length === 0);
    const catalog = await vscode.workspace.openTextDocument(workspaceFile('org.catalog.yaml'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(catalog.uri, new vscode.Range(positionOf(catalog, 'klantenservice: {'), positionOf(catalog, 'klantenservice: {', 'klantenservice'.length)), 'service');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const ds = await waitForDiagnostics(journey.document.uri, (d) => d.some((x) => codeOf(x) === 'unknown-reference'));
    assert.match(ds[0].message, /Unknown team 'klantenservice'/);
  });

  it('ignores YAML files that are not journeys', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'foo: [' });
    await vscode.window.showTextDocument(doc);
    // Proof the checker ran after the YAML opened: a finding only this edit of a journey can cause
    // (findings left by an earlier test would not name 'proof-team').
    const journey = await vscode.workspace.openTextDocument(workspaceFile('move.journey.yaml'));
    const rename = async (from: string, to: string) => {
      // `to` is a team id nothing declares: its unknown-reference finding names it.
      const edit = new vscode.WorkspaceEdit();
      edit.replace(journey.uri, new vscode.Range(positionOf(journey, from), positionOf(journey, from, from.length)), to);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitForDiagnostics(journey.uri, (d) => d.some((x) => x.message.includes(`'${to}'`)));
    };
    await rename('klantenservice', 'proof-team');
    assert.deepStrictEqual(ours(doc.uri), []);
    // And typing in it still gives none (a check on change as well as on open).
    const yamlEditor = await vscode.window.showTextDocument(doc);
    await yamlEditor.edit((e) => e.insert(new vscode.Position(0, 0), 'steps: [\n'));
    await rename('proof-team', 'proof-team-b');
    assert.deepStrictEqual(ours(doc.uri), []);
  });
});

describe('settings and limits', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('journeyLens').update('checks', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('applies journeyLens.checks without a reload', async () => {
    const editor = await open('move.journey.yaml');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'fallback-missing' && x.severity === vscode.DiagnosticSeverity.Warning));
    await vscode.workspace.getConfiguration('journeyLens').update('checks', { 'fallback-missing': 'error', 'handoff-unclear': 'off' }, vscode.ConfigurationTarget.Global);
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'fallback-missing' && x.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(!ds.some((x) => codeOf(x) === 'handoff-unclear'), 'a check turned off is gone');
  });

  it('refuses a catalog outside the workspace folder', async () => {
    const editor = await open('cancel.journey.yaml');
    await editor.edit((e) => e.replace(new vscode.Range(positionOf(editor.document, 'org.catalog.yaml'), positionOf(editor.document, 'org.catalog.yaml', 'org.catalog.yaml'.length)), '../../etc/passwd'));
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => /outside the workspace folder/.test(x.message)));
    assert.strictEqual(codeOf(ds.find((x) => /outside/.test(x.message))!), 'unknown-reference');
  });
});
