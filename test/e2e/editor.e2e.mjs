// End to end, as an analyst: open a journey, read the Problems panel, fix a
// finding with Ctrl+., type and see the findings follow, run a palette command.
import assert from 'assert';
import { editorLines, goToLine, journeyLensWebview, problemRow, quickOpen, runCommand, showProblems } from './actions.mjs';
import { openSession, slug } from './session.mjs';

describe('Journey Lens in the workbench', function () {
  this.timeout(120_000);
  let s;
  before(async () => {
    s = await openSession();
  });
  after(async () => s?.close());
  afterEach(async function () {
    await s?.record(slug(this.currentTest.title), this.currentTest.state === 'failed');
  });

  it('shows a journey\'s findings in the Problems panel', async () => {
    await quickOpen(s.page, 'move.journey.yaml');
    await showProblems(s.page);
    const row = problemRow(s.page, "'website' is self-service");
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /Journey Lens/);
    assert.match(text, /\[Ln 9, Col 14\]/);
    await problemRow(s.page, "Work passes from 'klantenservice' to 'facturatie'").waitFor();
  });

  it('fixes a finding with Ctrl+. and the Problems panel follows', async () => {
    await goToLine(s.page, 9, 16);
    await s.page.keyboard.press('Control+.');
    // The preferred fix is focused in the menu: Enter applies it, as a keyboard user would.
    await s.page.locator('.action-widget .monaco-list-row.focused[aria-label="Add fallback \'telefoon\'"]').waitFor();
    await s.page.keyboard.press('Enter');
    await editorLines(s.page, 'move.journey.yaml').getByText('fallback: telefoon').waitFor();
    await problemRow(s.page, "'website' is self-service").waitFor({ state: 'detached' });
  });

  it('reports what the analyst types, with a suggestion', async () => {
    await goToLine(s.page, 13, 22);
    await s.page.keyboard.press('Backspace');
    await s.page.keyboard.press('Backspace');
    const row = problemRow(s.page, "Unknown channel 'telefo'. Did you mean 'telefoon'?");
    await row.waitFor();
    await s.page.keyboard.type('on');
    await row.waitFor({ state: 'detached' });
  });

  it('checks all journeys from the command palette', async () => {
    await runCommand(s.page, 'Journey Lens: Check All Journeys in Workspace');
    await s.page.locator('.notifications-toasts', { hasText: 'Journey Lens checked 3 files' }).waitFor();
    await problemRow(s.page, 'cancel.journey.yaml').or(problemRow(s.page, "Work passes from 'klantenservice'")).first().waitFor();
  });

  it('shows the portfolio report and opens a journey from it', async () => {
    await runCommand(s.page, 'Journey Lens: Show Portfolio Report');
    const report = journeyLensWebview(s.page, 'Journey Portfolio');
    await report.locator('h1').waitFor();
    const text = await report.locator('body').innerText();
    assert.match(text, /Verhuizing doorgeven/);
    assert.match(text, /Contract opzeggen/);
    await report.locator('table caption', { hasText: /journey/i }).first().waitFor();
    await report.locator('a', { hasText: 'Contract opzeggen' }).first().click();
    await s.page.locator('.tabs-container .tab.active[data-resource-name="cancel.journey.yaml"]').waitFor();
  });
});
