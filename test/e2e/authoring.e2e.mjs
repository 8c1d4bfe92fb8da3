// A new user writes a journey from an empty file, without the Red Hat YAML
// extension (code-server here has only Journey Lens): every key, id and
// structure comes from completion (Ctrl+Space) and its snippets, the one
// finding is fixed with Ctrl+., and the file ends with no findings. Then the
// Journeys view answers "which journeys use partner netbeheerder?".
// Screenshots: docs/images/authoring-from-empty.png, docs/images/journeys-view-used-by.png.
import assert from 'assert';
import { copyFileSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../runner/workbench.mjs';
import { goToLine, problemRow, quickOpen, showProblems } from './actions.mjs';
import { OUTPUT, openSession, slug } from './session.mjs';

const FILE = 'storing.journey.yaml';
const SUGGEST = '.editor-widget.suggest-widget';

/** Ctrl+Space, narrows the list by typing `filter`, and accepts `label` once it is the focused item. */
async function complete(page, filter, label) {
  await page.keyboard.press('Control+Space');
  await page.locator(`${SUGGEST}.visible`).waitFor();
  if (filter) await page.keyboard.type(filter);
  const focused = page.locator(`${SUGGEST} .monaco-list-row.focused`);
  await focused.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).waitFor()
    .catch(async (e) => {
      throw new Error(`'${label}' is not the focused completion; focused: ${await focused.getAttribute('aria-label').catch(() => 'none')}\n${e.message}`);
    });
  await page.keyboard.press('Enter');
  await page.locator(`${SUGGEST}.visible`).waitFor({ state: 'hidden' });
}

/**
 * Ctrl+S, then the file's text once it is on disk and satisfies `ready`. The tab's unsaved
 * mark cannot be waited on: auto save may have cleared it already.
 */
async function saved(s, ready) {
  await s.page.keyboard.press('Control+S');
  const file = join(s.workspace, FILE);
  for (let tries = 0; ; tries++) {
    const text = readFileSync(file, 'utf8');
    if (ready(text) || tries === 100) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A new line at the end of the file with exactly `indent` spaces, whatever the editor's
 * auto-indent chose. Each key waits for the editor to have taken the one before (seen in the
 * status bar): on a loaded machine a Shift+Home sent before the Enter's indentation landed
 * selected nothing, and the line got both indentations.
 */
async function newLine(page, indent) {
  await page.keyboard.press('Control+End');
  // On the last line (the file is short enough to show every line number)...
  const lines = await page.locator(`.monaco-editor[data-uri$="${FILE}"] .line-numbers`).evaluateAll((ns) => Math.max(...ns.map((n) => Number(n.textContent))));
  await page.waitForFunction((line) => /Ln (\d+)/.exec(document.querySelector('[id="status.editor.selection"]')?.textContent ?? '')?.[1] === String(line), lines);
  await page.keyboard.press('Enter');
  // ...then on the new one below it.
  await page.waitForFunction((line) => /Ln (\d+)/.exec(document.querySelector('[id="status.editor.selection"]')?.textContent ?? '')?.[1] === String(line), lines + 1);
  await page.keyboard.press('Shift+Home');
  if (indent > 0) await page.keyboard.type(' '.repeat(indent));
  else await page.keyboard.press('Delete');
  await page.waitForFunction((col) => /Col (\d+)/.exec(document.querySelector('[id="status.editor.selection"]')?.textContent ?? '')?.[1] === String(col), indent + 1);
}

describe('writing a journey from an empty file, as a new user', function () {
  this.timeout(240_000);
  let s;
  before(async () => {
    // Enter accepts a completion, as VS Code does out of the box (the runner turns that off for
    // the other suites). Quick suggestions stay off as there: the same items come on Ctrl+Space,
    // and a list popping up while free text is typed cannot take the Enter or Tab meant for it.
    // Word-based suggestions are off: Playwright types faster than any person, and on a loaded
    // machine an answer to a space (a trigger character) that comes back once the next word has
    // begun makes VS Code ask again, its word-based provider too, so the Enter after
    // "de storing" took "Stroomstoring" from line 1. The items under test are Journey Lens's own.
    s = await openSession({ settings: { 'editor.acceptSuggestionOnEnter': 'on', 'editor.wordBasedSuggestions': 'off' } });
    writeFileSync(join(s.workspace, FILE), '');
    await quickOpen(s.page, FILE);
  });
  after(async () => s?.close());
  afterEach(async function () {
    await s?.record(`authoring-${slug(this.currentTest.title)}`, this.currentTest.state === 'failed');
  });

  it('writes the journey with completion and snippets only', async () => {
    const { page } = s;
    await page.locator(`.monaco-editor[data-uri$="${FILE}"] textarea`).focus();
    await complete(page, '', 'journey');
    await page.keyboard.type('Stroomstoring melden');
    await newLine(page, 0);
    await complete(page, 'ow', 'owner');
    await page.keyboard.type('Ans de Vries');
    await newLine(page, 0);
    await complete(page, 'ne', 'need');
    await page.keyboard.type('Ik heb weer stroom');
    await newLine(page, 0);
    await complete(page, 'out', 'outcome');
    await page.keyboard.type('De stroom is terug');
    await newLine(page, 0);
    await complete(page, 'us', 'uses');
    await complete(page, '', 'org.catalog.yaml');
    await newLine(page, 0);
    await complete(page, 'st', 'steps');
    await complete(page, 'id', 'id');
    await page.keyboard.type('melden');
    await newLine(page, 4);
    await complete(page, 'cu', 'customer');
    await page.keyboard.type('Belt over de storing');
    await newLine(page, 4);
    await complete(page, 'chan', 'channel');
    await complete(page, 'tel', 'telefoon');
    await newLine(page, 4);
    // The promise snippet: says, by and within, one Tab apart.
    await complete(page, 'Prom', 'Promise');
    await page.keyboard.type('We bellen terug als de stroom terug is');
    await page.keyboard.press('Tab');
    await page.keyboard.type('klant');
    await complete(page, '', 'klantenservice');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4 hours');
    await page.keyboard.press('Tab');
    await newLine(page, 4);
    await complete(page, 'proc', 'process');
    await complete(page, 'New', 'New task');
    await page.keyboard.type('klant');
    await complete(page, '', 'klantenservice');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Neemt de melding aan');
    // No system in this catalog: the snippet's system and instruction lines go (Ctrl+Shift+K).
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Shift+K');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Shift+K');
    await newLine(page, 8);
    // The handoff snippet writes block style: the commas in `gives` stay text.
    await complete(page, 'Hand', 'Handoff');
    await page.keyboard.type('netb');
    await complete(page, '', 'netbeheerder');
    await page.keyboard.press('Tab');
    await page.keyboard.type('adres, EAN-code en tijdstip');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2 hours');
    await page.keyboard.press('Tab');
    await newLine(page, 6);
    await page.keyboard.type('- ');
    await complete(page, 'part', 'partner');
    await complete(page, 'netb', 'netbeheerder');
    await newLine(page, 8);
    await complete(page, 'do', 'does');
    await page.keyboard.type('Herstelt de storing');
    await newLine(page, 8);
    await complete(page, 'wi', 'within');
    await page.keyboard.type('3 hours');
    await newLine(page, 4);
    await complete(page, 'en', 'end');
    await complete(page, '', 'true');
    assert.strictEqual(await saved(s, (text) => text.endsWith('end: true')), [
      'journey: Stroomstoring melden',
      'owner: Ans de Vries',
      'need: Ik heb weer stroom',
      'outcome: De stroom is terug',
      'uses: org.catalog.yaml',
      'steps:',
      '  - id: melden',
      '    customer: Belt over de storing',
      '    channel: telefoon',
      '    promise:',
      '      says: We bellen terug als de stroom terug is',
      '      by: klantenservice',
      '      within: 4 hours',
      '    process:',
      '      - team: klantenservice',
      '        does: Neemt de melding aan',
      '        handoff:',
      '          to: netbeheerder',
      '          gives: adres, EAN-code en tijdstip',
      '          within: 2 hours',
      '      - partner: netbeheerder',
      '        does: Herstelt de storing',
      '        within: 3 hours',
      '    end: true',
    ].join('\n'));
  });

  it('fixes the one finding with Ctrl+. and ends with none', async () => {
    const { page } = s;
    await showProblems(page);
    // 2 hours of handoff and 3 of the partner's work do not fit a promise of 4 hours.
    const risk = problemRow(page, 'The promise says 4 hours, but the handoffs and partner SLAs behind this step add up to 5 hours');
    await risk.waitFor();
    await goToLine(page, 13, 15);
    await page.keyboard.press('Control+.');
    // The lengthened promise is the first fix in the menu, focused: Enter applies it.
    await page.locator('.action-widget .monaco-list-row.focused[aria-label="Promise 5 hours: what the process takes"]').waitFor();
    await page.keyboard.press('Enter');
    await risk.waitFor({ state: 'detached' });
    assert.match(await saved(s, (text) => text.includes('5 hours')), /\n {6}within: 5 hours\n/);
    // Every other finding of the file would show under its name in the Problems panel.
    await page.locator('.markers-panel .monaco-list-row', { hasText: FILE }).waitFor({ state: 'detached' });
    await page.screenshot({ path: join(OUTPUT, 'authoring-from-empty.png') });
    copyFileSync(join(OUTPUT, 'authoring-from-empty.png'), join(ROOT, 'docs', 'images', 'authoring-from-empty.png'));
  });

  it('shows in the Journeys view which journeys and steps use partner netbeheerder', async () => {
    const { page } = s;
    // Room for the view: the folder's file list folds away and the panel closes.
    await page.locator('.pane-header', { hasText: /journey-lens-e2e/i }).click();
    await page.keyboard.press('Control+J');
    await page.locator('.part.panel').waitFor({ state: 'hidden' });
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^journeys/i }) });
    if (!(await view.locator('.pane-body').isVisible())) await view.locator('.pane-header').click();
    const row = (text) => view.locator('.monaco-list-row', { hasText: text });
    await row('Stroomstoring melden').first().waitFor();
    // The twisties unfold (a click on the row's text opens the file instead).
    await row('Test organisatie').locator('.monaco-tl-twistie').click();
    const partner = row('netbeheerder');
    await partner.waitFor();
    assert.match(await partner.innerText(), /used by/);
    await partner.locator('.monaco-tl-twistie').click();
    await row('Stroomstoring melden › melden').waitFor();
    // A wider side bar, so that "used by …" reads whole in the picture.
    const sash = await page.locator('.part.sidebar').boundingBox();
    await page.mouse.move(sash.x + sash.width + 1, 450);
    await page.mouse.down();
    await page.mouse.move(sash.x + sash.width + 260, 450, { steps: 5 });
    await page.mouse.up();
    await page.mouse.move(1100, 700);
    await page.screenshot({ path: join(OUTPUT, 'journeys-view-used-by.png') });
    copyFileSync(join(OUTPUT, 'journeys-view-used-by.png'), join(ROOT, 'docs', 'images', 'journeys-view-used-by.png'));
  });
});
