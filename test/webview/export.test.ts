/// <reference lib="dom" />
/**
 * The exported HTML in Chromium: it opens without network, shows the
 * blueprint with its icons, and runs no script.
 */
import * as assert from 'assert';
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { exportHtml, type ViewMode } from '../../src/core';
import { blueprintOf, BRANCHED, EXAMPLE } from './journeys';
import { exportCss, PreviewPage, SCREENSHOTS } from './page';

describe('exported HTML (Chromium)', function () {
  this.timeout(60000);
  let preview: PreviewPage;
  let page: Page;

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    preview = await PreviewPage.start();
  });
  after(async () => {
    await preview?.stop();
  });
  afterEach(async () => {
    await page?.context().close();
  });

  async function openExport(view: ViewMode, text = EXAMPLE): Promise<{ requests: string[] }> {
    const html = exportHtml(await blueprintOf(text), { view, css: exportCss() });
    writeFileSync(path.join(SCREENSHOTS, `export-${view}.html`), html);
    const opened = await preview.openHtml(html, { width: 1280, height: 1000 });
    page = opened.page;
    await page.evaluate(() => document.fonts.ready);
    return { requests: opened.requests };
  }

  it('opens without network and looks like the preview, icons included', async () => {
    const { requests } = await openExport('blueprint');
    assert.deepStrictEqual(requests, []);
    assert.deepStrictEqual(await page.locator('[role=rowheader] .lane-name').allTextContents(), ['Customer', 'Emotion', 'Front office', 'Back office', 'Partners', 'Systems']);
    assert.strictEqual(await page.locator('script').count(), 0);
    assert.ok(await page.evaluate(() => document.fonts.check('16px codicon')), 'the codicon font is loaded from the file itself');
    assert.strictEqual(await page.locator('.codicon').first().evaluate((el) => getComputedStyle(el).fontFamily), 'codicon');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-blueprint.png') });
  });

  it('shows every step of the walkthrough, without buttons', async () => {
    await openExport('walkthrough');
    assert.strictEqual(await page.locator('article.wt-step').count(), 4);
    assert.strictEqual(await page.locator('button').count(), 0);
  });

  it('draws the branches, the partner legend and the full cells, without the preview\'s zoom and overview', async () => {
    await openExport('blueprint', BRANCHED);
    assert.strictEqual(await page.locator('.paths .path-node').count(), 6);
    assert.strictEqual(await page.locator('.paths .path-edge.loop').count(), 1);
    assert.deepStrictEqual(await page.locator('.partner-legend dt').allTextContents(), ['Gemeente']);
    assert.match(await page.locator('.grid').getAttribute('class') ?? '', /zoom-full/);
    assert.strictEqual(await page.locator('.overview, .zoom-bar').count(), 0);
    assert.strictEqual(await page.locator('.measures').textContent(), 'Measures: NPS +30 · CES < 2');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-branches.png') });
  });
});
