/**
 * The evidence overlay and the Lived journey view, built by the real engine
 * from the incident journey and logs with known answers (the generator's
 * planted cases): the figures per step and handoff, undesigned paths, what
 * is hidden below min-cases, that no case id ever reaches the page, and
 * that the HTML export carries the overlay, escaped.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyseText, type Blueprint, buildBlueprint, CatalogCache, evaluateEvidence, exportHtml, nodeFileHost } from '../../src/core';
import { labelsFor } from '../../src/core/blueprint/views/labels';
import { page } from '../../src/core/blueprint/views/page';
import { textOf, toHtml } from '../../src/core/blueprint/vnode';
import { generateRows, writeLog, type Plan } from '../fixtures/evidence/generator';

const JOURNEY = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/evidence/incident.journey.yaml'), 'utf8');

const EN = labelsFor('en');

async function overlaid(dir: string, plan: Plan, text = JOURNEY, minCases = 5): Promise<{ bp: Blueprint; rows: ReturnType<typeof generateRows> }> {
  const rows = generateRows(plan);
  writeLog(path.join(dir, 'logs', 'incidents.csv'), rows);
  const file = path.join(dir, 'incident.journey.yaml');
  fs.writeFileSync(file, text);
  const analysis = await analyseText(file, text, nodeFileHost, { catalogs: new CatalogCache(), today: '2026-11-23' });
  const evidence = await evaluateEvidence(analysis.journey!, file, { root: dir });
  assert.ok(evidence?.ok, JSON.stringify(evidence));
  return { bp: buildBlueprint(analysis, { evidence, minCases }), rows };
}

const stepIndex = (bp: Blueprint, id: string) => bp.steps.findIndex((s) => s.id === id);

describe('the evidence overlay of the preview', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-overlay-'));
    fs.mkdirSync(path.join(dir, 'logs'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows the planted cases per step, the undesigned melden → opgelost path and the slow handoff', async () => {
    const { bp } = await overlaid(dir, { normal: 10, undesigned: 6, slow: 8 });
    const ev = bp.evidence!;
    assert.deepStrictEqual(ev.cases, { value: 24 });
    const at = (id: string) => ev.steps.find((s) => s.step === stepIndex(bp, id))!;
    assert.deepStrictEqual([at('melden').cases, at('oplossen').cases, at('opgelost').cases], [{ value: 24 }, { value: 18 }, { value: 24 }]);
    // informeren has no `observed`: it is not "unvisited", it is not measured.
    assert.strictEqual(ev.steps.some((s) => s.step === stepIndex(bp, 'informeren') && s.unvisited), false);
    const undesigned = ev.transitions.filter((t) => !t.designed);
    assert.deepStrictEqual(undesigned.map((t) => [bp.steps[t.from].id, bp.steps[t.to].id, t.cases]), [['melden', 'opgelost', { value: 6 }]]);
    // 8 of 24 handoffs take 10 h: the 80th percentile is over the 4 hours agreed.
    assert.strictEqual(ev.handoffs.length, 1);
    assert.deepStrictEqual([ev.handoffs[0].measured, ev.handoffs[0].over], [{ value: 24 }, true]);
    assert.ok(bp.handoffs.some((a) => a.key === ev.handoffs[0].arrow));
  });

  it('hides every figure below min-cases as "fewer than N cases", in the model and on the page', async () => {
    const { bp, rows } = await overlaid(dir, { normal: 7, undesigned: 3 });
    const ev = bp.evidence!;
    const undesigned = ev.transitions.find((t) => !t.designed)!;
    assert.deepStrictEqual([undesigned.cases, undesigned.share], [{ fewerThan: 5 }, { fewerThan: 5 }]);
    const html = page(bp, { labels: EN, view: 'lived', interactive: true }).map(toHtml).join('');
    assert.match(html, /fewer than 5 cases/);
    assert.doesNotMatch(html, /\b3 cases\b/);
    // No case id anywhere: not in the model the webview receives, not on the page.
    const model = JSON.stringify(bp);
    for (const id of new Set(rows.map((r) => r.case).filter(Boolean))) {
      assert.ok(!model.includes(`"${id}"`) && !html.includes(id), `case id ${id} reached the preview`);
    }
  });

  it('with a higher min-cases, hides what it showed before', async () => {
    const { bp } = await overlaid(dir, { normal: 10, undesigned: 6 }, JOURNEY, 20);
    assert.deepStrictEqual(bp.evidence!.transitions.find((t) => !t.designed)!.cases, { fewerThan: 20 });
    assert.strictEqual(bp.evidence!.minCases, 20);
  });

  it('draws the Lived journey: the transitions in words and the most common paths first', async () => {
    const { bp } = await overlaid(dir, { normal: 10, undesigned: 6 });
    const lived = page(bp, { labels: EN, view: 'lived', interactive: true });
    const text = lived.map(textOf).join(' ');
    assert.match(text, /16 cases/);
    const variants = bp.evidence!.variants;
    assert.deepStrictEqual(variants.map((v) => [v.steps.map((x) => x.id).join(' '), v.cases]), [
      ['melden oplossen opgelost', { value: 10 }],
      ['melden opgelost', { value: 6 }],
    ]);
  });

  it('is carried by the HTML export, with hostile step ids escaped', async () => {
    const text = JOURNEY.replace(/\bmelden\b/g, '"<img src=x onerror=alert(1)>"');
    const { bp } = await overlaid(dir, { normal: 10, undesigned: 6 }, text);
    const html = exportHtml(bp, { view: 'lived', css: '' });
    assert.match(html, /16 cases/);
    assert.ok(!html.includes('<img src=x'), 'a raw tag from a step id');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('has nothing to draw without evidence, and says the log cannot be used when it cannot', async () => {
    const file = path.join(dir, 'incident.journey.yaml');
    fs.writeFileSync(file, JOURNEY);
    const analysis = await analyseText(file, JOURNEY, nodeFileHost, { catalogs: new CatalogCache() });
    assert.strictEqual(buildBlueprint(analysis).evidence, undefined);
    const missing = await evaluateEvidence(analysis.journey!, file, { root: dir });
    assert.ok(missing && !missing.ok);
    const bp = buildBlueprint(analysis, { evidence: missing });
    assert.strictEqual(bp.evidence?.unusable, true);
    assert.ok(!page(bp, { labels: EN, view: 'blueprint', interactive: true }).map(toHtml).join('').includes('evidence-toggle'));
  });
});
