/**
 * Evidence in the editor: a journey with an event log gets its evidence
 * findings in the Problems panel (computed in the worker thread), a design
 * edit re-maps the cached cases, a new export of the log is read again, a
 * log outside the workspace is refused, and Check All Journeys reads the
 * logs of journeys that are not open. The example journey of examples/ and
 * its generated log are copied into the workspace.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll, codeOf, EXTENSION_ID, open, ours, positionOf, waitForDiagnostics, workspaceFile } from './util';

const UNMAPPED = 'Betalingsregeling voorstellen';

const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);
const unmappedCases = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'evidence-unmapped').map((d) => /occurs in (\d+) cases/.exec(d.message)?.[1]);

describe('evidence in the editor', () => {
  const examples = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'examples');
  // A folder of its own per test: VS Code keeps a closed document (and so its findings) for a while,
  // so a test that reused the file could pass on the findings of the test before it.
  let test = 0;
  let FOLDER = '';
  let JOURNEY = '';
  let LOG = '';

  beforeEach(async () => {
    FOLDER = `evidence-${++test}`;
    JOURNEY = `${FOLDER}/jaarafrekening.journey.yaml`;
    LOG = `${FOLDER}/logs/jaarafrekening.csv`;
    const folder = workspaceFile(FOLDER).fsPath;
    await fs.mkdir(path.join(folder, 'logs'), { recursive: true });
    for (const f of ['jaarafrekening.journey.yaml', 'energie.catalog.yaml', 'logs/jaarafrekening.csv']) {
      await fs.copyFile(path.join(examples, f), path.join(folder, f));
    }
  });
  afterEach(closeAll);
  after(async () => {
    for (let i = 1; i <= test; i++) await fs.rm(workspaceFile(`evidence-${i}`).fsPath, { recursive: true, force: true });
  });

  it('shows the evidence findings of the log in the Problems panel, with their figures', async () => {
    const editor = await open(JOURNEY);
    const ds = await waitForDiagnostics(editor.document.uri, (d) => has('observed-pingpong')(d) && has('observed-undesigned-path')(d));
    const path = ds.find((d) => codeOf(d) === 'observed-undesigned-path')!;
    assert.match(path.message, /^32 cases go from step 'melden' straight to 'corrigeren'/);
    assert.strictEqual(path.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(unmappedCases(ds), ['25']);
    for (const rule of ['observed-repeat', 'observed-promise-broken', 'observed-handoff-slow']) assert.ok(has(rule)(ds), `${rule} in ${ds.map(codeOf).join(', ')}`);
  });

  it('re-maps the cached cases when the design changes: a designed path is no longer undesigned', async () => {
    const editor = await open(JOURNEY);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, has('observed-undesigned-path'));
    // The step after 'melden' is 'meterstanden-controleren'; designing the shortcut too makes the path designed.
    await editor.edit((e) => e.insert(positionOf(editor.document, '    promise: { says: Binnen 10'), '    next: [meterstanden-controleren, corrigeren]\n'));
    const ds = await waitForDiagnostics(uri, (d) => !has('observed-undesigned-path')(d));
    assert.ok(has('observed-pingpong')(ds), 'the other evidence findings stay');
    // And back: the finding returns, still without reading the log again.
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, has('observed-undesigned-path'));
  });

  it('reads the log again when a new export replaces it, and the figures follow', async () => {
    const editor = await open(JOURNEY);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => unmappedCases(d)[0] === '25');
    await fs.appendFile(workspaceFile(LOG).fsPath, `JA-2026-9999;${UNMAPPED};02-03-2026 10:00;Facturatie\n`);
    const ds = await waitForDiagnostics(uri, (d) => unmappedCases(d)[0] === '26');
    assert.match(ds.find((d) => codeOf(d) === 'evidence-unmapped')!.message, /26 cases \(12\.9% of all cases, 26 events\)/);
  });

  it('refuses a log outside the workspace folder, as it refuses catalogs there', async () => {
    const editor = await open(JOURNEY);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, has('observed-pingpong'));
    const log = positionOf(editor.document, 'log: logs/jaarafrekening.csv', 'log: '.length);
    await editor.edit((e) => e.replace(new vscode.Range(log, log.translate(0, 'logs/jaarafrekening.csv'.length)), '../../elders.csv'));
    const ds = await waitForDiagnostics(uri, (d) => has('evidence-log')(d) && !has('observed-pingpong')(d));
    assert.match(ds.find((d) => codeOf(d) === 'evidence-log')!.message, /outside the workspace/);
  });

  it('Check All Journeys reads the logs of journeys that are not open', async () => {
    const uri = workspaceFile(JOURNEY);
    assert.deepStrictEqual(ours(uri), []);
    await vscode.commands.executeCommand('journeyLens.checkWorkspace');
    assert.ok(has('observed-pingpong')(ours(uri)), ours(uri).map(codeOf).join(', '));
  });

  it('completes the log\'s activity names in observed, with their cases, and its attribute names at the evidence keys', async () => {
    const editor = await open(JOURNEY);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, has('observed-pingpong'));
    const activities = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, 'observed: Klant belt', 'observed: '.length));
    const klant = activities.items.find((i) => labelOf(i) === 'Klant belt');
    assert.ok(klant, activities.items.map(labelOf).join(', '));
    assert.match(String(klant.detail), /^\d+ cases$/);
    assert.ok(activities.items.some((i) => labelOf(i) === UNMAPPED), 'the unmapped activity is offered too');
    const attributes = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, 'case: zaaknummer', 'case: '.length));
    for (const column of ['zaaknummer', 'activiteit', 'tijdstip', 'afdeling']) assert.ok(attributes.items.some((i) => labelOf(i) === column), `${column} in ${attributes.items.map(labelOf).join(', ')}`);
  });

  it('shows on hover the activities an observed pattern matches, with their cases', async () => {
    const editor = await open(JOURNEY);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, has('observed-pingpong'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'observed: Klant belt', 'observed: Kl'.length));
    // appendText keeps the log's text literal: spaces arrive as &nbsp;, which the hover shows as spaces.
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /Matches 1 activity in the log:\n- Klant belt — 200 cases/);
  });

  it('maps an unmapped activity to a step with a quick fix, and the finding goes', async () => {
    const editor = await open(JOURNEY);
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, has('evidence-unmapped'));
    const unmapped = ds.find((d) => codeOf(d) === 'evidence-unmapped')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unmapped.range);
    const map = actions.find((a) => new RegExp(`^Map '${UNMAPPED}' to (step|the task)`).test(a.title));
    assert.ok(map?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(map.edit));
    await waitForDiagnostics(uri, (d) => !has('evidence-unmapped')(d) && has('observed-pingpong')(d));
    assert.match(editor.document.getText(), new RegExp(`observed: \\[.*${UNMAPPED}|- ${UNMAPPED}`));
  });

  it('corrects a mistyped activity to the suggestion with a quick fix', async () => {
    const editor = await open(JOURNEY);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, has('observed-pingpong'));
    const at = positionOf(editor.document, 'observed: Klant belt', 'observed: '.length);
    await editor.edit((e) => e.replace(new vscode.Range(at, at.translate(0, 'Klant belt'.length)), 'Klant beld'));
    const ds = await waitForDiagnostics(uri, has('evidence-unknown-activity'));
    const unknown = ds.find((d) => codeOf(d) === 'evidence-unknown-activity')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unknown.range);
    const change = actions.find((a) => a.title === "Change to 'Klant belt'");
    assert.ok(change?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(change.edit));
    await waitForDiagnostics(uri, (d) => !has('evidence-unknown-activity')(d) && has('observed-repeat')(d));
  });
});

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
