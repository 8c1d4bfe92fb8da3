/// <reference lib="dom" />
/**
 * `journey-lens report examples --format html` in Chromium: the page opens
 * without network and shows its tables with the examples' rows.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { PreviewPage, ROOT, SCREENSHOTS } from './page';

describe('the portfolio report from the command line (Chromium)', function () {
  this.timeout(60000);
  let browser: PreviewPage;
  let page: Page;

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await PreviewPage.start();
  });
  after(async () => {
    await page?.context().close();
    await browser?.stop();
  });

  it('opens without network and shows the journeys, partners, handoffs and channels of the examples', async () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'report', 'examples', '--format', 'html'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const opened = await browser.openHtml(r.stdout, { width: 1280, height: 1000 });
    page = opened.page;
    assert.deepStrictEqual(opened.requests, []);
    // Journeys, partners, handoffs, channels, the evidence of the example with a log, and its evidence findings once the checks report them.
    assert.ok([5, 6].includes(await page.locator('table').count()));
    const journeys = await page.locator('table').first().locator('tbody tr').allTextContents();
    assert.deepStrictEqual(journeys.map((row) => /Car damage claim|Energiecontract opzeggen|Jaarafrekening betwisten|Verhuizing doorgeven/.exec(row)?.[0]), ['Car damage claim', 'Jaarafrekening betwisten', 'Energiecontract opzeggen', 'Verhuizing doorgeven']);
    assert.match(await page.locator('#evidence table').textContent() ?? '', /Jaarafrekening betwisten[\s\S]*200/);
    for (const table of await page.locator('table').all()) {
      assert.ok(await table.locator('caption').isVisible(), 'every table has a visible caption');
      assert.ok((await table.locator('tbody tr').count()) > 0, `${await table.locator('caption').textContent()}: no rows`);
    }
    // The partner two journeys depend on (the grid operator) comes first, with the steps that use it.
    assert.match(await page.locator('table').nth(1).textContent() ?? '', /Stedin[\s\S]*Energiecontract opzeggen: afronding[\s\S]*Verhuizing doorgeven: aanvragen/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-examples.png'), fullPage: true });
  });
});
