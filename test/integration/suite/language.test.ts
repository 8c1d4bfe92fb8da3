/** Quick fixes, completion, hover, definition, references, rename, outline and commands, as a user invokes them. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, open, positionOf, waitForDiagnostics, workspaceFile } from './util';

async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

describe('quick fixes', () => {
  afterEach(closeAll);

  it('adds a fallback to a human channel, as one undoable edit', async () => {
    const editor = await open('move.journey.yaml');
    const before = editor.document.getText();
    const [d] = await waitForDiagnostics(editor.document.uri, (ds) => ds.some((x) => codeOf(x) === 'fallback-missing')).then((ds) => ds.filter((x) => codeOf(x) === 'fallback-missing'));
    const fixes = await quickFixes(editor.document, d);
    assert.deepStrictEqual(fixes.filter((f) => f.title.startsWith('Add fallback')).map((f) => f.title), ["Add fallback 'telefoon'", "Add fallback 'chat'"]);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));
    assert.strictEqual(editor.document.getText(), before.replace('    channel: website\n', '    channel: website\n    fallback: telefoon\n'));
    await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((x) => codeOf(x) === 'fallback-missing'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((x) => codeOf(x) === 'fallback-missing'));
  });

  it('fixes a new journey that is not saved yet (as New Journey leaves it)', async () => {
    const uri = workspaceFile('unsaved.journey.yaml').with({ scheme: 'untitled' });
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'journey: New\nowner: Ans\nneed: n\noutcome: o\nchannels:\n  site: { kind: web }\n  phone: { kind: phone }\nteams:\n  service: { line: front }\nsteps:\n  - id: a\n    customer: Reads\n    channel: site\n    end: true\n    process: [{ team: service, does: Writes }]\n'));
    const [d] = await waitForDiagnostics(uri, (ds) => ds.some((x) => codeOf(x) === 'fallback-missing')).then((ds) => ds.filter((x) => codeOf(x) === 'fallback-missing'));
    const fixes = await quickFixes(doc, d);
    assert.deepStrictEqual(fixes.filter((f) => f.title.startsWith('Add fallback')).map((f) => f.title), ["Add fallback 'phone'"]);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));
    await waitForDiagnostics(uri, (ds) => !ds.some((x) => codeOf(x) === 'fallback-missing'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('writes out a missing handoff to the next team', async () => {
    const editor = await open('move.journey.yaml');
    // At the first task's team, line 14 of the fixture.
    const ds = await waitForDiagnostics(editor.document.uri, (x) => x.some((y) => codeOf(y) === 'handoff-unclear' && y.range.start.line === 13));
    const fixes = await quickFixes(editor.document, ds.find((x) => codeOf(x) === 'handoff-unclear')!);
    const fix = fixes.find((f) => /Write out the handoff to 'facturatie'/.test(f.title));
    assert.ok(fix?.edit, fixes.map((f) => f.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /does: Registreert de verhuizing\n {8}handoff:\n {10}to: facturatie\n {10}gives: what facturatie needs\n {10}within: 1 working day\n/);
    await waitForDiagnostics(editor.document.uri, (x) => !x.some((y) => codeOf(y) === 'handoff-unclear'));
  });

  it('offers to suppress a check on its line', async () => {
    const editor = await open('move.journey.yaml');
    const ds = await waitForDiagnostics(editor.document.uri, (x) => x.some((y) => codeOf(y) === 'fallback-missing'));
    const fix = (await quickFixes(editor.document, ds.find((x) => codeOf(x) === 'fallback-missing')!)).find((f) => f.title === "Suppress 'fallback-missing' on this line");
    assert.ok(fix?.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.match(editor.document.getText(), / {4}# journey-lens-disable-next-line fallback-missing\n {4}channel: website/);
    await waitForDiagnostics(editor.document.uri, (x) => !x.some((y) => codeOf(y) === 'fallback-missing'));
  });
});

describe('language features', () => {
  afterEach(closeAll);

  it('completes team ids with their name and kind', async () => {
    const editor = await open('cancel.journey.yaml');
    const pos = positionOf(editor.document, 'team: klantenservice', 'team: '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('klantenservice') && labels.includes('facturatie'), labels.join(', '));
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'facturatie')!;
    assert.strictEqual(item.detail, 'Facturatie · back-office team');
  });

  it('goes to the definition of a team in the catalog', async () => {
    const editor = await open('cancel.journey.yaml');
    const pos = positionOf(editor.document, 'team: klantenservice', 'team: k'.length);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, pos);
    assert.strictEqual(locations.length, 1);
    const loc = locations[0] as vscode.Location;
    assert.strictEqual(loc.uri.toString(), workspaceFile('org.catalog.yaml').toString());
    assert.strictEqual(loc.range.start.line, 6);
  });

  it('shows the declaration on hover', async () => {
    const editor = await open('cancel.journey.yaml');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'channel: telefoon', 'channel: t'.length));
    // Markdown escapes spaces and dashes in plain text; compare the text as rendered.
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(text, /telefoon · phone, human/);
  });

  it('finds references across journeys that share the catalog', async () => {
    const editor = await open('cancel.journey.yaml');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, 'team: klantenservice', 'team: k'.length));
    const files = new Set(refs.map((r) => r.uri.path.split('/').pop()));
    assert.deepStrictEqual([...files].sort(), ['cancel.journey.yaml', 'move.journey.yaml', 'org.catalog.yaml']);
  });

  it('renames a team everywhere it is used', async () => {
    const editor = await open('cancel.journey.yaml');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, positionOf(editor.document, 'team: klantenservice', 'team: k'.length), 'service');
    const byFile = new Map(edit.entries().map(([uri, edits]) => [uri.path.split('/').pop(), edits.length]));
    assert.deepStrictEqual(Object.fromEntries(byFile), { 'cancel.journey.yaml': 1, 'move.journey.yaml': 1, 'org.catalog.yaml': 1 });
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 0);
    assert.match(editor.document.getText(), /team: service/);
  });

  it('outlines stages, steps and tasks', async () => {
    const editor = await open('move.journey.yaml');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['informeren', 'aanvragen']);
    assert.deepStrictEqual(symbols[1].children.map((c) => c.name), ['klantenservice', 'facturatie']);
  });
});

describe('commands', () => {
  afterEach(closeAll);

  it('checks all journeys in the workspace, also files that are not open', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; warnings: number }>('journeyLens.checkWorkspace');
    assert.strictEqual(summary.files, 3);
    assert.ok(summary.warnings >= 2);
    const move = workspaceFile('move.journey.yaml');
    const ds = vscode.languages.getDiagnostics(move).filter((d) => d.source === 'Journey Lens');
    assert.ok(ds.some((d) => codeOf(d) === 'fallback-missing'));
  });

  it('creates a new journey from the template that checks clean', async () => {
    // Called with its answers, as a keybinding or another extension would; the e2e suite types them.
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('journeyLens.newJourney', { language: 'nl', title: 'Verhuizing doorgeven' });
    assert.ok(editor, 'an editor was opened');
    assert.match(editor.document.uri.path, /\.journey\.yaml$/);
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 0);
    assert.match(editor.document.getText(), /^journey: Verhuizing doorgeven$/m);
  });

  it('creates a new journey that uses the workspace\'s catalog: nothing redeclared, and it checks clean', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('journeyLens.newJourney', { language: 'en', title: 'Report an outage', catalog: workspaceFile('org.catalog.yaml') });
    assert.ok(editor, 'an editor was opened');
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 0);
    const text = editor.document.getText();
    assert.match(text, /^uses: \[org\.catalog\.yaml\]$/m);
    assert.doesNotMatch(text, /^(channels|teams):/m);
    assert.match(text, /channel: website\n\s+fallback: telefoon/);
  });
});
