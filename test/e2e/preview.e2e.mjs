// The journey preview in the real workbench: open it beside the editor, click
// a cell and see the cursor move, move the cursor and see the cell light up,
// type and see the preview follow, reload and see it restored; and how it
// looks in light, dark and high-contrast themes.
import assert from 'assert';
import { editorLines, goToLine, journeyLensWebview, quickOpen, runCommand, setColorTheme } from './actions.mjs';
import { openSession, slug } from './session.mjs';

const JOURNEY = 'move.journey.yaml';

/** The preview page, inside VS Code's webview frames (re-resolved on every use). */
function preview(page) {
  return journeyLensWebview(page, `Preview ${JOURNEY}`);
}

function activeLine(page, line) {
  return page.locator(`.monaco-editor[data-uri$="${JOURNEY}"] .line-numbers.active-line-number`, { hasText: new RegExp(`^${line}$`) });
}

describe('the journey preview in the workbench', function () {
  this.timeout(180_000);
  let s;
  before(async () => {
    s = await openSession();
    await quickOpen(s.page, JOURNEY);
  });
  after(async () => s?.close());
  // Each test opens the preview itself when it is not showing, so that none
  // leans on the one before it (each also runs alone: mocha --grep).
  beforeEach(async () => {
    if (await preview(s.page).locator('.grid').isVisible()) return;
    await quickOpen(s.page, JOURNEY);
    await runCommand(s.page, 'Journey Lens: Open Preview to the Side');
    await preview(s.page).locator('.grid').waitFor();
  });
  afterEach(async function () {
    await s?.record(`preview-${slug(this.currentTest.title)}`, this.currentTest.state === 'failed');
  });

  it('opens to the side and shows the steps, tasks and findings', async () => {
    const ids = await preview(s.page).locator('.step-head .id').allTextContents();
    assert.deepStrictEqual(ids.map((t) => t.trim()), ['informeren', 'aanvragen']);
    await preview(s.page).locator('[data-select="task-1-1"]').waitFor();
    assert.match(await preview(s.page).locator('body').innerText(), /fallback-missing/);
  });

  it('selects the YAML of a clicked task in the editor', async () => {
    await preview(s.page).locator('[data-select="task-1-1"] .does').click();
    await activeLine(s.page, 17).waitFor();
  });

  it('highlights the step under the editor cursor', async () => {
    await editorLines(s.page, JOURNEY).click();
    await goToLine(s.page, 9, 14);
    const lit = preview(s.page).locator('.is-highlighted').first();
    await lit.waitFor();
    assert.match(await lit.getAttribute('data-select'), /^step-0$/);
  });

  it('follows typing', async () => {
    await goToLine(s.page, 1, 10);
    await s.page.keyboard.type('Nieuwe ');
    await preview(s.page).locator('h1', { hasText: 'Nieuwe Verhuizing doorgeven' }).waitFor();
  });

  it('comes back after a reload, in the view it was left in', async () => {
    await preview(s.page).getByRole('tab', { name: 'Employee journey' }).click();
    await preview(s.page).locator('.view-employee').waitFor();
    await s.page.keyboard.press('Control+S');
    // Reload through VS Code: a browser reload would drop the workbench's saved editors.
    await runCommand(s.page, 'Developer: Reload Window');
    await s.page.waitForLoadState('load');
    await s.page.locator('.monaco-workbench').waitFor();
    await preview(s.page).locator('.view-employee .grid').waitFor({ timeout: 60_000 });
  });
});

describe('the journey preview in other colour themes', function () {
  this.timeout(180_000);
  let s;
  before(async () => {
    s = await openSession();
    await quickOpen(s.page, JOURNEY);
    await runCommand(s.page, 'Journey Lens: Open Preview to the Side');
    await preview(s.page).locator('.grid').waitFor();
  });
  after(async () => s?.close());

  for (const theme of ['Dark Modern', 'Dark High Contrast', 'Light High Contrast']) {
    it(`takes its colours from ${theme}`, async function () {
      const light = await preview(s.page).locator('body').evaluate((b) => getComputedStyle(b).color);
      // Keys typed while the preview has focus go to the webview, not the workbench.
      await editorLines(s.page, JOURNEY).click();
      await setColorTheme(s.page, theme);
      // The page follows the theme: its text colour changes with the workbench's.
      await preview(s.page).locator('body').evaluate((b, before) => new Promise((resolve) => {
        const check = () => (getComputedStyle(b).color !== before ? resolve() : requestAnimationFrame(check));
        check();
      }), light);
      await s.record(`preview-theme-${slug(theme)}`, false);
    });
  }
});
