/// <reference lib="dom" />
/**
 * Issue 16, points 1-3, in Chromium against the built page: zoom and Fit,
 * the overview strip, sticky labels, branches drawn as branches, the
 * walkthrough at a fork, partner chips with their legend, and the emotion
 * in words.
 */
import * as assert from 'assert';
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { blueprintOf, BRANCHED, branchedJourney, EXAMPLE, longJourney, update, URI } from './journeys';
import { pageState, posted, PreviewPage, SCREENSHOTS, send } from './page';

describe('the blueprint seen whole (Chromium)', function () {
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

  async function openWith(text: string, size = { width: 1280, height: 800 }, extra: Parameters<typeof update>[2] = {}): Promise<Page> {
    page = await preview.open('light', size);
    await send(page, await update(text, 1, extra));
    await page.locator('.grid').first().waitFor();
    return page;
  }

  const columnWidth = () => page.locator('.step-head').first().evaluate((el) => el.getBoundingClientRect().width);
  const scroller = () => page.locator('[data-scroller]');

  it('zooms in and out with the buttons, Ctrl + and Ctrl −, and Ctrl + wheel, and keeps the zoom across an update and a reload', async () => {
    await openWith(longJourney(20), { width: 1200, height: 800 });
    const start = await columnWidth();
    await page.getByRole('button', { name: /Zoom in/ }).click();
    assert.ok(Math.abs(await columnWidth() - start * 1.25) < 1, 'a click on "Zoom in" widens the columns');
    await page.getByRole('button', { name: /Zoom out/ }).click();
    await page.getByRole('button', { name: /Zoom out/ }).click();
    const out = await columnWidth();
    assert.ok(Math.abs(out - start / 1.25) < 1, `"Zoom out" narrows them (${out} vs ${start})`);
    await page.locator('[data-select="step-0"].customer-cell').click();
    await page.keyboard.press('Control+=');
    assert.ok(Math.abs(await columnWidth() - start) < 1, 'Ctrl + zooms in');
    await page.keyboard.press('Control+-');
    assert.ok(Math.abs(await columnWidth() - out) < 1, 'Ctrl − zooms out');
    const box = (await scroller().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await page.waitForFunction((w) => document.querySelector('.step-head')!.getBoundingClientRect().width > w + 1, out);
    const zoomed = await columnWidth();
    assert.ok(typeof (await pageState(page))?.zoom === 'number');
    await send(page, await update(longJourney(20), 2));
    assert.ok(Math.abs(await columnWidth() - zoomed) < 1, 'an update keeps the zoom');
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    await send(page, await update(longJourney(20), 2));
    assert.ok(Math.abs(await columnWidth() - zoomed) < 1, 'a reload keeps the zoom');
    // The palette's commands arrive as messages.
    await send(page, { type: 'zoom', command: 'fit' });
    assert.strictEqual(await page.getByRole('button', { name: 'Fit' }).getAttribute('aria-pressed'), 'true');
    await send(page, { type: 'zoom', command: 'in' });
    assert.strictEqual(await page.getByRole('button', { name: 'Fit' }).getAttribute('aria-pressed'), 'false');
  });

  it('fits every step column of a 36-step journey with branches into the panel, showing less in each cell, no text overflowing', async () => {
    await openWith(branchedJourney(36), { width: 900, height: 700 });
    await page.getByRole('button', { name: 'Fit' }).click();
    assert.strictEqual(await page.getByRole('button', { name: 'Fit' }).getAttribute('aria-pressed'), 'true');
    const sc = (await scroller().boundingBox())!;
    const heads = await page.locator('.step-head').evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right }; }));
    assert.strictEqual(heads.length, 36);
    for (const [i, h] of heads.entries()) assert.ok(h.left >= sc.x && h.right <= sc.x + sc.width, `step ${i + 1} is inside the panel: ${h.left}-${h.right} in ${sc.x}-${sc.x + sc.width}`);
    assert.ok(await scroller().evaluate((el) => el.scrollWidth <= el.clientWidth), 'nothing to scroll sideways');
    assert.match(await page.locator('.grid').getAttribute('class') ?? '', /zoom-tiny/);
    // Tiny columns: the step number and its colour, nothing that could overlap the next column.
    assert.strictEqual(await page.locator('.customer-cell .customer').first().isVisible(), false);
    assert.strictEqual(await page.locator('.customer-cell .step-dot').first().isVisible(), true);
    const spilling = await page.locator('.step-head .number, .customer-cell .step-dot').evaluateAll((els) => els.filter((el) => {
      const r = el.getBoundingClientRect();
      const col = el.closest('.step-head, .customer-cell')!.getBoundingClientRect();
      return r.width > 0 && (r.left < col.left - 0.5 || r.right > col.right + 0.5);
    }).length);
    assert.strictEqual(spilling, 0, 'no number spills out of its column');
    // The branches are still drawn as branches at Fit.
    assert.ok(await page.locator('.paths .path-node.fork').count() >= 5);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fit-36-steps.png') });
    // Zooming in from Fit shows the title and the channel again.
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: /Zoom in/ }).click();
    assert.match(await page.locator('.grid').getAttribute('class') ?? '', /zoom-summary/);
    assert.strictEqual(await page.locator('.customer-cell .customer').first().isVisible(), true);
    assert.strictEqual(await page.locator('.customer-cell .channel-line').first().isVisible(), false);
    assert.strictEqual(await page.locator('.customer-cell .compact-channel').first().isVisible(), true);
    assert.strictEqual(await page.locator('[data-select="step-1"].customer-cell .compact .mark.sev-warning').isVisible(), true, 'the step\'s finding markers');
    assert.strictEqual(await page.locator('[data-select="step-1"].customer-cell .findings').isVisible(), false, 'not the findings in full');
    assert.strictEqual(await page.getByRole('button', { name: 'Fit' }).getAttribute('aria-pressed'), 'false');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'zoom-summary.png') });
  });

  it('adapts the columns to the panel width between a minimum and a maximum', async () => {
    await openWith(EXAMPLE, { width: 1280, height: 800 });
    const wide = await columnWidth();
    assert.ok(wide > 232 && wide <= 320, `four steps share a wide panel (${wide})`);
    await page.setViewportSize({ width: 600, height: 800 });
    await page.waitForFunction(() => document.querySelector('.step-head')!.getBoundingClientRect().width < 200);
    assert.strictEqual(Math.round(await columnWidth()), 180, 'a narrow panel keeps readable columns');
  });

  it('shows all steps in the overview strip, marks the visible part, and moves the view where it is clicked', async () => {
    await openWith(longJourney(60), { width: 1000, height: 700 });
    assert.strictEqual(await page.locator('.overview .ov-step').count(), 60);
    const win = () => page.locator('.ov-window').evaluate((el) => ({ left: parseFloat((el as HTMLElement).style.left), width: parseFloat((el as HTMLElement).style.width) }));
    const before = await win();
    assert.ok(before.left === 0 && before.width > 0 && before.width < 20, JSON.stringify(before));
    const strip = (await page.locator('.ov-steps').boundingBox())!;
    await page.mouse.click(strip.x + strip.width * 0.75, strip.y + strip.height / 2);
    const after = await win();
    assert.ok(Math.abs(after.left + after.width / 2 - 75) < 2, `the window is centred where clicked: ${JSON.stringify(after)}`);
    const first = await page.evaluate(() => {
      const sc = document.querySelector('[data-scroller]') as HTMLElement;
      const lane = document.querySelector('.corner')!.getBoundingClientRect().right;
      return [...document.querySelectorAll('.step-head')].findIndex((h) => h.getBoundingClientRect().right > lane + 1 && sc.contains(h));
    });
    assert.ok(first > 35 && first < 45, `the view moved to about three quarters of the journey (first visible step ${first + 1})`);
    // Scrolling the view moves the window.
    await scroller().evaluate((el) => { el.scrollLeft = 0; });
    await page.waitForFunction(() => parseFloat((document.querySelector('.ov-window') as HTMLElement).style.left) === 0);
    // Steps with warnings are coloured in the strip.
    const colours = await page.locator('.ov-step').evaluateAll((els) => els.map((el) => el.classList.contains('sev-warning') ? getComputedStyle(el).backgroundColor : undefined));
    const warned = colours.filter((c) => c !== undefined);
    assert.ok(warned.length > 0 && warned.length < 60, `${warned.length} steps with warnings`);
    assert.notStrictEqual(warned[0], await page.locator('.ov-step:not([class*="sev-"])').first().evaluate((el) => getComputedStyle(el).backgroundColor));
  });

  it('keeps the stage and step headers and the lane labels in view when scrolled, also in a lane taller than the panel, and no arrow shows through the labels', async () => {
    const tall = longJourney(30).replace(/( {4}process:\n)/, `$1${Array.from({ length: 30 }, (_, i) => `      - team: backoffice\n        does: Taak ${i} in de backoffice\n`).join('')}`);
    await openWith(tall, { width: 1000, height: 700 });
    await page.locator('svg.arrows path.arrow').first().waitFor({ state: 'attached' });
    const sc = (await scroller().boundingBox())!;
    const stageName = async (i: number) => {
      const [cell, name] = [await page.locator('.stage').nth(i).boundingBox(), await page.locator('.stage .sticky-text').nth(i).boundingBox()];
      return name!.x - cell!.x;
    };
    assert.ok(await stageName(0) < 12, 'unscrolled, a stage\'s name starts at its left edge');
    const backLane = (await page.locator('.lane-back .lane-head').boundingBox())!;
    // Into the middle of the tall back-office lane, and sideways.
    await scroller().evaluate((el, y) => { el.scrollTop = y; el.scrollLeft = 3000; }, backLane.y - sc.y + backLane.height / 2);
    await page.waitForTimeout(50);
    // An update while scrolled down measures the headers again: the label must not move away.
    await send(page, await update(tall, 2));
    const label = (await page.locator('.lane-back .lane-label').boundingBox())!;
    const head = (await page.locator('.steps .corner').boundingBox())!;
    const stage = (await page.locator('.stages .corner').boundingBox())!;
    assert.ok(Math.abs(stage.y - sc.y) < 2, `the stage row sticks to the top (${stage.y} vs ${sc.y})`);
    const name = (await page.locator('.stage .sticky-text').first().boundingBox())!;
    assert.ok(Math.abs(name.x - (sc.x + 1 + 152 + 8)) < 4, `the stage's name sticks beside the labels (${name.x - sc.x})`);
    assert.ok(label.y >= head.y + head.height - 1 && label.y + label.height <= sc.y + sc.height, `the back-office label is in view below the headers: ${label.y} (headers end at ${head.y + head.height})`);
    assert.ok(Math.abs(label.x - sc.x) < 12, 'and at the left edge');
    const stepHead = (await page.locator('.step-head').nth(15).boundingBox())!;
    assert.ok(Math.abs(stepHead.y - (stage.y + stage.height)) < 2, 'the step headers stick under the stages');
    // Back up to the lines: their labels are opaque cells of the sticky column, above the arrows.
    await scroller().evaluate((el) => { el.scrollTop = 0; });
    const line = page.locator('.line-visibility .line-head');
    const lb = (await line.boundingBox())!;
    assert.ok(Math.abs(lb.x - sc.x) < 2, 'the line of visibility keeps its label at the left edge');
    const style = await line.evaluate((el) => { const cs = getComputedStyle(el); return { bg: cs.backgroundColor, z: Number(cs.zIndex), pos: cs.position }; });
    const arrowsZ = await page.locator('svg.arrows').evaluate((el) => Number(getComputedStyle(el).zIndex));
    assert.strictEqual(style.pos, 'sticky');
    assert.notStrictEqual(style.bg, 'rgba(0, 0, 0, 0)');
    assert.ok(style.z > arrowsZ, 'the label is painted over the arrows');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sticky-tall-lane.png') });
  });

  it('draws a fork\'s branches side by side on paths of their own, joined again, the loop back and the end, and never joins alternatives in the emotion curve', async () => {
    await openWith(BRANCHED);
    const nodes = await page.locator('.paths .path-node').evaluateAll((gs) => gs.map((g) => {
      const c = g.querySelector('.dot')!;
      return { step: Number(g.getAttribute('data-step')), cls: g.getAttribute('class'), x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) };
    }));
    const [, fork, yes, no, appeal, done] = nodes;
    assert.match(fork.cls ?? '', /fork/);
    assert.notStrictEqual(yes.y, no.y, 'the two branches run on tracks of their own');
    assert.strictEqual(appeal.y, no.y, 'the branch keeps its track');
    assert.strictEqual(done.y, yes.y, 'and they join again');
    assert.match(done.cls ?? '', /join/);
    assert.match(done.cls ?? '', /end/);
    assert.strictEqual(await page.locator('.paths .path-node.end .end-ring').count(), 1);
    const edges = await page.locator('.paths .path-edge').evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-from')}>${p.getAttribute('data-to')}${p.classList.contains('loop') ? ' loop' : ''}`));
    assert.deepStrictEqual(edges.sort(), ['0>1', '1>2', '1>3', '2>5', '3>4', '4>1 loop', '4>5'].sort());
    // The edge from the "yes" branch to the join passes the "no" branch's columns on another track.
    const yesToDone = await page.locator('.path-edge[data-from="2"][data-to="5"]').getAttribute('d');
    assert.match(yesToDone ?? '', new RegExp(`^M [\\d.]+ ${yes.y} H`));
    // The emotion: a line along each path, none from goedgekeurd (2) straight to afgewezen (3).
    const lines = await page.locator('.emotion polyline').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-steps')));
    assert.deepStrictEqual(lines, ['0 1', '1 2 5', '1 3 4 5']);
    for (const l of lines) assert.doesNotMatch(l ?? '', /\b2 3\b/);
    // A dot is the step: a click selects it in the editor.
    await page.locator('.paths .path-node[data-step="3"]').click();
    assert.deepStrictEqual((await posted(page)).filter((m) => m.type === 'select').pop(), { type: 'select', key: 'step-3', uri: URI, version: 1 });
    // The step headers carry their branch's colour.
    assert.match(await page.locator('.step-head').nth(3).getAttribute('class') ?? '', /track-1/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'branches.png') });
  });

  it('offers the choice at a fork in the walkthrough, goes back along the path taken, and says the emotion in words', async () => {
    await openWith(BRANCHED);
    await page.getByRole('tab', { name: 'Walkthrough' }).click();
    const position = () => page.locator('.wt-position').textContent();
    assert.strictEqual(await page.locator('.wt-emotion').textContent(), 'The customer feels negative.');
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await position(), 'Step 2 of 6');
    assert.strictEqual(await page.locator('.wt-choices').getAttribute('aria-label'), 'next: goedgekeurd or afgewezen');
    assert.deepStrictEqual(await page.locator('.wt-choice').allTextContents(), ['goedgekeurd', 'afgewezen']);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'walkthrough-fork.png') });
    await page.getByRole('button', { name: 'afgewezen' }).click();
    assert.strictEqual(await position(), 'Step 4 of 6');
    assert.strictEqual(await page.locator('.wt-emotion').textContent(), 'The customer feels very negative.');
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await position(), 'Step 5 of 6');
    assert.deepStrictEqual(await page.locator('.wt-choice').allTextContents(), ['beoordelen', 'afronden']);
    // Back along the path taken: bezwaar → afgewezen → beoordelen, never through goedgekeurd.
    await page.getByRole('button', { name: 'Previous' }).click();
    assert.strictEqual(await position(), 'Step 4 of 6');
    await page.getByRole('button', { name: 'Previous' }).click();
    assert.strictEqual(await position(), 'Step 2 of 6');
    await page.getByRole('button', { name: 'goedgekeurd' }).click();
    assert.strictEqual(await position(), 'Step 3 of 6');
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await position(), 'Step 6 of 6');
    assert.strictEqual(await page.locator('.wt-next').textContent(), 'End of the journey');
    assert.ok(await page.locator('.wt-next').isDisabled());
    await page.keyboard.press('ArrowLeft');
    assert.strictEqual(await position(), 'Step 3 of 6', 'back to goedgekeurd, the way we came');
    await send(page, await update(BRANCHED, 2, { language: 'nl' }));
    assert.strictEqual(await page.locator('.wt-emotion').textContent(), 'De klant voelt zich zeer positief.');
    assert.strictEqual(await page.locator('.wt-position').textContent(), 'Stap 3 van 6');
  });

  it('shows a partner once per step as a chip with its terms on hover, and every partner once in the legend', async () => {
    await openWith(BRANCHED);
    const chips = page.locator('.lane-partner .chip-partner');
    assert.strictEqual(await chips.count(), 3);
    assert.deepStrictEqual(await chips.locator('.actor').allTextContents(), [' Gemeente', ' Gemeente', ' Gemeente']);
    assert.strictEqual(await page.locator('.lane-partner .agreement, .lane-partner .sla').count(), 0, 'no full card in every step');
    assert.strictEqual(await chips.first().getAttribute('title'), 'Gemeente\nAgreement: DVO-7\nSLA: 8 weeks\nIf the partner fails: balie belt de wethouder');
    const legend = page.locator('.partner-legend .partner-terms');
    assert.strictEqual(await legend.count(), 1);
    assert.deepStrictEqual(await legend.locator('dd').allTextContents(), ['Agreement: DVO-7', 'SLA: 8 weeks', 'If the partner fails: balie belt de wethouder']);
    // A partner that also acts in the step is named once: its chip, with its task under it.
    await send(page, await update(EXAMPLE, 2));
    const cell = page.locator('.lane-partner .cell', { has: page.locator('[data-select="partner-1-0"]') });
    assert.deepStrictEqual(await cell.locator('.actor strong').allTextContents(), ['Stedin'], 'one name, the warning: no agreement');
    assert.match(await cell.locator('[data-select="task-1-2"]').textContent() ?? '', /Bevestigt de aansluiting/);
    await send(page, await update(BRANCHED, 3));
    // The header: persona and measures.
    assert.match(await page.locator('.meta').textContent() ?? '', /Persona.*Ondernemer met een terras/);
    assert.strictEqual(await page.locator('.measures').textContent(), 'Measures: NPS +30 · CES < 2');
    // x- keys on demand.
    const extras = page.locator('[data-select="step-3"] .extras');
    assert.strictEqual(await extras.locator('summary').textContent(), 'Details (1)');
    assert.strictEqual(await extras.locator('dd').isVisible(), false);
    await extras.locator('summary').click();
    assert.strictEqual(await extras.locator('dd').textContent(), 'JIRA-12');
    assert.ok(await extras.locator('dd').isVisible());
  });

  it('shows hostile text in the new places (x- keys, measures, partner terms, paths) as text', async () => {
    const hostile = BRANCHED
      .replace('x-ticket: JIRA-12', 'x-ticket: "<img src=x onerror=window.__xss=1>"')
      .replace('NPS: "+30"', '"<script>window.__xss=2</script>": "<b onmouseover=window.__xss=3>"')
      .replace('agreement: DVO-7', 'agreement: "<svg onload=window.__xss=4>"')
      .replace('id: afgewezen', 'id: afgewezen-x')
      .replace('goedgekeurd, afgewezen]', 'goedgekeurd, afgewezen-x]');
    await openWith(hostile);
    await page.locator('[data-select="step-3"] .extras summary').click();
    for (const view of ['Blueprint', 'Walkthrough']) {
      await page.getByRole('tab', { name: view }).click();
      assert.strictEqual(await page.locator('#app img, #app script, #app b, #app [onload], #app [onerror], #app [onmouseover]').count(), 0, view);
    }
    await page.getByRole('tab', { name: 'Blueprint' }).click();
    await page.locator('[data-select="step-3"] .extras summary').click();
    assert.strictEqual(await page.locator('[data-select="step-3"] .extras dd').textContent(), '<img src=x onerror=window.__xss=1>');
    assert.match(await page.locator('.measures').textContent() ?? '', /<script>window.__xss=2<\/script> <b onmouseover=window.__xss=3>/);
    assert.match(await page.locator('.partner-legend dd').first().textContent() ?? '', /<svg onload=window.__xss=4>/);
    assert.strictEqual(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  });

  it('says once, coherently, why the blueprint on screen is the last version', async () => {
    page = await preview.open();
    const bp = await blueprintOf(EXAMPLE);
    await send(page, { type: 'update', uri: 'file:///ws/verhuizing.journey.yaml', locked: false, version: 2, blueprint: { ...bp, problem: 'The YAML has syntax errors; fix them to see the blueprint.' }, stale: true, defaultView: 'blueprint' });
    await page.locator('.grid').waitFor();
    assert.strictEqual(await page.locator('.banner').count(), 1);
    assert.match(await page.locator('.banner').textContent() ?? '', /^Showing the last version that could be read: the current text has errors/);
  });
});
