/**
 * The drawn exports as a reader gets them: the SVG is well-formed XML that
 * holds every step and handoff arrow, the PNG decodes to twice the drawing's
 * size, the PDF has a page per run of columns with every step's id in its
 * text (read back with pdf.js, a real PDF text extractor), and hostile
 * journey text stays text in all three.
 */
import * as assert from 'assert';
import * as path from 'path';
import { inflateSync } from 'zlib';
import * as sax from 'sax';
import { analyseText, type Blueprint, buildBlueprint, CatalogCache, labelsFor } from '../../src/core';
import { compose } from '../../src/core/export/compose';
import { drawBlueprint } from '../../src/core/export/drawing';
import { exportDrawn, readFonts } from '../../src/core/export';
import { fontMeasure } from '../../src/core/export/measure';
import { columnsPerPage } from '../../src/core/export/pdf';
import { pngScale } from '../../src/core/export';
import * as fs from 'fs';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const fonts = readFonts(path.join(ROOT, 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm'));
const HOSTILE = '<script>alert(1)</script> & "quotes" ]]> \u0007 </svg>';

function journey(steps: number, title = 'Verhuizing doorgeven'): string {
  const body = Array.from({ length: steps }, (_, i) => `  - id: stap-${i + 1}
    stage: Fase ${Math.floor(i / 4) + 1}
    customer: Klant doet stap ${i + 1}
    channel: telefoon
    emotion: ${(i % 5) - 2}
    process:
      - team: klantenservice
        does: Helpt bij stap ${i + 1}
        handoff: { to: backoffice, gives: het dossier, within: 1 day }
      - team: backoffice
        does: Verwerkt stap ${i + 1}`).join('\n');
  return `journey: ${JSON.stringify(title)}\nowner: Ans\nneed: Verhuizen\noutcome: Verhuisd\nchannels:\n  telefoon: { name: Telefoon, kind: phone }\nteams:\n  klantenservice: { name: Klantenservice, line: front }\n  backoffice: { name: Backoffice }\nsteps:\n${body}\n`;
}

async function blueprintOf(text: string): Promise<Blueprint> {
  const analysis = await analyseText('/ws/test.journey.yaml', text, { readFile: async () => undefined }, { today: '2026-11-23', catalogs: new CatalogCache() });
  return buildBlueprint(analysis);
}

/** Every text node and element of an XML document, read by a strict parser (it throws on anything malformed). */
function parseXml(xml: string): { texts: string[]; elements: { name: string; attributes: Record<string, string> }[] } {
  const parser = sax.parser(true);
  const out = { texts: [] as string[], elements: [] as { name: string; attributes: Record<string, string> }[] };
  let current = '';
  parser.onopentag = (t) => {
    out.elements.push({ name: t.name, attributes: t.attributes as Record<string, string> });
    if (t.name === 'text') current = '';
  };
  parser.ontext = (t) => { current += t; };
  parser.onclosetag = (name) => {
    if (name === 'text') out.texts.push(current);
  };
  parser.onerror = (e) => { throw e; };
  parser.write(xml).close();
  return out;
}

/** Width, height and the inflated pixel rows of a PNG: a real decode of its image data. */
function decodePng(png: Buffer): { width: number; height: number; bytes: number } {
  assert.deepStrictEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'the PNG signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const chunk = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
    }
    if (type === 'IDAT') data.push(chunk);
    offset += 12 + length;
  }
  return { width, height, bytes: inflateSync(Buffer.concat(data)).length };
}

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string[] }> {
  // pdf.js is an ES module; the compiled tests are CommonJS, whose import() TypeScript would turn into require().
  const load = new Function('s', 'return import(s)') as (s: string) => Promise<typeof import('pdfjs-dist')>;
  const pdfjs = await load('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const text: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return { pages: doc.numPages, text };
}

const options = { view: 'blueprint' as const, findings: true, page: 'a4' as const, lang: 'en', fonts, wasm };

describe('drawn exports: SVG, PNG and PDF', function () {
  this.timeout(60_000);

  it('SVG: well-formed, every step id and stage of a 40-step journey as text, an arrow per handoff', async () => {
    const bp = await blueprintOf(journey(40));
    const svg = parseXml((await exportDrawn(bp, 'svg', options)).toString('utf8'));
    for (let i = 1; i <= 40; i++) assert.ok(svg.texts.includes(`${i} stap-${i}`), `step ${i}`);
    assert.ok(svg.texts.includes('Fase 10'));
    const arrows = svg.elements.filter((e) => e.name === 'polyline' && e.attributes['marker-end']);
    assert.strictEqual(bp.handoffs.length, 40);
    assert.strictEqual(arrows.length, bp.handoffs.length);
    assert.ok(!svg.elements.some((e) => e.name === 'script' || e.name === 'foreignObject' || Object.keys(e.attributes).some((a) => /^on/i.test(a))));
  });

  it('SVG: hostile journey text is text, character for character (less what XML cannot hold)', async () => {
    const bp = await blueprintOf(journey(2, HOSTILE).replace('customer: Klant doet stap 1', `customer: ${JSON.stringify(HOSTILE)}`));
    const xml = (await exportDrawn(bp, 'svg', options)).toString('utf8');
    const svg = parseXml(xml);
    assert.ok(!svg.elements.some((e) => e.name === 'script'));
    const expected = HOSTILE.replace('\u0007', ' ');
    assert.ok(svg.texts.some((t) => t.includes('<script>alert(1)</script>')), 'the title, as text');
    assert.ok(svg.texts.join(' ').replace(/\s+/g, ' ').includes(expected.replace(/\s+/g, ' ').slice(0, 20)));
  });

  it('PNG: a 40-step journey decodes to twice the size of the drawing, four bytes a pixel', async () => {
    const bp = await blueprintOf(journey(40));
    const png = decodePng(await exportDrawn(bp, 'png', options));
    const measure = fontMeasure(fonts);
    const whole = compose(drawBlueprint(bp, { labels: labelsFor('en'), view: 'blueprint', findings: true, measure }), { from: 0, to: 40 }, measure);
    assert.strictEqual(png.width, whole.width * 2);
    assert.strictEqual(png.height, whole.height * 2);
    // A filter byte a row, then RGBA.
    assert.strictEqual(png.bytes, png.height * (1 + png.width * 4));
  });

  it('PNG: a journey too long for twice its size is drawn smaller, within what viewers open', () => {
    assert.strictEqual(pngScale(1000, 800), 2);
    const s = pngScale(57_000, 3000);
    assert.ok(s < 2 && 57_000 * s <= 16_384 && 57_000 * s * 3000 * s <= 64_000_000 + 1);
  });

  for (const page of ['a4', 'a3'] as const) {
    it(`PDF (${page}): a page per run of columns, every step's id in the text, the title and page numbers on each`, async () => {
      const bp = await blueprintOf(journey(40));
      const pdf = await exportDrawn(bp, 'pdf', { ...options, page });
      const measure = fontMeasure(fonts);
      const perPage = columnsPerPage(drawBlueprint(bp, { labels: labelsFor('en'), view: 'blueprint', findings: true, measure }), page);
      // Landscape width over 0.75 (the smallest scale), less margins and the label column, over 190-point columns.
      assert.strictEqual(perPage, page === 'a4' ? 5 : 7);
      const { pages, text } = await pdfText(pdf);
      assert.strictEqual(pages, Math.ceil(40 / perPage));
      const all = text.join(' ');
      for (let i = 1; i <= 40; i++) assert.match(all, new RegExp(`\\b${i}\\s+stap-${i}\\b`), `step ${i}`);
      text.forEach((t, i) => {
        assert.match(t, /Verhuizing doorgeven/, `title on page ${i + 1}`);
        assert.match(t, new RegExp(`page ${i + 1} of ${pages}`));
        assert.match(t, /Front office/, `lane labels on page ${i + 1}`);
      });
      assert.ok(!/\/JavaScript|\/JS\b|\/OpenAction/.test(pdf.toString('latin1')), 'no script in the PDF');
    });
  }

  it('PDF: hostile text is text, and Dutch labels in Dutch', async () => {
    const bp = await blueprintOf(journey(2, HOSTILE));
    const { text } = await pdfText(await exportDrawn(bp, 'pdf', { ...options, lang: 'nl' }));
    assert.match(text[0], /<script>alert\(1\)<\/script>/);
    assert.match(text[0], /pagina 1 van 1/);
    assert.match(text[0], /Frontoffice/);
  });

  it('follows the paths with the emotion curve: a fork\'s alternatives are never joined, and the step says where it leads', async () => {
    const text = `journey: Aanvraag
owner: Ans
need: Vergunning
outcome: Besluit
steps:
  - id: aanvragen
    customer: Vraagt aan
    emotion: 0
    next: [goedgekeurd, afgewezen]
  - id: goedgekeurd
    customer: Krijgt ja
    emotion: 2
    end: true
  - id: afgewezen
    customer: Krijgt nee
    emotion: -2
    end: true
`;
    const bp = await blueprintOf(text);
    const measure = fontMeasure(fonts);
    const d = drawBlueprint(bp, { labels: labelsFor('en'), view: 'customer', findings: false, measure });
    const emotionLines = (i: number) => d.columns[i].filter((s) => s.kind === 'line' && s.stroke === '#0f5fa8' && s.points.length === 2);
    // aanvragen → goedgekeurd side by side: joined in their columns; goedgekeurd | afgewezen: alternatives, not joined.
    assert.strictEqual(emotionLines(0).length, 1);
    assert.strictEqual(emotionLines(1).length, 1, 'goedgekeurd joins only aanvragen');
    assert.strictEqual(emotionLines(2).length, 0, 'afgewezen joins no neighbour in its own column');
    assert.deepStrictEqual(d.emotionLinks.map((l) => [l.from, l.to]), [[0, 2]], 'aanvragen → afgewezen, across goedgekeurd');
    const svg = parseXml((await exportDrawn(bp, 'svg', { ...options, view: 'customer' })).toString('utf8'));
    assert.ok(svg.texts.some((t) => t.includes('→ goedgekeurd or afgewezen')), svg.texts.join(' | '));
  });

  it('leaves every finding out with findings: false', async () => {
    const bp = await blueprintOf(journey(2).replace('owner: Ans\n', ''));
    assert.ok(bp.journeyFindings.length > 0, 'the journey has a finding to leave out');
    const withFindings = parseXml((await exportDrawn(bp, 'svg', options)).toString('utf8'));
    assert.ok(withFindings.texts.some((t) => t.includes('owner-missing')));
    const without = parseXml((await exportDrawn(bp, 'svg', { ...options, findings: false })).toString('utf8'));
    assert.ok(!without.texts.some((t) => t.includes('owner-missing')));
  });
});
