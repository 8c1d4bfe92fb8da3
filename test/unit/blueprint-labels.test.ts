/** The preview and the export in Dutch when VS Code's display language is Dutch, in English otherwise. */
import * as assert from 'assert';
import { exportHtml, exportMermaid } from '../../src/core';
import { LABEL_SETS, labelsFor, useLanguage, type Labels } from '../../src/core/blueprint/views/labels';
import { page } from '../../src/core/blueprint/views/page';
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
  afterEach(() => useLanguage(undefined));

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
    useLanguage('nl');
    const nl = page(bp, { view: 'blueprint', interactive: true }).map(textOf).join(' ');
    for (const word of ['Klantreis', 'Medewerkersreis', 'Stap voor stap', 'Frontoffice', 'Backoffice', 'Interactielijn', 'Zichtbaarheidslijn']) assert.ok(nl.includes(word), word);
    assert.ok(!nl.includes('Customer journey') && !nl.includes('Line of visibility'), 'English left in the Dutch page');
    useLanguage('en');
    const en = page(bp, { view: 'blueprint', interactive: true }).map(textOf).join(' ');
    assert.ok(en.includes('Customer journey') && en.includes('Line of visibility') && !en.includes('Klantreis'));
  });

  it('exports in the language it is given, and the next export without one is English again', async () => {
    const bp = await blueprintOf(EXAMPLE);
    const nl = exportHtml(bp, { view: 'walkthrough', css: '', lang: 'nl' });
    assert.match(nl, /<html lang="nl">/);
    assert.match(nl, /Stap 1 van 4/);
    assert.match(exportMermaid(bp, 'Klant', 'nl'), /Behoefte/);
    const en = exportHtml(bp, { view: 'walkthrough', css: '' });
    assert.match(en, /Step 1 of 4/);
    assert.doesNotMatch(en, /Stap 1 van 4/);
  });
});
