/// <reference lib="dom" />
/**
 * The preview page in Chromium: the built media/preview.js with a stand-in
 * for VS Code's webview API, fed `update` messages built by the real engine.
 */
import * as assert from 'assert';
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { EXAMPLE, longJourney, update, URI } from './journeys';
import { pageState, posted, PreviewPage, SCREENSHOTS, send, violations, type Theme } from './page';

const HOSTILE = `journey: "<img src=x onerror=window.__xss=1> <script>window.__xss=2</script>"
need: "javascript:window.__xss=3"
outcome: o
owner: "<b>bold</b>"
steps:
  - id: s1
    stage: "</div><script>window.__xss=4</script>"
    customer: "<img src=x onerror=window.__xss=5> klikt javascript:window.__xss=6"
    channel: phone
    script: "<script>window.__xss=7</script>"
    process:
      - team: "<svg onload=window.__xss=8>"
        does: '<a href="javascript:window.__xss=9">hier</a>'
`;

describe('preview page (Chromium)', function () {
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
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const file = path.join(SCREENSHOTS, `failed-${this.currentTest.title.replace(/\W+/g, '-')}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`      screenshot of the failure: ${file}`);
    }
    await page?.context().close();
  });

  async function openWith(text = EXAMPLE, theme: Theme = 'light', size?: { width: number; height: number }): Promise<Page> {
    page = await preview.open(theme, size);
    await send(page, await update(text));
    await page.locator('.grid').first().waitFor();
    return page;
  }

  const focusedKey = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.nav);

  it('draws the lanes, the step columns under their stages, and the emotion curve', async () => {
    await openWith();
    assert.deepStrictEqual(await page.locator('[role=rowheader] .lane-name').allTextContents(), ['Customer', 'Emotion', 'Front office', 'Back office', 'Partners', 'Systems']);
    assert.deepStrictEqual(await page.locator('.stages .stage').allTextContents(), ['Orientatie', 'Aanvraag', 'Afronding']);
    assert.deepStrictEqual(await page.locator('.step-head .id').allTextContents(), ['informeren', 'aanvragen', 'nakijken', 'bevestiging']);
    assert.deepStrictEqual(await page.locator('.line-cell').allTextContents(), ['Line of interaction', 'Line of visibility']);
    assert.strictEqual(await page.locator('.emotion circle.point').count(), 4);
    // One line through the column centres (the columns share the panel's width).
    const column = await page.locator('.step-head').first().evaluate((el) => el.getBoundingClientRect().width);
    const xs = (await page.locator('.emotion polyline').getAttribute('points') ?? '').split(' ').map((p) => Number(p.split(',')[0]));
    assert.deepStrictEqual(xs.map((x) => Math.round(x)), [0.5, 1.5, 2.5, 3.5].map((f) => Math.round(f * column)));
    assert.strictEqual(await page.locator('.step-head .marker.mot').count(), 1);
    assert.deepStrictEqual(await page.locator('.lane-front .card.task .does').allTextContents(),
      ['Beantwoordt vragen over verhuizen', 'Registreert de verhuizing', 'Zoekt de aanvraag op', 'Belt de klant terug']);
    assert.strictEqual(await page.locator('.customer-cell >> nth=0 >> .channel.self .tag').textContent(), 'self-service');
    assert.deepStrictEqual(await violations(page), []);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'blueprint-light.png') });
  });

  it('draws handoff arrows between the task cards: clear, unclear and ping-pong', async () => {
    await openWith();
    await page.locator('svg.arrows path.arrow').first().waitFor({ state: 'attached' });
    const arrows = await page.locator('svg.arrows path.arrow').evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-from'), p.getAttribute('data-to'), p.getAttribute('class')]));
    assert.deepStrictEqual(arrows, [
      ['task-1-0', 'task-1-1', 'arrow status-clear'],
      ['task-1-1', 'task-1-2', 'arrow status-clear'],
      ['task-2-0', 'task-2-1', 'arrow status-unclear'],
      ['task-2-1', 'task-2-2', 'arrow status-pingpong'],
    ]);
    // The ping-pong arrow runs up: from the back office to the front office.
    const d = await page.locator('path[data-to="task-2-2"]').getAttribute('d');
    const [, y1, , y2] = (d ?? '').match(/M [\d.]+ ([\d.]+) H ([\d.]+) V ([\d.]+) H/)?.map(Number) ?? [];
    assert.ok(y2 < y1, `ping-pong arrow should run upwards: ${d}`);
  });

  it('puts each finding on its cell, and counts them per check', async () => {
    await openWith();
    const findingsOf = (key: string) => page.locator(`[data-select="${key}"] > .findings .rule`).allTextContents();
    assert.deepStrictEqual(await findingsOf('step-1'), ['promise-at-risk']);
    assert.deepStrictEqual(await findingsOf('task-2-2'), ['handoff-pingpong']);
    assert.deepStrictEqual(await findingsOf('partner-1-0'), ['partner-no-agreement']);
    assert.strictEqual(await page.locator('[data-select="partner-1-0"] .finding.echo').count(), 1);
    assert.deepStrictEqual(await page.locator('.summary .chip').evaluateAll((cs) => cs.map((c) => c.textContent?.trim())),
      ['handoff-unclear 2', 'handoff-pingpong 1', 'partner-no-agreement 1', 'promise-at-risk 1', 'emotion-low-unaddressed 1']);
    assert.deepStrictEqual(await page.locator('.journey-findings .rule').allTextContents(), ['partner-no-agreement']);
  });

  it('tells the extension what was clicked: a cell, a task or a finding', async () => {
    await openWith();
    await page.locator('[data-select="task-1-1"] .does').click();
    await page.locator('[data-select="step-2"] .customer').click();
    await page.locator('[data-select="task-2-2"] .finding').click();
    await page.locator('.summary .chip').first().click();
    const selects = (await posted(page)).filter((m) => m.type === 'select');
    assert.deepStrictEqual(selects.map((m) => m.type === 'select' && m.key), ['task-1-1', 'step-2', 'finding-5', 'finding-3']);
    assert.deepStrictEqual(await page.locator('.is-selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-select'))), ['finding-3', 'finding-3']);
  });

  it('moves through the cells with the arrow keys, one stop in the tab order, Enter selects', async () => {
    await openWith();
    assert.strictEqual(await page.locator('.grid [tabindex="0"]').count(), 1);
    await page.locator('[data-select="step-0"].customer-cell').click();
    assert.strictEqual(await focusedKey(), 'step-0');
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await focusedKey(), 'step-1');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await focusedKey(), 'emotion');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await focusedKey(), 'task-1-0');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await focusedKey(), 'task-1-1');
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await focusedKey(), 'task-2-1');
    await page.keyboard.press('ArrowUp');
    assert.strictEqual(await focusedKey(), 'task-2-2');
    await page.keyboard.press('Home');
    assert.strictEqual(await focusedKey(), 'task-0-0');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await focusedKey(), 'cell-4-0');
    await page.keyboard.press('Control+Home');
    assert.strictEqual(await focusedKey(), 'head-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.strictEqual(await page.locator('.grid [tabindex="0"]').count(), 1);
    const last = (await posted(page)).filter((m) => m.type === 'select').pop();
    // With the journey and version the page drew it from, which the extension checks.
    assert.deepStrictEqual(last, { type: 'select', key: 'step-0', uri: URI, version: 1 });
  });

  it('switches views with the tabs, by mouse and by keyboard, and tells the extension', async () => {
    await openWith();
    await page.getByRole('tab', { name: 'Customer journey' }).click();
    assert.deepStrictEqual(await page.locator('[role=rowheader] .lane-name').allTextContents(), ['Customer', 'Emotion']);
    // A click puts the focus in the view; on the tabs, the arrow keys switch views.
    assert.strictEqual(await focusedKey(), 'head-0');
    await page.getByRole('tab', { name: 'Customer journey' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await page.getByRole('tab', { selected: true }).textContent(), 'Employee journey');
    assert.deepStrictEqual(await page.locator('[role=rowheader] .lane-name').allTextContents(), ['Klantenservice', 'Facturatie', 'Stedin']);
    assert.match(await page.locator('[data-select="task-1-1"]').textContent() ?? '', /Receives from Klantenservice: nieuw adres en verhuisdatum \(1 working day\).*Hands on to Stedin/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'employee-light.png') });
    const views = (await posted(page)).filter((m) => m.type === 'view').map((m) => m.type === 'view' && m.view);
    assert.deepStrictEqual(views, ['customer', 'employee']);
    assert.strictEqual((await pageState(page))?.view, 'employee');
  });

  it('walks through the journey one step at a time with the arrow keys and the buttons', async () => {
    await openWith();
    await page.getByRole('tab', { name: 'Walkthrough' }).click();
    const position = () => page.locator('.wt-position').textContent();
    assert.strictEqual(await position(), 'Step 1 of 4');
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await position(), 'Step 2 of 4');
    assert.match(await page.locator('.wt-script pre').textContent() ?? '', /Ik verhuis op 1 maart/);
    assert.deepStrictEqual(await page.locator('.wt-process li .does').allTextContents(), ['Registreert de verhuizing', 'Zet het contract over', 'Bevestigt de aansluiting']);
    assert.match(await page.locator('.wt-customer .promise').textContent() ?? '', /We bevestigen binnen 3 werkdagen/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'walkthrough-light.png') });
    await page.keyboard.press('End');
    assert.strictEqual(await position(), 'Step 4 of 4');
    assert.ok(await page.locator('.wt-next').isDisabled());
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await position(), 'Step 4 of 4');
    await page.keyboard.press('ArrowLeft');
    assert.strictEqual(await position(), 'Step 3 of 4');
    await page.locator('.wt-prev').click();
    assert.strictEqual(await position(), 'Step 2 of 4');
    // The button keeps the focus across the re-render, so Enter goes on.
    await page.keyboard.press('Enter');
    assert.strictEqual(await position(), 'Step 1 of 4');
    assert.ok(await page.locator('.wt-prev').isDisabled());
  });

  it('highlights the cell under the editor cursor and scrolls it into view; the walkthrough follows', async () => {
    await openWith(longJourney(40));
    await send(page, { type: 'highlight', key: 'task-35-1' });
    const card = page.locator('[data-select="task-35-1"]');
    assert.match(await card.getAttribute('class') ?? '', /is-highlighted/);
    assert.ok(await card.isVisible());
    const inView = await card.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const s = (el.closest('[data-scroller]') as HTMLElement).getBoundingClientRect();
      return r.left >= s.left && r.right <= s.right;
    });
    assert.ok(inView, 'the highlighted card is scrolled into view');
    await send(page, { type: 'highlight', key: undefined });
    assert.strictEqual(await page.locator('.is-highlighted').count(), 0);
    await page.getByRole('tab', { name: 'Walkthrough' }).click();
    await send(page, { type: 'highlight', key: 'task-12-0' });
    assert.strictEqual(await page.locator('.wt-position').textContent(), 'Step 13 of 40');
    assert.match(await page.locator('[data-select="task-12-0"]').getAttribute('class') ?? '', /is-highlighted/);
  });

  it('shows hostile journey text as text and runs none of it', async () => {
    page = await preview.open();
    await send(page, await update(HOSTILE));
    await page.locator('.grid').waitFor();
    for (const view of ['Blueprint', 'Customer journey', 'Employee journey', 'Walkthrough']) {
      await page.getByRole('tab', { name: view }).click();
      assert.strictEqual(await page.locator('#app img, #app script, #app b, #app a[href], #app svg[onload]').count(), 0, view);
      assert.strictEqual(await page.locator('#app [onerror], #app [onload], #app [onclick]').count(), 0, view);
    }
    assert.strictEqual(await page.locator('h1').textContent(), '<img src=x onerror=window.__xss=1> <script>window.__xss=2</script>');
    await page.getByRole('tab', { name: 'Blueprint' }).click();
    assert.match(await page.locator('.customer').textContent() ?? '', /^<img src=x onerror=window.__xss=5> klikt javascript:window.__xss=6$/);
    assert.strictEqual(await page.locator('.stage').textContent(), '</div><script>window.__xss=4</script>');
    assert.strictEqual(await page.locator('[data-select="task-0-0"] .does').textContent(), '<a href="javascript:window.__xss=9">hier</a>');
    assert.strictEqual(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.deepStrictEqual(await violations(page), []);
  });

  it('keeps view, scroll position and selection across updates and a reload', async () => {
    await openWith(longJourney(60), 'light', { width: 1000, height: 700 });
    await page.getByRole('tab', { name: 'Customer journey' }).click();
    await page.locator('[data-select="step-3"].customer-cell').click();
    await page.locator('[data-scroller]').evaluate((el) => { el.scrollLeft = 2000; });
    await page.waitForFunction(() => (JSON.parse(sessionStorage.getItem('state') || '{}').scroll?.customer?.left ?? 0) >= 1900);
    // An update (typing in the editor) keeps everything.
    await send(page, await update(longJourney(60), 2));
    assert.strictEqual(await page.getByRole('tab', { selected: true }).textContent(), 'Customer journey');
    assert.ok(await page.locator('[data-scroller]').evaluate((el) => el.scrollLeft) >= 1900);
    // A reload (VS Code restarting, or the panel being moved) revives from the state.
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    const ready = (await posted(page)).find((m) => m.type === 'ready');
    assert.deepStrictEqual(ready, { type: 'ready', view: 'customer' });
    await send(page, await update(longJourney(60), 2));
    assert.strictEqual(await page.getByRole('tab', { selected: true }).textContent(), 'Customer journey');
    assert.ok(await page.locator('[data-scroller]').evaluate((el) => el.scrollLeft) >= 1900);
    assert.match(await page.locator('[data-select="step-3"].customer-cell').getAttribute('class') ?? '', /is-selected/);
    assert.strictEqual((await pageState(page))?.uri, 'file:///ws/verhuizing.journey.yaml');
  });

  it('ignores an update for an older version, and marks a stale blueprint', async () => {
    await openWith();
    await send(page, await update(EXAMPLE.replace('Verhuizing doorgeven', 'Versie drie'), 3));
    await send(page, await update(EXAMPLE.replace('Verhuizing doorgeven', 'Versie twee'), 2));
    assert.strictEqual(await page.locator('h1').textContent(), 'Versie drie');
    await send(page, await update(EXAMPLE, 4, { stale: true }));
    assert.match(await page.locator('.banner.stale').textContent() ?? '', /last version that could be read/);
  });

  it('speaks the display language VS Code sends: Dutch for nl, English otherwise', async () => {
    page = await preview.open();
    await send(page, await update(EXAMPLE, 1, { language: 'nl' }));
    assert.deepStrictEqual(await page.getByRole('tab').allTextContents(), ['Blueprint', 'Klantreis', 'Medewerkersreis', 'Stap voor stap', 'Geleefde reis']);
    assert.deepStrictEqual(await page.locator('[role=rowheader] .lane-name').allTextContents(), ['Klant', 'Emotie', 'Frontoffice', 'Backoffice', 'Partners', 'Systemen']);
    await page.getByRole('tab', { name: 'Stap voor stap' }).click();
    assert.strictEqual(await page.locator('.wt-position').textContent(), 'Stap 1 van 4');
    await send(page, await update(EXAMPLE, 2, { language: 'en' }));
    assert.strictEqual(await page.locator('.wt-position').textContent(), 'Step 1 of 4');
  });

  it('applies edits by changing only what differs, and ends as a fresh render would', async () => {
    await openWith();
    /** The page's markup without what the page adds after rendering (arrows, marks, tab stop). */
    const markup = (p: Page) => p.evaluate(() => {
      const copy = document.getElementById('app')!.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('svg.arrows').forEach((el) => el.remove());
      // Measured after layout (header heights, the minimap's window), not rendered.
      copy.querySelectorAll('.scroller[style], .ov-window[style]').forEach((el) => el.removeAttribute('style'));
      copy.querySelectorAll('.is-selected, .is-highlighted').forEach((el) => el.classList.remove('is-selected', 'is-highlighted'));
      copy.querySelectorAll('[tabindex="0"][data-nav]').forEach((el) => el.setAttribute('tabindex', '-1'));
      return copy.innerHTML;
    });
    // Focus a cell of the first step and tag its node, to see whether it survives updates.
    await page.locator('[data-select="step-0"][data-nav]').first().focus();
    await page.locator('[data-select="step-0"][data-nav]').first().evaluate((el) => { (el as unknown as { tagged: boolean }).tagged = true; });
    const edits = [
      EXAMPLE.replace('Belt omdat de bevestiging uitblijft', 'Belt omdat de bevestiging <b>nog</b> uitblijft'),
      EXAMPLE.replace('  - id: bevestiging\n', '  - id: extra\n    customer: Een stap erbij\n    channel: telefoon\n\n  - id: bevestiging\n'),
      EXAMPLE.replace(/ {2}- id: nakijken[\s\S]*?(?= {2}- id: bevestiging)/, ''),
      // A handoff loses what it gives: its arrow turns unclear, while the step's text stays the same.
      EXAMPLE.replace('gives: EAN-code en datum, ', ''),
      // The same journey in another language: every kept cell must speak it.
      EXAMPLE,
    ];
    const languages = [undefined, undefined, undefined, undefined, 'nl'];
    /** The arrows as drawn: they stay in the grid across updates, and must follow each one. */
    const arrows = (p: Page) => p.locator('svg.arrows path.arrow').evaluateAll((ps) => ps.map((a) => {
      // Where the arrow leaves, against where its sender is now: two thirds down its right edge.
      const grid = a.closest('.grid')!.getBoundingClientRect();
      const from = document.querySelector(`[data-task="${a.getAttribute('data-from')}"]`)!.getBoundingClientRect();
      const [, x, y] = /^M ([\d.]+) ([\d.]+)/.exec(a.getAttribute('d') ?? '') ?? [];
      const onSender = Math.abs(Number(x) - (from.right - grid.left)) < 1 && Math.abs(Number(y) - (from.top - grid.top + (from.height * 2) / 3)) < 1;
      return `${a.getAttribute('data-from')}→${a.getAttribute('data-to')} ${a.getAttribute('class')}${onSender ? '' : ' (not at its sender)'}`;
    }));
    const arrowsSettled = (p: Page) => p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    for (const [i, text] of edits.entries()) {
      await send(page, await update(text, i + 2, { language: languages[i] }));
      const fresh = await preview.open();
      await send(fresh, await update(text, i + 2, { language: languages[i] }));
      await fresh.locator('.grid').first().waitFor();
      assert.strictEqual(await markup(page), await markup(fresh), `edit ${i + 1}: the patched page differs from a fresh render`);
      await Promise.all([arrowsSettled(page), arrowsSettled(fresh)]);
      assert.deepStrictEqual(await arrows(page), await arrows(fresh), `edit ${i + 1}: the arrows differ from a fresh render's`);
      await fresh.context().close();
      const kept = await page.locator('[data-select="step-0"][data-nav]').first().evaluate((el) => (el as unknown as { tagged?: boolean }).tagged === true && document.activeElement === el);
      assert.ok(kept, `edit ${i + 1}: the untouched, focused cell was rebuilt or lost the focus`);
    }
    assert.strictEqual(await page.locator('.step-head').count(), 4);
    assert.match(await page.locator('.lane-customer .lane-head').innerText(), /Klant/, 'the kept cells speak Dutch after the language changed');
  });

  it('scrolls 200 steps sideways with the lane headers kept in view, and wraps long Dutch words', async () => {
    await openWith(longJourney(200), 'light', { width: 1200, height: 800 });
    const scroller = page.locator('[data-scroller]');
    assert.ok(await scroller.evaluate((el) => el.scrollWidth > 200 * 180 && el.scrollWidth > el.clientWidth));
    await scroller.evaluate((el) => { el.scrollLeft = 20000; });
    const header = await page.locator('.lane-customer .lane-head').boundingBox();
    const box = await scroller.boundingBox();
    assert.ok(header && box && Math.abs(header.x - box.x) < 3, `the lane header sticks to the left edge (${header?.x} vs ${box?.x})`);
    const overflowing = await page.locator('.customer-cell, .card').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).length);
    assert.strictEqual(overflowing, 0, 'no cell content overflows its column');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'blueprint-200-steps.png') });
  });

  for (const theme of ['dark', 'high-contrast'] as const) {
    it(`is readable in the ${theme} theme`, async () => {
      await openWith(EXAMPLE, theme);
      const colours = await page.evaluate(() => {
        const cs = (sel: string) => getComputedStyle(document.querySelector(sel)!);
        return { bg: cs('body').backgroundColor, fg: cs('body').color, card: cs('.card').borderTopColor };
      });
      assert.notStrictEqual(colours.bg, colours.fg);
      assert.notStrictEqual(colours.bg, 'rgba(0, 0, 0, 0)');
      assert.deepStrictEqual(await violations(page), []);
      await page.screenshot({ path: path.join(SCREENSHOTS, `blueprint-${theme}.png`) });
    });
  }
});
