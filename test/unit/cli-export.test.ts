/** `journey-lens export`: each format on the example journey with its log, the usage errors, and where it may write. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './cli-helpers';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

describe('journey-lens export', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-export-'));
    fs.cpSync(EXAMPLES, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the SVG of the blueprint, with the evidence overlay from the journey\'s log', async () => {
    const r = await cli(dir, 'export', 'jaarafrekening.journey.yaml', '--format', 'svg');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    assert.match(r.out, />200 cases · 100% of all cases</, 'the evidence lane');
    assert.match(r.out, />→ corrigeren: 32 cases · 16% of its cases</, 'the undesigned path');
  });

  it('writes PNG and PDF only where --out says, and says so', async () => {
    for (const format of ['png', 'pdf']) {
      const r = await cli(dir, 'export', 'verhuizing.journey.yaml', '--format', format, '--out', `out/verhuizing.${format}`);
      assert.strictEqual(r.code, 0, r.err);
      assert.strictEqual(r.err, `journey-lens: wrote out/verhuizing.${format}\n`);
      const head = fs.readFileSync(path.join(dir, 'out', `verhuizing.${format}`)).subarray(0, 4).toString('latin1');
      assert.strictEqual(head, format === 'png' ? '\x89PNG' : '%PDF');
    }
    const bare = await cli(dir, 'export', 'verhuizing.journey.yaml', '--format', 'pdf');
    assert.strictEqual(bare.code, 2);
    assert.match(bare.err, /--format pdf writes a binary file: say where with --out FILE/);
  });

  it('takes the format from --out\'s extension, and the view, the page and --no-findings', async () => {
    const r = await cli(dir, 'export', 'verhuizing.journey.yaml', '--out', 'v.svg', '--view', 'customer', '--no-findings');
    assert.strictEqual(r.code, 0, r.err);
    const svg = fs.readFileSync(path.join(dir, 'v.svg'), 'utf8');
    assert.match(svg, />Customer</);
    assert.doesNotMatch(svg, />Back office</, 'the customer view has no back office');
    assert.doesNotMatch(svg, /fallback-missing/, 'no findings');
    const html = await cli(dir, 'export', 'jaarafrekening.journey.yaml', '--out', 'j.html', '--page', 'a3');
    assert.strictEqual(html.code, 0, html.err);
    const page = fs.readFileSync(path.join(dir, 'j.html'), 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.doesNotMatch(page, /<script/i);
    // The drawing on screen and once per printed page, each with its handoff arrows (2 in this journey).
    assert.strictEqual((page.match(/<section class="print-page">/g) ?? []).length, 1);
    assert.strictEqual((page.match(/<polyline [^>]*marker-end/g) ?? []).length, 4);
    assert.match(page, /@page \{ size: A3 landscape/);
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.strictEqual(new Set(ids).size, ids.length, 'ids are unique in the page');
    const md = await cli(dir, 'export', 'verhuizing.journey.yaml', '--format', 'mermaid');
    assert.match(md.out, /journey\n/);
  });

  it('refuses what it cannot do, with one line and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['export', 'verhuizing.journey.yaml'], /'export' needs --format: one of html, svg, png, pdf, mermaid/],
      [['export', 'verhuizing.journey.yaml', '--format', 'docx'], /Unknown export format 'docx'/],
      [['export', 'verhuizing.journey.yaml', '--format', 'svg', '--view', 'lived'], /Unknown view 'lived'/],
      [['export', 'verhuizing.journey.yaml', '--format', 'svg', '--page', 'a3'], /--page belongs to --format pdf and html/],
      [['export', 'a.journey.yaml', 'b.journey.yaml', '--format', 'svg'], /'export' takes one journey file, not 2/],
      [['check', '--view', 'customer'], /--view belongs to 'export'/],
      [['export', 'weg.journey.yaml', '--format', 'svg'], /cannot read weg\.journey\.yaml/],
      [['export', 'verhuizing.journey.yaml', '--format', 'svg', '--out', '../elders.svg'], /cannot write \.\.\/elders\.svg: it is outside the working folder/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(dir, ...argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.err, message, argv.join(' '));
    }
    fs.writeFileSync(path.join(dir, 'broken.journey.yaml'), 'journey: [\n');
    const broken = await cli(dir, 'export', 'broken.journey.yaml', '--format', 'svg');
    assert.strictEqual(broken.code, 2);
    assert.match(broken.err, /^journey-lens: cannot export broken\.journey\.yaml: /);
    assert.strictEqual(broken.err.trim().split('\n').length, 1, 'one line, no stack trace');
  });
});
