// The packaged extension, as a user gets it: install the .vsix into a fresh
// code-server and check that it activates and reports a finding.
import assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { problemRow, quickOpen, showProblems } from './actions.mjs';
import { CODE_SERVER, EXTENSION_ID, ROOT } from '../runner/workbench.mjs';
import { openSession } from './session.mjs';

describe('the packaged extension (.vsix)', function () {
  this.timeout(180_000);
  let s;
  before(async () => {
    const extensionsDir = mkdtempSync(join(tmpdir(), 'journey-lens-ext-'));
    const out = execFileSync(CODE_SERVER, ['--extensions-dir', extensionsDir, '--install-extension', join(ROOT, 'journey-lens.vsix'), '--force'], { encoding: 'utf8' });
    assert.match(out, /successfully installed/i);
    const listed = execFileSync(CODE_SERVER, ['--extensions-dir', extensionsDir, '--list-extensions'], { encoding: 'utf8' });
    assert.match(listed, new RegExp(EXTENSION_ID));
    // No extensionDevelopmentPath: the workbench runs the installed copy only.
    s = await openSession({ extensionsDir, extensionPath: null });
  });
  after(async () => s?.close());
  afterEach(async function () {
    await s?.record(`package-${this.currentTest.title.replace(/\W+/g, '-')}`, this.currentTest.state === 'failed');
  });

  it('activates on a journey and shows its findings', async () => {
    await quickOpen(s.page, 'move.journey.yaml');
    await showProblems(s.page);
    await problemRow(s.page, "'website' is self-service").waitFor();
    assert.doesNotMatch(await s.page.title(), /Extension Development Host/);
  });
});
