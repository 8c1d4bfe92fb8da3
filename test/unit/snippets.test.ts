/**
 * The snippets, in English and Dutch: the same snippets under the same
 * prefixes, the Dutch ones worded in Dutch, and each one, filled in with its
 * placeholders' defaults where it belongs, is valid in the journey format.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { SNIPPETS, type SnippetName } from '../../src/core/language-service/snippets';
import { listFindings, schemaFindings } from './schema-helpers';

const ROOT = path.resolve(__dirname, '../../..');

interface Snippet { prefix: string[]; description: string; body: string[] }

const load = (file: string) => JSON.parse(readFileSync(path.join(ROOT, 'snippets', file), 'utf8')) as Record<string, Snippet>;
const LANGUAGES = { en: load('journey.code-snippets'), nl: load('journey.nl.code-snippets') };

/** The text a snippet inserts when the user accepts every default. */
function expand(body: readonly string[]): string {
  return body.join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

const indent = (text: string, n: number) => text.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

const HEAD = 'journey: J\nneed: n\noutcome: o\n';
const STEP = '  - id: a\n    customer: c\n';
const TASK = `${STEP}    process:\n      - team: t\n        does: d\n`;

/** Where each snippet goes in a journey: the text around it. */
const PLACES: Record<string, (text: string) => string> = {
  'Journey step': (t) => `${HEAD}steps:\n${indent(t, 2)}\n`,
  'Journey task': (t) => `${HEAD}steps:\n${STEP}    process:\n${indent(t, 6)}\n`,
  'Journey handoff': (t) => `${HEAD}steps:\n${TASK}${indent(t, 8)}\n`,
  'Journey promise': (t) => `${HEAD}steps:\n${STEP}${indent(t, 4)}\n`,
  'Journey partner': (t) => `${HEAD}partners:\n${indent(t, 2)}\nsteps:\n${STEP}`,
};

describe('snippets', () => {
  it('offers the same snippets under the same prefixes in English and Dutch', () => {
    assert.deepStrictEqual(Object.keys(LANGUAGES.nl), Object.keys(LANGUAGES.en));
    assert.deepStrictEqual(Object.keys(LANGUAGES.en).sort(), Object.keys(PLACES).sort());
    for (const [name, en] of Object.entries(LANGUAGES.en)) {
      const nl = LANGUAGES.nl[name];
      assert.deepStrictEqual(nl.prefix, en.prefix, name);
      assert.notStrictEqual(nl.description, en.description, `${name}: description not in Dutch`);
      // The keys are the format's, in both languages; only the placeholders' words differ.
      const keys = (body: readonly string[]) => body.map((l) => /^\s*-?\s*([a-z-]+):/.exec(l)?.[1] ?? /\{ ([a-z]+):/.exec(l)?.[1]);
      assert.deepStrictEqual(keys(nl.body), keys(en.body), name);
    }
  });

  for (const [language, snippets] of Object.entries(LANGUAGES)) {
    it(`inserts valid journey parts with their defaults (${language})`, () => {
      for (const [name, snippet] of Object.entries(snippets)) {
        const text = PLACES[name](expand(snippet.body));
        const findings = schemaFindings(text);
        assert.deepStrictEqual(findings, [], `${name}:\n${text}\n${listFindings(findings)}`);
      }
    });
  }

  it('writes block style only: no flow mapping or list around free text', () => {
    for (const snippets of Object.values(LANGUAGES)) {
      for (const [name, snippet] of Object.entries(snippets)) assert.ok(snippet.body.every((l) => !/[{[]\s*[a-z-]+:/.test(l)), `${name}: ${snippet.body.join(' / ')}`);
    }
  });

  it('keeps commas and quotes in free text as they are typed', () => {
    const handoff = PLACES['Journey handoff'](expand(LANGUAGES.nl['Journey handoff'].body).replace('wat de ontvanger nodig heeft', 'adres, EAN-code en "tijdstip"'));
    assert.deepStrictEqual(schemaFindings(handoff), []);
    assert.strictEqual((parse(handoff) as { steps: { process: { handoff: { gives: string } }[] }[] }).steps[0].process[0].handoff.gives, 'adres, EAN-code en "tijdstip"');
  });

  it('has the bodies that completion offers (src/core/language-service/snippets.ts)', () => {
    const NAMES: Record<string, SnippetName> = { 'Journey step': 'step', 'Journey task': 'task', 'Journey handoff': 'handoff', 'Journey promise': 'promise', 'Journey partner': 'partner' };
    for (const [language, snippets] of Object.entries(LANGUAGES) as ['en' | 'nl', Record<string, Snippet>][]) {
      for (const [name, snippet] of Object.entries(snippets)) {
        assert.deepStrictEqual(snippet.body, SNIPPETS[language][NAMES[name]].body, `${language} ${name}`);
        assert.strictEqual(snippet.description, SNIPPETS[language][NAMES[name]].description);
      }
    }
  });
});
