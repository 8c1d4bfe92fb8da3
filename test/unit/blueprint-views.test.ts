import * as assert from 'assert';
import { emotionSegments, emotionY } from '../../src/core/blueprint/views/emotion';
import { labelsFor } from '../../src/core/blueprint/views/labels';
import { page } from '../../src/core/blueprint/views/page';
import { h, isSafeUrl, s, textOf, toHtml, type VElement, type VNode } from '../../src/core/blueprint/vnode';
import { blueprintOf, EXAMPLE } from './blueprint-helpers';

function all(node: VNode, pick: (e: VElement) => boolean, out: VElement[] = []): VElement[] {
  if (typeof node === 'string') return out;
  if (pick(node)) out.push(node);
  for (const c of node.children) all(c, pick, out);
  return out;
}

const attr = (e: VElement, name: string) => e.attrs.find(([n]) => n === name)?.[1];
const withRole = (role: string) => (e: VElement) => attr(e, 'role') === role;

const EN = labelsFor('en');

describe('blueprint views', () => {
  describe('element trees', () => {
    it('escape text and attributes when written as HTML', () => {
      const html = toHtml(h('p', { title: `"><script>alert('x')</script>` }, '<img src=x onerror=alert(1)> & <script>'));
      assert.strictEqual(html, '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;</p>');
    });

    it('drop event handlers, inline style strings and links that are not to the web', () => {
      const el = h('a', { onclick: 'alert(1)', ONMOUSEOVER: 'x', style: 'color:red', href: 'javascript:alert(1)', class: 'ok' });
      assert.deepStrictEqual(el.attrs, [['class', 'ok']]);
      assert.strictEqual(isSafeUrl(' java\tscript:alert(1)'), false);
      assert.strictEqual(isSafeUrl('JAVASCRIPT:alert(1)'), false);
      assert.strictEqual(isSafeUrl('data:text/html,<script>'), false);
      assert.strictEqual(isSafeUrl('https://example.org/rules/x.md'), true);
      assert.deepStrictEqual(h('a', { href: 'https://example.org/' }).attrs, [['href', 'https://example.org/']]);
    });

    it('keep layout styles but nothing that could load or inject', () => {
      const el = h('div', { style: { 'grid-column': 'span 3', background: 'url(https://x/y.png)', color: 'red;}body{x:y' } });
      assert.deepStrictEqual(el.style, [['grid-column', 'span 3']]);
      assert.strictEqual(toHtml(el), '<div style="grid-column:span 3"></div>');
    });

    it('refuse elements the views have no business making', () => {
      assert.throws(() => h('script'), /<script>/);
      assert.throws(() => h('iframe'), /<iframe>/);
      assert.throws(() => s('foreignObject'), /<foreignObject>/);
    });
  });

  describe('the emotion curve', () => {
    it('puts +2 at the top and −2 at the bottom, clamping the rest', () => {
      assert.ok(emotionY(2) < emotionY(0) && emotionY(0) < emotionY(-2));
      assert.strictEqual(emotionY(5), emotionY(2));
    });

    it('is one line per run of steps with an emotion, through the column centres', async () => {
      const bp = await blueprintOf(EXAMPLE);
      assert.deepStrictEqual(emotionSegments(bp.steps, 100), [`50,${emotionY(-1)} 150,${emotionY(0)} 250,${emotionY(-2)} 350,${emotionY(1)}`]);
      const gap = bp.steps.map((st, i) => (i === 1 ? { ...st, emotion: undefined } : st));
      assert.deepStrictEqual(emotionSegments(gap, 100).length, 1, 'a step without an emotion breaks the line');
    });
  });

  describe('the blueprint page', () => {
    it('is an ARIA grid: a column header per step, a row header per lane, the lines between them', async () => {
      const bp = await blueprintOf(EXAMPLE);
      const [header, main] = page(bp, { labels: EN, view: 'blueprint', interactive: true });
      const grid = all(main, withRole('grid'))[0];
      assert.strictEqual(attr(grid, 'aria-colcount'), '5');
      const heads = all(grid, (e) => e.attrs.some(([n, v]) => n === 'class' && /\bstep-head\b/.test(v)));
      assert.deepStrictEqual(heads.map((e) => attr(e, 'data-select')), ['step-0', 'step-1', 'step-2', 'step-3']);
      assert.deepStrictEqual(all(grid, withRole('rowheader')).map(textOf).map((t) => t.trim().replace(/\s+/g, ' ')),
        ['Customer', 'Emotion−2 … +2', 'Line of interaction', 'Front office', 'Line of visibility', 'Back office', 'Partners', 'Systems']);
      assert.deepStrictEqual(all(grid, (e) => /\bline-cell\b/.test(attr(e, 'class') ?? '')).map(textOf), ['Line of interaction', 'Line of visibility']);
      assert.deepStrictEqual(all(header, withRole('tab')).map((t) => [attr(t, 'data-view'), attr(t, 'aria-selected')]),
        [['blueprint', 'true'], ['customer', 'false'], ['employee', 'false'], ['walkthrough', 'false'], ['lived', 'false']]);
    });

    it('gives every rendered cell and finding the key the extension resolves', async () => {
      const bp = await blueprintOf(EXAMPLE);
      const keys = page(bp, { labels: EN, view: 'blueprint', interactive: true }).flatMap((n) => all(n, (e) => !!attr(e, 'data-select'))).map((e) => attr(e, 'data-select'));
      for (const k of ['step-1', 'task-1-1', 'partner-1-0', 'system-0-0', bp.journeyFindings[0].key, bp.summary[0].first]) assert.ok(keys.includes(k), k);
    });

    it('shows only the customer lane and the emotion curve in the customer journey', async () => {
      const bp = await blueprintOf(EXAMPLE);
      const [, main] = page(bp, { labels: EN, view: 'customer', interactive: true });
      assert.deepStrictEqual(all(main, withRole('rowheader')).map((e) => /^\s*(\w+)/.exec(textOf(e))?.[1]), ['Customer', 'Emotion']);
      assert.strictEqual(all(main, (e) => attr(e, 'data-task') !== undefined).length, 0);
    });

    it('walks through one step with previous and next, or all steps when exported', async () => {
      const bp = await blueprintOf(EXAMPLE);
      const one = page(bp, { labels: EN, view: 'walkthrough', interactive: true, walkthroughStep: 1 })[1];
      assert.deepStrictEqual(all(one, (e) => e.tag === 'article').map((e) => attr(e, 'data-select')), ['step-1']);
      assert.match(textOf(one), /Step 2 of 4/);
      assert.match(textOf(one), /Ik verhuis op 1 maart/);
      const exported = page(bp, { labels: EN, view: 'walkthrough', interactive: false })[1];
      assert.strictEqual(all(exported, (e) => e.tag === 'article').length, 4);
      assert.strictEqual(all(exported, (e) => e.tag === 'button').length, 0);
    });
  });
});
