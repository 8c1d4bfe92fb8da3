/// <reference lib="dom" />
/**
 * Hostile journey text in Chromium, everywhere Journey Lens renders it: the
 * preview (all four views), the exported HTML (each view) and the portfolio
 * report. Each payload would set window.__xss if it ran; none may run, the
 * CSP must not have had to block anything (a blocked script is an escaping
 * bug that only the CSP caught), and the text must read exactly as written,
 * bidi and zero-width characters included.
 */
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { analyseText, buildPortfolio, CatalogCache, exportHtml, parseDate, renderHtml, type ViewMode } from '../../src/core';
import { blueprintOf, update } from './journeys';
import { exportCss, PreviewPage, send, violations } from './page';

/** Each payload, as the analyst would see it written in the YAML. */
const PAYLOAD = {
  tag: '<img src=x onerror=window.__xss=1>',
  script: '<script>window.__xss=2</script>',
  attribute: '" onmouseover="window.__xss=3" x="',
  link: 'javascript:window.__xss=4',
  style: '</style><script>window.__xss=5</script><style>',
  css: '*/ body { display: none } /*',
  bidi: 'factuur \u202Etxt.exe\u202C betalen',
  zeroWidth: 'klant\u200Bnummer\u2060 en \uFEFFiban',
};

/** YAML double-quoted strings, so every character goes in as written. */
const q = (s: string): string => JSON.stringify(s);

const HOSTILE = `journey: ${q(PAYLOAD.script)}
owner: ${q(PAYLOAD.attribute)}
reviewed: 2026-01-01
need: ${q(PAYLOAD.link)}
outcome: ${q(PAYLOAD.css)}
channels:
  site: { kind: web, name: ${q(PAYLOAD.style)} }
teams:
  a: { name: ${q(PAYLOAD.tag)}, line: front }
  b: { name: ${q(PAYLOAD.bidi)} }
partners:
  p: { name: ${q(PAYLOAD.link)}, agreement: ${q(PAYLOAD.attribute)}, fallback: ${q(PAYLOAD.script)} }
steps:
  - id: s1
    stage: ${q(PAYLOAD.style)}
    customer: ${q(PAYLOAD.tag)}
    channel: site
    fallback: [phone]
    script: ${q(PAYLOAD.script)}
    promise: { says: ${q(PAYLOAD.bidi)}, by: a, within: 2 days }
    partners: [p]
    process:
      - team: a
        does: ${q(PAYLOAD.zeroWidth)}
        handoff: { to: b, gives: ${q(PAYLOAD.css)}, within: 1 day }
      - team: b
        does: ${q(PAYLOAD.link)}
`;

async function noneRan(page: Page, where: string): Promise<void> {
  // Hover everything once, so an injected onmouseover would have had its chance.
  for (const el of await page.locator('body *:visible').all()) await el.hover({ force: true, timeout: 1000 }).catch(() => undefined);
  assert.strictEqual(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, `${where}: a payload ran`);
  assert.deepStrictEqual(await violations(page), [], `${where}: the CSP had to block something`);
  assert.strictEqual(await page.locator('body img, body script:not([nonce]), body iframe, body a[href^="javascript" i]').count(), 0, `${where}: markup from the journey`);
  assert.strictEqual(await page.locator('[onerror], [onload], [onmouseover], [onclick]').count(), 0, `${where}: an event handler from the journey`);
}

/** The text the page shows: the payloads must be there character for character. */
async function shows(page: Page, payloads: readonly string[], where: string): Promise<void> {
  const text = await page.evaluate(() => document.body.textContent ?? '');
  for (const p of payloads) assert.ok(text.includes(p), `${where}: ${JSON.stringify(p)} is not shown as written`);
}

describe('hostile journey text (Chromium)', function () {
  this.timeout(60000);
  let preview: PreviewPage;
  let page: Page;

  before(async () => {
    preview = await PreviewPage.start();
  });
  after(async () => {
    await preview?.stop();
  });
  afterEach(async () => {
    await page?.context().close();
  });

  it('the preview shows it as text in every view and runs none of it', async () => {
    page = await preview.open();
    await send(page, await update(HOSTILE));
    await page.locator('.grid').waitFor();
    const views = { 'Blueprint': [PAYLOAD.script, PAYLOAD.tag, PAYLOAD.zeroWidth, PAYLOAD.bidi, PAYLOAD.link, PAYLOAD.style], 'Customer journey': [PAYLOAD.tag, PAYLOAD.bidi], 'Employee journey': [PAYLOAD.zeroWidth, PAYLOAD.link], 'Walkthrough': [PAYLOAD.tag, PAYLOAD.script, PAYLOAD.bidi, PAYLOAD.zeroWidth] };
    for (const [view, payloads] of Object.entries(views)) {
      await page.getByRole('tab', { name: view }).click();
      await noneRan(page, view);
      await shows(page, payloads, view);
    }
    assert.deepStrictEqual(await violations(page), []);
  });

  for (const view of ['blueprint', 'customer', 'employee', 'walkthrough'] as ViewMode[]) {
    it(`the exported HTML (${view}) shows it as text and runs none of it`, async () => {
      ({ page } = await preview.openHtml(exportHtml(await blueprintOf(HOSTILE), { view, css: exportCss() })));
      await noneRan(page, `export ${view}`);
      await shows(page, [PAYLOAD.script, PAYLOAD.tag], `export ${view}`);
      // The style payload inside the page's own <style> must not end it: the page still has its looks.
      assert.notStrictEqual(await page.evaluate(() => getComputedStyle(document.body).display), 'none');
    });
  }

  it('the portfolio report shows it as text and runs none of it', async () => {
    const file = '/ws/evil.journey.yaml';
    const analysis = await analyseText(file, HOSTILE, { readFile: async () => undefined }, { today: '2026-11-23', catalogs: new CatalogCache() });
    const html = renderHtml(buildPortfolio([{ path: 'evil.journey.yaml', analysis }], parseDate('2026-11-23')!));
    ({ page } = await preview.openHtml(html));
    await noneRan(page, 'report');
    await shows(page, [PAYLOAD.script, PAYLOAD.attribute, PAYLOAD.link, PAYLOAD.tag, PAYLOAD.bidi], 'report');
  });
});
