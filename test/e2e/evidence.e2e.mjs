// Evidence in the workbench, as an analyst opens the example journey with its
// event log: the evidence findings in the Problems panel, the preview's
// Evidence overlay (figures per step, the undesigned path between the step
// columns) with exactly the findings the command line reports, and the Lived
// journey view. Screenshots for the docs go to test-output/e2e.
import assert from 'assert';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { ROOT } from '../runner/workbench.mjs';
import { journeyLensWebview, problemRow, quickOpen, runCommand, showProblems } from './actions.mjs';
import { openSession, slug } from './session.mjs';

const JOURNEY = 'jaarafrekening.journey.yaml';

/** What the command line reports for the journey, per check: the same engine and log, outside VS Code. */
function expectedCounts() {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', join('examples', JOURNEY), '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const counts = {};
  for (const f of JSON.parse(r.stdout)) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}

const preview = (page) => journeyLensWebview(page);

describe('evidence in the workbench', function () {
  this.timeout(180_000);
  let s;
  before(async () => {
    s = await openSession({ workspaceFrom: join(ROOT, 'examples') });
    await quickOpen(s.page, JOURNEY);
  });
  after(async () => s?.close());
  afterEach(async function () {
    await s?.record(`evidence-${slug(this.currentTest.title)}`, this.currentTest.state === 'failed');
  });

  it('lists the evidence findings in the Problems panel, with their figures', async () => {
    await showProblems(s.page);
    await problemRow(s.page, "32 cases go from step 'melden' straight to 'corrigeren'").waitFor({ timeout: 60_000 });
    const pingpong = await problemRow(s.page, 'the work goes back and forth between actors').innerText();
    assert.match(pingpong, /In 32 cases of step 'meterstanden-controleren' \(19%\)/);
  });

  it('draws the Evidence overlay on the blueprint with the findings the command line reports', async () => {
    await runCommand(s.page, 'Journey Lens: Open Preview to the Side');
    const first = preview(s.page).locator('.evidence-cell .ev-cases').first();
    await first.waitFor();
    assert.match(await first.innerText(), /200/);
    const paths = await preview(s.page).locator('.lane-paths .paths-cell').getAttribute('aria-label');
    assert.match(paths, /melden → corrigeren/);
    const chips = await preview(s.page).locator('.summary .chip').evaluateAll((els) => els.map((el) => [el.querySelector('.rule').textContent, Number(el.querySelector('.count').textContent)]));
    assert.deepStrictEqual(Object.fromEntries(chips), expectedCounts());
  });

  it('shows the Lived journey: the steps as customers went through them', async () => {
    await preview(s.page).getByRole('tab', { name: 'Lived journey' }).click();
    const graph = preview(s.page).locator('.lived-graph');
    await graph.waitFor();
    assert.match(await preview(s.page).locator('.lived-total').innerText(), /200/);
    assert.doesNotMatch(await preview(s.page).locator('.lived').innerText(), /JA-2026-/, 'no case id anywhere');
  });
});

describe('evidence in an untrusted workspace', function () {
  this.timeout(180_000);
  let s;
  before(async () => {
    s = await openSession({
      workspaceFrom: join(ROOT, 'examples'),
      workspaceTrust: true,
      // Restricted Mode without the startup question, as a workspace from an unknown source opens.
      settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open' },
    });
    await quickOpen(s.page, JOURNEY);
  });
  after(async () => s?.close());
  afterEach(async function () {
    await s?.record(`evidence-untrusted-${slug(this.currentTest.title)}`, this.currentTest.state === 'failed');
  });

  it('reads no log until the workspace is trusted, then shows the evidence findings', async () => {
    await runCommand(s.page, 'Journey Lens: Open Preview to the Side');
    // The preview is drawn from a finished check: the journey is checked, its log not read.
    await preview(s.page).locator('.grid').waitFor();
    assert.strictEqual(await preview(s.page).locator('.evidence-cell').count(), 0, 'no overlay without trust');
    await showProblems(s.page);
    assert.strictEqual(await problemRow(s.page, 'observed-').count(), 0, 'no evidence findings without trust');
    await runCommand(s.page, 'Workspaces: Manage Workspace Trust');
    await s.page.getByRole('button', { name: 'Trust', exact: true }).first().click();
    await problemRow(s.page, "32 cases go from step 'melden' straight to 'corrigeren'").waitFor({ timeout: 60_000 });
    await preview(s.page).locator('.evidence-cell .ev-cases').first().waitFor();
  });
});
