// The real-data trial of issue 15 in the workbench: the Volvo IT incident
// journey of test/real-data, with the real BPI Challenge 2013 log copied in
// from ../shared/data/eventlogs (never into the repository), opened as an
// analyst would. The Problems panel and the preview show the ping-pong
// between support teams and the undesigned paths, with the figures that the
// command line computes from the same log. Skipped, saying so, without the
// real logs. Screenshots go to test-output/e2e.
import assert from 'assert';
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { ROOT } from '../runner/workbench.mjs';
import { journeyLensWebview, problemRow, quickOpen, runCommand, showProblems } from './actions.mjs';
import { openSession, slug } from './session.mjs';

const LOGS = resolve(ROOT, '..', 'shared', 'data', 'eventlogs');
const LOG = 'bpic2013-incidents.xes.gz';
const JOURNEY = 'volvo-incidents.journey.yaml';

describe('the Volvo IT incident journey on its real log, in the workbench', function () {
  this.timeout(240_000);
  let s;
  let folder;
  let expected;
  before(async function () {
    if (!existsSync(join(LOGS, LOG))) {
      console.log(`    skipped: ${LOGS} is absent (the real logs live beside the repository, not in it)`);
      this.skip();
    }
    folder = mkdtempSync(join(tmpdir(), 'jl-real-e2e-'));
    copyFileSync(join(ROOT, 'test', 'real-data', JOURNEY), join(folder, JOURNEY));
    copyFileSync(join(LOGS, LOG), join(folder, LOG));
    // What the command line finds on the same files: the messages the workbench must show.
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', JOURNEY, '--format', 'json'], { cwd: folder, encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    expected = JSON.parse(r.stdout);
    s = await openSession({ workspaceFrom: folder });
    await quickOpen(s.page, JOURNEY);
  });
  after(async () => {
    await s?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  afterEach(async function () {
    await s?.record(`evidence-real-${slug(this.currentTest.title)}`, this.currentTest.state === 'failed');
  });

  it('shows the ping-pong between support teams and the undesigned paths in the Problems panel', async () => {
    const pingpong = expected.filter((f) => f.rule === 'observed-pingpong');
    const paths = expected.filter((f) => f.rule === 'observed-undesigned-path');
    assert.ok(pingpong.length > 0 && paths.length > 0, 'the command line finds both on the real log');
    await showProblems(s.page);
    for (const f of [...pingpong, ...paths]) {
      // The panel truncates long messages: their first words, which hold the figures, must be there.
      await problemRow(s.page, f.message.slice(0, 60)).waitFor({ timeout: 120_000 });
    }
  });

  it('draws the ping-pong and the undesigned paths on the blueprint', async () => {
    await runCommand(s.page, 'Journey Lens: Open Preview to the Side');
    const preview = journeyLensWebview(s.page);
    await preview.locator('.evidence-cell .ev-pingpong').first().waitFor({ timeout: 60_000 });
    assert.ok(await preview.locator('.lane-paths .paths-cell').count() === 1, 'the undesigned paths lane');
    const chips = await preview.locator('.summary .chip').evaluateAll((els) => els.map((el) => [el.querySelector('.rule').textContent, Number(el.querySelector('.count').textContent)]));
    const counts = {};
    for (const f of expected) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    assert.deepStrictEqual(Object.fromEntries(chips), counts);
  });
});
