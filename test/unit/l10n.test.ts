/** Every user-facing string of the extension has a Dutch translation. */
import * as assert from 'assert';
import { readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const json = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, string>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('Dutch localisation', () => {
  it('translates every package.nls.json key, and only those', () => {
    assert.deepStrictEqual(Object.keys(json('package.nls.nl.json')).sort(), Object.keys(json('package.nls.json')).sort());
  });

  it('uses only defined %keys% in package.json', () => {
    const used = [...readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    const defined = json('package.nls.json');
    assert.deepStrictEqual(used.filter((k) => !(k in defined)), []);
  });

  it('gives every walkthrough step a page of its own in Dutch', () => {
    const en = json('package.nls.json');
    const nl = json('package.nls.nl.json');
    const pages = Object.keys(en).filter((k) => k.endsWith('.media'));
    assert.strictEqual(pages.length, 4);
    for (const key of pages) {
      assert.notStrictEqual(nl[key], en[key], key);
      for (const file of [en[key], nl[key]]) assert.ok(statSync(path.join(ROOT, file)).isFile(), file);
    }
  });

  it('translates every string the extension passes to vscode.l10n.t', () => {
    const nl = json('l10n/bundle.l10n.nl.json');
    // l10n.t('…') or l10n.t("…"), the quote escaped inside.
    const calls = /l10n\.t\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;
    const used = new Set(sources(path.join(ROOT, 'src/extension')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(calls)].map((m) => (m[1] ?? m[2]).replace(/\\(['"])/g, '$1'))));
    assert.ok(used.size > 5, `found only ${used.size} strings`);
    const templated = sources(path.join(ROOT, 'src/extension')).filter((f) => /l10n\.t\(\s*`/.test(readFileSync(f, 'utf8')));
    assert.deepStrictEqual(templated, [], 'l10n.t takes a fixed text with {0} holes, not a template literal');
    assert.deepStrictEqual([...used].filter((s) => !(s in nl)), []);
    for (const [en, translated] of Object.entries(nl)) {
      const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.strictEqual(holes(translated), holes(en), `placeholders of '${en}'`);
    }
  });
});
