// A long journey with branches in the preview beside the editor, as a new
// user opens it: the preview's Fit button puts every
// step column in the side panel, with the forks drawn as forks. Screenshots
// go to test-output/e2e (the README shows one).
import assert from 'assert';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { journeyLensWebview, quickOpen, runCommand } from './actions.mjs';
import { openSession, slug } from './session.mjs';

const JOURNEY = 'vertakt.journey.yaml';
const STEPS = 36;

/** `n` steps with a fork every six (s1 → s2 | s3, both joining at s4, ...), each with a handoff. */
function branchedJourney(n) {
  const steps = Array.from({ length: n }, (_, i) => {
    const next = i === n - 1 ? '' : i % 6 === 1 && i + 2 < n ? `\n    next: [s${i + 1}, s${i + 2}]` : i % 6 === 2 && i + 2 < n ? `\n    next: [s${i + 2}]` : '';
    return `  - id: s${i}\n    customer: Stap ${i} van de klant\n    channel: telefoon\n    emotion: ${(i % 5) - 2}${next}\n    process:\n      - team: balie\n        does: Helpt\n        handoff:\n          to: backoffice\n          gives: dossier\n          within: 1 day\n      - team: backoffice\n        does: Verwerkt`;
  }).join('\n');
  return `journey: Vertakte reis\nowner: Ans\nneed: Geholpen worden\noutcome: Geholpen\nchannels:\n  telefoon: { name: Telefoon, kind: phone }\nteams:\n  balie: { name: Balie, line: front }\n  backoffice: { name: Backoffice }\nsteps:\n${steps}\n`;
}

describe('a 36-step journey with branches, seen whole beside the editor', function () {
  this.timeout(180_000);
  let s;
  before(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jl-whole-'));
    writeFileSync(join(folder, JOURNEY), branchedJourney(STEPS));
    s = await openSession({ workspaceFrom: folder });
    await quickOpen(s.page, JOURNEY);
    await runCommand(s.page, 'Journey Lens: Open Preview to the Side');
    await journeyLensWebview(s.page).locator('.grid').waitFor();
  });
  after(async () => s?.close());
  afterEach(async function () {
    await s?.record(`preview-whole-${slug(this.currentTest.title)}`, this.currentTest.state === 'failed');
  });

  it('fits every step column into the side panel, with the forks drawn as forks', async () => {
    const preview = journeyLensWebview(s.page);
    // The button in the preview's toolbar (the palette offers the command while the preview has the focus).
    await preview.getByRole('button', { name: 'Fit' }).click();
    await preview.locator('.grid.zoom-tiny, .grid.zoom-compact').waitFor();
    const width = await preview.locator('body').evaluate(() => document.documentElement.clientWidth);
    const heads = await preview.locator('.step-head').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    assert.strictEqual(heads.length, STEPS);
    for (const [i, right] of heads.entries()) assert.ok(right <= width + 0.5, `step ${i + 1} ends at ${right}, inside the ${width}-pixel panel`);
    assert.ok(await preview.locator('.paths .path-node.fork').count() >= 5, 'the forks');
  });

  it('zooms the preview, not the window, with Ctrl + and Ctrl − while the preview has the focus', async () => {
    const preview = journeyLensWebview(s.page);
    const fit = preview.getByRole('button', { name: 'Fit' });
    await fit.click();
    await preview.locator('.grid.zoom-tiny, .grid.zoom-compact').waitFor();
    const before = await s.page.evaluate(() => window.devicePixelRatio);
    await preview.locator('.step-head').first().click();
    await s.page.keyboard.press('Control+Equal');
    // Zooming in from Fit leaves Fit: the button is no longer pressed, the columns are wider.
    await preview.locator('button[aria-pressed="false"]', { hasText: 'Fit' }).waitFor();
    assert.strictEqual(await s.page.evaluate(() => window.devicePixelRatio), before, 'the workbench did not zoom');
  });
});
