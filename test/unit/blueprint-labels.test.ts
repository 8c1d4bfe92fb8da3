/** The preview and the export in Dutch when VS Code's display language is Dutch, in English otherwise. */
import * as assert from 'assert';
import { exportHtml, exportMermaid } from '../../src/core';
import { CellMemo } from '../../src/core/blueprint/views/cell-memo';
import { LABEL_SETS, labelsFor, type Labels } from '../../src/core/blueprint/views/labels';
import { page } from '../../src/core/blueprint/views/page';
import { drawBlueprint } from '../../src/core/export/drawing';
import { textOf } from '../../src/core/blueprint/vnode';
import { blueprintOf, EXAMPLE } from './blueprint-helpers';

/** Every label as text, with the functions called on sample values, by dotted key. */
function flatten(labels: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(labels)) {
    const name = prefix + key;
    if (typeof value === 'string') out.set(name, value);
    else if (typeof value === 'function') out.set(name, String((value as (...a: unknown[]) => unknown)(2, 5)));
    else for (const [k, v] of flatten(value as object, `${name}.`)) out.set(k, v);
  }
  return out;
}

describe('preview labels', () => {
  it('Dutch has every label English has, none empty', () => {
    const en = flatten(LABEL_SETS.en);
    const nl = flatten(LABEL_SETS.nl);
    assert.deepStrictEqual([...nl.keys()], [...en.keys()]);
    for (const [key, text] of nl) assert.ok(text.trim().length > 0, key);
  });

  it('picks Dutch for nl and its regional variants, English for everything else', () => {
    const dutch: Labels = LABEL_SETS.nl;
    assert.strictEqual(labelsFor('nl'), dutch);
    assert.strictEqual(labelsFor('nl-BE'), dutch);
    assert.strictEqual(labelsFor('NL'), dutch);
    for (const other of ['en', 'en-US', 'de', 'fr', '', undefined]) assert.strictEqual(labelsFor(other), LABEL_SETS.en, String(other));
  });

  it('renders the blueprint with Dutch lanes, tabs and counts when the language is Dutch', async () => {
    const bp = await blueprintOf(EXAMPLE);
    const nl = page(bp, { labels: labelsFor('nl'), view: 'blueprint', interactive: true }).map(textOf).join(' ');
    for (const word of ['Klantreis', 'Medewerkersreis', 'Stap voor stap', 'Frontoffice', 'Backoffice', 'Interactielijn', 'Zichtbaarheidslijn']) assert.ok(nl.includes(word), word);
    assert.ok(!nl.includes('Customer journey') && !nl.includes('Line of visibility'), 'English left in the Dutch page');
    const en = page(bp, { labels: labelsFor('en'), view: 'blueprint', interactive: true }).map(textOf).join(' ');
    assert.ok(en.includes('Customer journey') && en.includes('Line of visibility') && !en.includes('Klantreis'));
  });

  it('exports in the language it is given, and the next export without one is English again', async () => {
    const bp = await blueprintOf(EXAMPLE);
    const nl = exportHtml(bp, { view: 'walkthrough', css: '', lang: 'nl' });
    assert.match(nl, /<html lang="nl">/);
    assert.match(nl, /Stap 1 van 4/);
    assert.match(exportMermaid(bp, 'nl'), /Behoefte/);
    const en = exportHtml(bp, { view: 'walkthrough', css: '' });
    assert.match(en, /Step 1 of 4/);
    assert.doesNotMatch(en, /Stap 1 van 4/);
  });

  it('gives each render its own language, whatever was rendered before it in another', async () => {
    // One language was once set for all renders: a Dutch export left the next English page Dutch.
    const bp = await blueprintOf(EXAMPLE);
    const memo = new CellMemo();
    const preview = (labels: Labels): string => {
      const text = page(bp, { labels, view: 'blueprint', interactive: true, memo }).map(textOf).join(' ');
      memo.settle();
      return text;
    };
    const width = { width: (text: string, size: number) => text.length * size * 0.6 };
    const rowLabels = (labels: Labels) => drawBlueprint(bp, { labels, view: 'blueprint', findings: true, measure: width }).rows.map((r) => r.label);
    const en = preview(labelsFor('en'));
    const nl = preview(labelsFor('nl'));
    const dutchExport = exportHtml(bp, { view: 'blueprint', css: '', lang: 'nl' });
    const dutchRows = rowLabels(labelsFor('nl'));
    assert.strictEqual(preview(labelsFor('en')), en, 'the English page after the Dutch ones, its cells from the same memo');
    const englishRows = rowLabels(labelsFor('en'));
    const englishExport = exportHtml(bp, { view: 'blueprint', css: '' });
    assert.strictEqual(preview(labelsFor('nl')), nl);
    assert.ok(en.includes('Line of visibility') && !en.includes('Zichtbaarheidslijn'));
    assert.ok(nl.includes('Zichtbaarheidslijn') && !nl.includes('Line of visibility'));
    assert.ok(dutchExport.includes('Zichtbaarheidslijn') && !dutchExport.includes('Line of visibility'));
    assert.ok(englishExport.includes('Line of visibility') && !englishExport.includes('Zichtbaarheidslijn'));
    assert.ok(dutchRows.includes('Zichtbaarheidslijn') && englishRows.includes('Line of visibility'));
    assert.notDeepStrictEqual(dutchRows, englishRows);
  });
});
