/**
 * The Journeys view in VS Code: the workspace's journeys with owner, review
 * and findings, grouped by folder or by owner, and the catalog's entries
 * with the journeys and steps that use them ("which journeys use partner X").
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import type { JourneyLensApi } from '../../../src/extension/extension';
import type { Node } from '../../../src/extension/journeys-view/provider';
import { EXTENSION_ID, workspaceFile } from './util';

const PARTNER_JOURNEY = `journey: Storing melden
owner: Bert Jansen
reviewed: 2024-01-01
need: Stroom
outcome: Stroom terug
uses: [org.catalog.yaml]
steps:
  - id: melden
    customer: Belt over de storing
    channel: telefoon
    partners: [netbeheerder]
`;

async function api(): Promise<JourneyLensApi> {
  const ext = vscode.extensions.getExtension<JourneyLensApi>(EXTENSION_ID)!;
  return ext.isActive ? ext.exports : ext.activate();
}

async function labels(view: JourneyLensApi['journeysView'], node?: Node): Promise<{ node: Node; label: string; description: string }[]> {
  const children = await view.getChildren(node);
  return Promise.all(children.map(async (n) => {
    const item = await view.getTreeItem(n);
    return { node: n, label: String(typeof item.label === 'string' ? item.label : item.label?.label), description: String(item.description ?? '') };
  }));
}

describe('the Journeys view', () => {
  const extra = workspaceFile('storing.journey.yaml');
  before(() => fs.writeFile(extra.fsPath, PARTNER_JOURNEY));
  after(() => fs.rm(extra.fsPath, { force: true }));

  it('lists every journey with its owner, review and findings, grouped by folder and by owner', async () => {
    const { journeysView: view } = await api();
    await view.refresh();
    const [journeys] = await labels(view);
    assert.strictEqual(journeys.label, 'Journeys');
    assert.strictEqual(journeys.description, '3');
    const [folder] = await labels(view, journeys.node);
    // Journeys at the workspace's root are grouped under the folder's name, not its full path.
    assert.strictEqual(folder.label, vscode.workspace.workspaceFolders![0].name);
    const rows = await labels(view, folder.node);
    assert.deepStrictEqual(rows.map((r) => r.label), ['Contract opzeggen', 'Verhuizing doorgeven', 'Storing melden']);
    const storing = rows.find((r) => r.label === 'Storing melden')!;
    assert.match(storing.description, /^Bert Jansen · review overdue since 2025-01-01 · /);
    const move = rows.find((r) => r.label === 'Verhuizing doorgeven')!;
    assert.match(move.description, /^Ans de Vries · never reviewed · \d+ warnings/);
    view.groupBy('owner');
    const owners = await labels(view, journeys.node);
    assert.deepStrictEqual(owners.map((o) => [o.label, o.description]), [['Ans de Vries', '2'], ['Bert Jansen', '1']]);
    view.groupBy('folder');
  });

  it('answers which journeys use partner X, and marks catalog entries nobody uses', async () => {
    const { journeysView: view } = await api();
    await view.refresh();
    const [, catalogs] = await labels(view);
    const [catalog] = await labels(view, catalogs.node);
    assert.strictEqual(catalog.label, 'Test organisatie');
    const kinds = await labels(view, catalog.node);
    assert.deepStrictEqual(kinds.map((k) => k.label), ['Partners', 'Teams', 'Channels']);
    const [partner] = await labels(view, kinds[0].node);
    assert.strictEqual(partner.label, 'netbeheerder');
    assert.strictEqual(partner.description, 'Stedin · used by 1 journey, 1 step');
    assert.deepStrictEqual((await labels(view, partner.node)).map((u) => u.label), ['Storing melden › melden']);
    const channels = await labels(view, kinds[2].node);
    assert.match(channels.find((c) => c.label === 'chat')!.description, /unused/);
  });

  it('follows a change to one journey by reading that file again, not the whole workspace', async () => {
    const { journeysView: view } = await api();
    await view.refresh();
    await fs.writeFile(extra.fsPath, PARTNER_JOURNEY.replace('owner: Bert Jansen', 'owner: Carla de Wit'));
    const visible = view.visible;
    view.visible = true;
    const redrawn = new Promise<void>((resolve) => {
      const sub = view.onDidChangeTreeData(() => {
        sub.dispose();
        resolve();
      });
    });
    view.refreshSoon(extra);
    await redrawn;
    view.visible = visible;
    const rows = (await view.current()).journeys;
    assert.strictEqual(rows.find((r) => r.title === 'Storing melden')?.owner, 'Carla de Wit');
    assert.strictEqual(rows.length, 3, 'the other journeys are kept as they were read');
  });
});
