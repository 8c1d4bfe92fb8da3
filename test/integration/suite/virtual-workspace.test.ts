/**
 * Journey Lens in a virtual workspace: the only workspace folder is memfs:/ws,
 * an in-memory file system that the fixture extension
 * test/fixtures/memfs-extension registers (as vscode.dev or a remote
 * repository provides one), seeded from its seed/ folder and the example
 * journey with its log. Nothing of it is on disk: catalogs, the config file,
 * event logs and Check All Journeys must all go through vscode.workspace.fs
 * by URI. Runs in its own VS Code (see ../run.mjs).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { Settings } from '../../../src/extension/settings';
import { closeAll, codeOf, EXTENSION_ID, ours, waitForDiagnostics } from './util';

const ROOT = vscode.Uri.parse('memfs:/ws');
const file = (p: string) => vscode.Uri.joinPath(ROOT, p);
const MELDING = file('reizen/melding.journey.yaml');
const CATALOG = file('shared/teams.catalog.yaml');
const EVIDENCE = file('evidence/jaarafrekening.journey.yaml');
const LOG = file('evidence/logs/jaarafrekening.csv');
const CONFIG = file('journey-lens.config.yaml');

const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);
const unknown = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'unknown-reference');
const unmappedCases = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'evidence-unmapped').map((d) => /occurs in (\d+) cases/.exec(d.message)?.[1]);
const text = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, content: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));

async function show(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

describe('a virtual workspace (memfs:)', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  afterEach(closeAll);

  it('is the only workspace folder, and nothing of it is on disk', () => {
    assert.deepStrictEqual(vscode.workspace.workspaceFolders?.map((f) => f.uri.toString()), ['memfs:/ws']);
  });

  it('reads the catalog a journey uses by URI: what it declares resolves, the rest does not', async () => {
    const document = await show(MELDING);
    // 'storingsdienst' is declared nowhere; 'klantenservice' and 'telefoon' only in ../shared/teams.catalog.yaml.
    const ds = await waitForDiagnostics(document.uri, (x) => unknown(x).length > 0);
    assert.deepStrictEqual(unknown(ds).map((d) => [d.range.start.line, /'(\w+)'/.exec(d.message)?.[1]]), [[12, 'storingsdienst']], ds.map((d) => d.message).join('\n'));
    // The workspace's config (memfs:/ws/journey-lens.config.yaml) turns handoff-unclear off: it was read too.
    assert.ok(!has('handoff-unclear')(ds), ds.map(codeOf).join(', '));
  });

  it('picks up a change to the catalog on its file system', async () => {
    const document = await show(MELDING);
    await waitForDiagnostics(document.uri, (x) => unknown(x).length === 1);
    const before = await text(CATALOG);
    try {
      await write(CATALOG, `${before}  storingsdienst: { name: Storingsdienst }\n`);
      await waitForDiagnostics(document.uri, (x) => unknown(x).length === 0);
    } finally {
      await write(CATALOG, before);
    }
    await waitForDiagnostics(document.uri, (x) => unknown(x).length === 1);
  });

  it('completes `uses` with the catalogs of the virtual folder', async () => {
    const document = await show(MELDING);
    const at = document.positionAt(document.getText().indexOf('../shared/teams.catalog.yaml'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('../shared/teams.catalog.yaml'), labels.join(', '));
  });

  it('reads the event log through the file system, and reads it again when it changes', async () => {
    const document = await show(EVIDENCE);
    await waitForDiagnostics(document.uri, (x) => unmappedCases(x)[0] === '25' && has('observed-pingpong')(x), 60_000);
    const before = await text(LOG);
    try {
      await write(LOG, `${before}JA-2026-9999;Betalingsregeling voorstellen;02-03-2026 10:00;Facturatie\n`);
      await waitForDiagnostics(document.uri, (x) => unmappedCases(x)[0] === '26', 60_000);
    } finally {
      await write(LOG, before);
    }
  });

  it('Check All Journeys finds and checks the journeys and catalogs of the virtual folder', async () => {
    const opzeggen = file('reizen/opzeggen.journey.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === opzeggen.toString()), 'a journey that was never opened');
    const summary = await vscode.commands.executeCommand<{ files: number }>('journeyLens.checkWorkspace');
    // reizen/melding, reizen/opzeggen and evidence/jaarafrekening; shared/teams and evidence/energie.
    assert.strictEqual(summary.files, 5);
    assert.deepStrictEqual(ours(opzeggen).map(codeOf), ['fallback-missing']);
    assert.deepStrictEqual(unknown(ours(MELDING)).length, 1);
    // Check All waits for the logs: the closed journey's evidence is there.
    assert.deepStrictEqual(unmappedCases(ours(EVIDENCE)), ['25']);
  });

  it("reports the config file's findings in VS Code's display language, open or closed", async () => {
    // Closed: Settings published them (in English, this VS Code's display language).
    const closed = await waitForDiagnostics(CONFIG, has('schema'));
    assert.match(closed[0].message, /^Unknown check 'not-a-check'/);
    // Open: the same words, from the analysis of the document.
    await show(CONFIG);
    const open = await waitForDiagnostics(CONFIG, (x) => has('schema')(x) && vscode.workspace.textDocuments.some((d) => d.uri.toString() === CONFIG.toString()));
    assert.deepStrictEqual(open.map((d) => d.message), closed.map((d) => d.message));
    // With Dutch as the display language, the closed file's findings are Dutch (they were always English).
    const dutch = new Settings({ folder: () => ROOT, language: () => 'nl' });
    try {
      await dutch.reload();
      assert.match(dutch.configFindings?.findings[0]?.message ?? '', /^Onbekende controle 'not-a-check'/);
      assert.strictEqual(dutch.configFindings?.uri.toString(), CONFIG.toString());
    } finally {
      dutch.dispose();
    }
  });
});
