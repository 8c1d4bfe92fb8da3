// The packaged extension, as a user gets it: install the .vsix into a fresh
// code-server, check that it activates and reports a finding, and follow the
// walkthrough from a new journey to a clean journey with its preview open.
import assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { editorLines, journeyLensWebview, problemRow, quickOpen, showProblems } from './actions.mjs';
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

  it('follows the walkthrough: a new journey, its preview, a quick fix, the workspace check', async () => {
    const p = s.page;
    const input = p.locator('.quick-input-widget .quick-input-box input');
    const step = (id) => p.locator(`.getting-started-step[data-step-id="journey-lens.journey-lens#gettingStarted#${id}"]`);
    const done = (id) => step(id).locator('.codicon-getting-started-step-checked').waitFor();
    const walkthroughTab = () => p.locator('.tabs-container .tab', { hasText: 'Walkthrough: Journey Lens' }).click();
    const preview = journeyLensWebview(p, 'Preview report-a-move.journey.yaml');

    // Help > Welcome lists the walkthrough; the palette opens it directly.
    await p.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Welcome: Open Walkthrough...');
    await p.locator('.quick-input-list .monaco-list-row.focused[aria-label*="Open Walkthrough"]').waitFor();
    await p.keyboard.press('Enter');
    await p.locator('.quick-input-list .monaco-list-row[aria-label*="Get started with Journey Lens"]').click();

    // 1. A first journey from the template, in English, with the offered title.
    await step('create').getByRole('button', { name: 'New Journey' }).click();
    await p.locator('.quick-input-list .monaco-list-row[aria-label*="English"]').click();
    // The same box then asks for the title: wait for its question, not just the box.
    await p.locator('.quick-input-widget .quick-input-message', { hasText: 'Title of the journey' }).waitFor();
    await p.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-box input')?.value === 'Report a move');
    // Pressed in the box itself: the walkthrough page may have taken the keyboard focus back.
    await input.press('Enter');
    await editorLines(p, 'report-a-move.journey.yaml').getByText('journey: Report a move').waitFor();
    await p.keyboard.press('Escape');
    await walkthroughTab();
    await done('create');

    // 2. Its service blueprint, with the keys the step's tip gives (Ctrl+K V) in the journey's
    // editor: no findings on the template. (The step's button does the same, but when the
    // walkthrough's own page, a webview too, reloads at the same moment, code-server can leave
    // the new webview waiting for its service worker: a blank panel that fails this test.)
    await step('preview').locator('.step-title, h3').first().click();
    await step('preview').getByText('Ctrl').first().waitFor();
    await p.locator('.tabs-container .tab[data-resource-name="report-a-move.journey.yaml"]').click();
    await editorLines(p, 'report-a-move.journey.yaml').click();
    await p.keyboard.press('Control+K');
    await p.keyboard.press('V');
    await preview.locator('h1', { hasText: 'Report a move' }).waitFor();
    await preview.locator('.summary.none').waitFor();
    await walkthroughTab();
    await done('preview');

    // 3. Break it as the step says (no fallback on the website), then fix it with Ctrl+.
    await p.locator('.tabs-container .tab[data-resource-name="report-a-move.journey.yaml"]').click();
    // Find the website step's fallback, delete its line, and put the cursor on 'website' above it.
    await p.keyboard.press('Control+F');
    await p.locator('.find-widget.visible textarea, .find-widget.visible input').first().fill('fallback: phone-line');
    await p.locator('.find-widget.visible .matchesCount', { hasText: /^1 of 1$/ }).waitFor();
    await p.keyboard.press('Escape');
    await p.keyboard.press('Control+Shift+K');
    await preview.locator('.summary .chip', { hasText: 'fallback-missing' }).waitFor();
    await p.keyboard.press('ArrowUp');
    await p.keyboard.press('End');
    await p.keyboard.press('ArrowLeft');
    // The preview updates as the text changes; the diagnostic comes after the check's debounce.
    await p.locator('.monaco-editor[data-uri$="report-a-move.journey.yaml"] .squiggly-warning').waitFor();
    await p.keyboard.press('Control+.');
    await p.locator('.action-widget .monaco-list-row.focused[aria-label="Add fallback \'phone-line\'"]').waitFor();
    await p.keyboard.press('Enter');
    await editorLines(p, 'report-a-move.journey.yaml').getByText('fallback: phone-line').waitFor();
    await preview.locator('.summary.none').waitFor();
    await walkthroughTab();
    await done('fix');

    // 4. Every journey of the workspace in the Problems panel.
    await step('check').locator('.step-title, h3').first().click();
    await step('check').getByRole('button', { name: 'Check All Journeys' }).click();
    await p.locator('.notifications-toasts', { hasText: 'Journey Lens checked' }).waitFor();
    await done('check');

    // The end: a clean journey with its preview open.
    await preview.locator('.summary.none').waitFor();
    assert.strictEqual(await preview.locator('.step-head .id').count(), 2);
  });
});
