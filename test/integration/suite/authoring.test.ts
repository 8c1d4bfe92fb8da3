/**
 * Writing a journey with Journey Lens's own schema completion and hover
 * (issue 17, points 1 and 2), as a user invokes them, without the Red Hat
 * YAML extension: keys, enum values with their meaning, emotion labels,
 * catalog paths in `uses`, human channels first in `fallback`, the
 * structural snippets in block style, and hovers with a link to the format.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, open, positionOf, waitForDiagnostics } from './util';

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

/** The items at a position, in the order VS Code shows them (by sortText, then label). */
async function completions(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  const key = (i: vscode.CompletionItem) => i.sortText ?? labelOf(i);
  return [...list.items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Inserts `text` at the end of the line holding `after`, and returns the position after it. */
async function typeAfter(editor: vscode.TextEditor, after: string, text: string): Promise<vscode.Position> {
  const line = positionOf(editor.document, after).line;
  const end = editor.document.lineAt(line).range.end;
  await editor.edit((b) => b.insert(end, text));
  return editor.document.positionAt(editor.document.offsetAt(end) + text.length);
}

/** Accepts an item as VS Code would with every placeholder at its default. */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem): Promise<void> {
  const snippet = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText ?? labelOf(item));
  const text = snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
  const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
  assert.ok(await editor.edit((b) => b.replace(range, text)));
}

async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  // Markdown escapes spaces and dashes in plain text; compare the text as rendered.
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
}

describe('authoring with schema completion and hover', () => {
  before(function () {
    // With the Red Hat YAML extension the schema keys come from it; these tests are about Journey Lens alone.
    if (vscode.extensions.getExtension('redhat.vscode-yaml')?.isActive) this.skip();
  });
  afterEach(closeAll);

  it('offers a step\'s keys not yet written, with their descriptions, as blocks', async () => {
    const editor = await open('move.journey.yaml');
    const pos = await typeAfter(editor, 'channel: website', '\n    ');
    const items = await completions(editor.document, pos);
    const labels = items.map(labelOf);
    assert.ok(labels.includes('kano') && labels.includes('emotion') && labels.includes('process'), labels.join(', '));
    assert.ok(!labels.includes('customer') && !labels.includes('channel'), labels.join(', '));
    const process = items.find((i) => labelOf(i) === 'process' && i.kind === vscode.CompletionItemKind.Property)!;
    assert.strictEqual(process.detail, 'The employee process behind the step: its tasks in order, each done by a team or a partner.');
    assert.strictEqual((process.insertText as vscode.SnippetString).value, 'process:\n      - $0');
    // The promise snippet fits here too.
    assert.ok(labels.includes('Promise'), labels.join(', '));
  });

  it('explains each Kano category and labels each emotion', async () => {
    const editor = await open('move.journey.yaml');
    const kano = await completions(editor.document, await typeAfter(editor, 'channel: website', '\n    kano: '));
    assert.deepStrictEqual(kano.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map((i) => `${labelOf(i)}: ${i.detail}`), [
      'basic: expected: missing it disappoints, having it goes unnoticed',
      'satisfier: more is better: the better it is, the happier the customer',
      'delighter: unexpected: it pleases, its absence is not missed',
    ]);
    const emotion = await completions(editor.document, await typeAfter(editor, 'channel: telefoon', '\n    emotion: '));
    assert.deepStrictEqual(emotion.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map((i) => `${labelOf(i)} ${i.detail}`), ['-2 very negative', '-1 negative', '0 neutral', '1 positive', '2 very positive']);
  });

  it('offers the workspace catalogs in uses', async () => {
    const editor = await open('move.journey.yaml');
    const line = positionOf(editor.document, 'uses: [org.catalog.yaml]').line;
    await editor.edit((b) => b.replace(editor.document.lineAt(line).range, 'uses: '));
    const items = await completions(editor.document, new vscode.Position(line, 'uses: '.length));
    assert.deepStrictEqual(items.filter((i) => i.kind === vscode.CompletionItemKind.File).map(labelOf), ['org.catalog.yaml']);
  });

  it('puts the human channels first in fallback, once each', async () => {
    const editor = await open('move.journey.yaml');
    const items = await completions(editor.document, await typeAfter(editor, 'channel: website', '\n    fallback: '));
    const labels = items.map(labelOf);
    assert.deepStrictEqual(labels.slice(0, 2), ['telefoon', 'chat'], labels.join(', '));
    assert.strictEqual(labels.filter((l) => l === 'telefoon').length, 1, 'the id completion and the schema completion do not both offer it');
  });

  it('writes a new step from the snippet on a new line in steps, and it checks without schema findings', async () => {
    const editor = await open('move.journey.yaml');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n  '));
    const pos = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const items = await completions(editor.document, pos);
    const step = items.find((i) => labelOf(i) === 'New step');
    assert.ok(step, items.map(labelOf).join(', '));
    await accept(editor, step);
    assert.match(editor.document.getText(), /\n {2}- id: step-id\n {4}stage: Stage\n {4}customer: What the customer does or experiences\n/);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-reference') && !ds.some((d) => codeOf(d) === 'schema' || codeOf(d) === 'yaml-syntax'));
  });

  it('writes a handoff in block style, so a comma in gives keeps the file valid', async () => {
    const editor = await open('move.journey.yaml');
    const items = await completions(editor.document, await typeAfter(editor, 'does: Registreert de verhuizing', '\n        hand'));
    const handoff = items.find((i) => labelOf(i) === 'Handoff');
    assert.ok(handoff, items.map(labelOf).join(', '));
    await accept(editor, handoff);
    const text = editor.document.getText();
    const at = text.indexOf('what the receiver needs');
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'what the receiver needs'.length)), 'adres, EAN-code en tijdstip'));
    assert.match(editor.document.getText(), /\n {8}handoff:\n {10}to: team-id\n {10}gives: adres, EAN-code en tijdstip\n {10}within: 1 working day\n/);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-reference') && !ds.some((d) => codeOf(d) === 'schema' || codeOf(d) === 'yaml-syntax'));
  });

  it('explains a key on hover, with a link to the format reference', async () => {
    const editor = await open('move.journey.yaml');
    const text = await hoverText(editor.document, positionOf(editor.document, 'customer: Zoekt', 2));
    assert.match(text, /What the customer does or experiences, in the customer's words\./);
    assert.match(text, /docs\/format\.md#step-an-element-of-steps/);
  });

  it('explains an enum value on hover, in a flow mapping too', async () => {
    const editor = await open('org.catalog.yaml');
    const text = await hoverText(editor.document, positionOf(editor.document, 'kind: phone', 'kind: ph'.length));
    assert.match(text, /phone — the phone, with a person answering/);
    const line = await hoverText(editor.document, positionOf(editor.document, 'line: front', 'line: f'.length));
    assert.match(line, /front office: the team deals with customers directly/);
    assert.match(line, /docs\/format\.md#team-an-entry-of-teams/);
  });
});
