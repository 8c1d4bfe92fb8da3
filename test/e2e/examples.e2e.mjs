// The bundled example journeys in the preview, as a new user opens them, in a
// light, a dark and both high-contrast themes: each preview shows the
// journey's steps, its handoff arrows and exactly the findings the command
// line reports for that file. One screenshot per journey and theme.
import assert from 'assert';
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { ROOT } from '../runner/workbench.mjs';
import { journeyLensWebview, quickOpen, runCommand, setColorTheme } from './actions.mjs';
import { openSession, slug } from './session.mjs';

const EXAMPLES = ['verhuizing.journey.yaml', 'opzeggen.journey.yaml', 'insurance-claim.journey.yaml'];
const THEMES = ['Light Modern', 'Dark Modern', 'Dark High Contrast', 'Light High Contrast'];

/** What the command line finds per example file and check: the same engine, outside VS Code. */
function expectedCounts() {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', 'examples', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const counts = {};
  for (const f of JSON.parse(r.stdout)) {
    const file = f.file.split('/').pop();
    counts[file] ??= {};
    counts[file][f.rule] = (counts[file][f.rule] ?? 0) + 1;
  }
  return counts;
}

/** The one preview, whichever journey it follows (its title changes with it). */
const preview = (page) => journeyLensWebview(page);

describe('the example journeys in the preview, in four themes', function () {
  this.timeout(300_000);
  let s;
  const expected = expectedCounts();
  const journeys = Object.fromEntries(EXAMPLES.map((name) => [name, parse(readFileSync(join(ROOT, 'examples', name), 'utf8'))]));

  before(async () => {
    s = await openSession({ workspaceFrom: join(ROOT, 'examples') });
    await quickOpen(s.page, EXAMPLES[0]);
    await runCommand(s.page, 'Journey Lens: Open Preview to the Side');
    await preview(s.page).locator('.grid').waitFor();
  });
  after(async () => s?.close());

  for (const theme of THEMES) {
    it(`shows every example's steps, handoffs and findings in ${theme}`, async function () {
      // The theme picker takes keys from the workbench, not from the preview: focus an editor.
      await quickOpen(s.page, EXAMPLES[0]);
      if (theme !== 'Light Modern' || (await s.page.locator('.monaco-workbench.vs-dark, .monaco-workbench.hc-black, .monaco-workbench.hc-light').count()) > 0) {
        await setColorTheme(s.page, theme);
      }
      for (const name of EXAMPLES) {
        const journey = journeys[name];
        await quickOpen(s.page, name);
        // The preview follows the active journey editor.
        await preview(s.page).locator('h1', { hasText: journey.journey }).waitFor();
        const ids = (await preview(s.page).locator('.step-head .id').allTextContents()).map((t) => t.trim());
        assert.deepStrictEqual(ids, journey.steps.map((st) => st.id), name);
        const handoffs = journey.steps.flatMap((st) => st.process ?? []).filter((t) => t.handoff).length;
        if (handoffs > 0) await preview(s.page).locator('svg.arrows path.arrow').first().waitFor();
        const chips = await preview(s.page).locator('.summary .chip').evaluateAll((els) => els.map((el) => [el.querySelector('.rule').textContent, Number(el.querySelector('.count').textContent)]));
        assert.deepStrictEqual(Object.fromEntries(chips), expected[name], `${name}: the preview's findings per check`);
        await s.record(`examples-${slug(theme)}-${slug(name)}`, false);
      }
    });
  }
});
