// A journey deleted while its preview is open: the preview says the file is
// gone (as the Markdown preview does) instead of showing it as if it were
// there, and shows the journey again when the file comes back.
import { readFileSync, unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { journeyLensWebview, quickOpen, runCommand } from './actions.mjs';
import { openSession, slug } from './session.mjs';

const JOURNEY = 'move.journey.yaml';

describe('the preview of a deleted journey', function () {
  this.timeout(120_000);
  let s;
  before(async () => {
    s = await openSession();
    await quickOpen(s.page, JOURNEY);
  });
  after(async () => s?.close());
  afterEach(async function () {
    await s?.record(`preview-deleted-${slug(this.currentTest.title)}`, this.currentTest.state === 'failed');
  });

  it('says the file has been deleted, and shows the journey again when it is back', async () => {
    const preview = () => journeyLensWebview(s.page, `Preview ${JOURNEY}`);
    await runCommand(s.page, 'Journey Lens: Open Preview to the Side');
    await preview().locator('.step-head').first().waitFor();
    const file = join(s.workspace, JOURNEY);
    const text = readFileSync(file, 'utf8');
    unlinkSync(file);
    await preview().locator('.banner', { hasText: `${JOURNEY} has been deleted.` }).waitFor();
    await preview().locator('.step-head').first().waitFor({ state: 'detached' });
    writeFileSync(file, text);
    await preview().locator('.step-head').first().waitFor();
    await preview().locator('.banner', { hasText: 'has been deleted' }).waitFor({ state: 'detached' });
  });
});
