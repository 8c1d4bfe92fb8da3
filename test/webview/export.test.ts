/// <reference lib="dom" />
/**
 * The exported HTML in Chromium: it opens without network, shows the
 * blueprint with its icons, and runs no script.
 */
import * as assert from 'assert';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { exportHtml, inlineFont } from '../../src/core/blueprint/export-html';
import type { ViewMode } from '../../src/core/blueprint/views/modes';
import { blueprintOf, EXAMPLE } from './journeys';
import { PreviewPage, ROOT, SCREENSHOTS } from './page';

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

  async function openExport(view: ViewMode): Promise<{ requests: string[] }> {
    const css = inlineFont(readFileSync(path.join(ROOT, 'media/preview.css'), 'utf8'), readFileSync(path.join(ROOT, 'media/codicon.ttf')).toString('base64'));
    const html = exportHtml(await blueprintOf(EXAMPLE), { view, css });
    writeFileSync(path.join(SCREENSHOTS, `export-${view}.html`), html);
    page = await preview.newPage({ width: 1280, height: 1000 });
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return { requests };
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
});
