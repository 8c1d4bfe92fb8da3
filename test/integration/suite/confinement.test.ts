/**
 * `uses` stays inside the workspace folder in the editor as on the command
 * line: a symbolic link in the workspace to a catalog elsewhere is refused
 * with a finding, and the catalog behind it is not read.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { closeAll, codeOf, open, waitForDiagnostics, workspaceFile } from './util';

const JOURNEY = `journey: Linked catalog
owner: Ans de Vries
need: Een behoefte
outcome: Een uitkomst
uses: [linked.catalog.yaml]
steps:
  - id: bellen
    customer: Belt
    channel: telefoon
    process:
      - team: elders
        does: Antwoordt
`;

describe('uses confinement', () => {
  let outside: string;
  const created = ['linked.catalog.yaml', 'linked.journey.yaml'].map((n) => workspaceFile(n).fsPath);
  before(async () => {
    outside = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-outside-'));
    await fs.writeFile(path.join(outside, 'org.catalog.yaml'), 'catalog: Elders\nchannels:\n  telefoon: { name: Telefoon, human: true }\nteams:\n  elders: { name: Elders, line: front }\n');
    await fs.symlink(path.join(outside, 'org.catalog.yaml'), created[0]);
    await fs.writeFile(created[1], JOURNEY);
  });
  after(async () => {
    await closeAll();
    for (const f of created) await fs.rm(f, { force: true });
    await fs.rm(outside, { recursive: true, force: true });
  });

  it('refuses a symbolic link in the workspace that leads to a catalog outside it, as the command line does', async () => {
    const editor = await open('linked.journey.yaml');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => /through a symbolic link/.test(x.message)));
    const refused = ds.find((x) => /through a symbolic link/.test(x.message))!;
    assert.strictEqual(codeOf(refused), 'unknown-reference');
    assert.strictEqual(refused.message, "'linked.catalog.yaml' leads outside the workspace folder through a symbolic link; Journey Lens only reads catalogs inside it. Copy the catalog into the workspace. 2 references it might declare are not checked.");
    assert.strictEqual(refused.range.start.line, 4);
    // Nothing of the catalog was read: its channel and team are the two references held back, not declared.
    assert.ok(!ds.some((x) => /Unknown (team|channel)/.test(x.message)), ds.map((x) => x.message).join('\n'));
  });
});
