/**
 * Schema findings in Dutch: every schema text a finding can quote has its
 * Dutch in src/core/schema/dutch.ts, and each kind of schema problem reads
 * as Dutch, at the same place as its English twin.
 */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { SCHEMA_DUTCH } from '../../src/core/schema/dutch';
import { firstSentence } from '../../src/core/schema/messages';
import { listFindings, schemaFindings, span } from './schema-helpers';
import { yaml } from './helpers';

const SCHEMAS = path.resolve(__dirname, '../../../schemas');

/** The texts of the schemas that messages.ts quotes. */
function quotedSchemaTexts(): Set<string> {
  const texts = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const s = node as Record<string, unknown> & { properties?: Record<string, { description?: string }>; required?: string[]; oneOf?: { required?: string[] }[] };
    for (const field of ['title', 'x-what', 'x-keys', 'patternErrorMessage']) if (typeof s[field] === 'string') texts.add(s[field] as string);
    const explained = [...(s.required ?? []), ...(s.oneOf ?? []).flatMap((b) => b.required ?? [])];
    for (const key of explained) {
      const description = s.properties?.[key]?.description;
      if (description) texts.add(firstSentence(description));
    }
    Object.values(s).forEach(walk);
  };
  for (const file of readdirSync(SCHEMAS)) walk(JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8')));
  return texts;
}

/** The Dutch and English findings of one text, paired by place. */
function both(text: string, kind: 'journey' | 'catalog' | 'config' = 'journey') {
  const en = schemaFindings(text, kind, 'en');
  const nl = schemaFindings(text, kind, 'nl');
  assert.deepStrictEqual(nl.map(span), en.map(span), `the same places:\n${listFindings(en)}\n${listFindings(nl)}`);
  en.forEach((f, i) => assert.notStrictEqual(nl[i].message, f.message, `not translated: ${f.message}`));
  return nl.map((f) => f.message);
}

describe('schema findings in Dutch', () => {
  it('has Dutch for every schema text a finding can quote, and nothing else', () => {
    const texts = quotedSchemaTexts();
    assert.ok(texts.size > 60, `found only ${texts.size} texts`);
    assert.deepStrictEqual([...texts].filter((t) => !(t in SCHEMA_DUTCH)), [], 'without Dutch');
    assert.deepStrictEqual(Object.keys(SCHEMA_DUTCH).filter((t) => !texts.has(t)), [], 'no longer in the schemas');
    for (const [en, nl] of Object.entries(SCHEMA_DUTCH)) {
      // Quoted keys stay as they are: they are what the user writes.
      const quoted = (s: string) => (s.match(/'[a-z][a-z-]*'/g) ?? []).join();
      assert.strictEqual(quoted(nl), quoted(en), `quoted parts of '${en}'`);
    }
  });

  it('words each kind of schema problem in Dutch', () => {
    const messages = both(yaml`
      journey: Verhuizing
      need: Energie op het nieuwe adres
      outcome: Levering loopt door
      reviewed: 1 maart
      review-every: soms
      stages: Oriëntatie
      steps:
        - id: informeren
          chanel: website
          customer: Zoekt op de website
          emotion: 5
          kano: delight
          fallback: [telefoon, 'mijn chat']
        - id: aanvragen
          process:
            - team: klantenservice
              partner: stedin
              does: Registreert
            - does: Controleert
        - id: 2026
          customer: true
    `);
    const expected = [
      "'1 maart' is geen datum: schrijf JJJJ-MM-DD, bijv. '2026-09-01'.",
      "'soms' is geen duur: schrijf bijv. '3 werkdagen', '2 uur' of 'P2D'.",
      "'stages' moet een lijst van fasenamen zijn, niet \"Oriëntatie\".",
      "Onbekende sleutel 'chanel'; bedoel je 'channel'?",
      "'emotion' moet tussen -2 en 2 liggen, niet 5.",
      "'kano' moet een van basic, satisfier, delighter zijn, niet 'delight' (bedoel je 'delighter'?).",
      "'mijn chat' is niet geldig als kanaal-id: een id begint met een letter of cijfer en bevat alleen letters, cijfers, '-' en '_' (geen spaties).",
      "Een stap heeft 'customer' nodig: wat de klant doet of meemaakt, in de woorden van de klant.",
      "Een taak noemt 'team' of 'partner', niet allebei: haal er een weg.",
      "Een taak heeft 'team' (het team dat deze taak doet) of 'partner' (de partner die deze taak doet) nodig.",
      "'id' moet een stap-id zijn, niet 2026. Zet 2026 tussen aanhalingstekens om het als tekst te gebruiken: \"2026\".",
      "'customer' moet tekst zijn, niet true. Zet true tussen aanhalingstekens om het als tekst te gebruiken: \"true\".",
    ];
    assert.deepStrictEqual([...messages].sort(), [...expected].sort());
  });

  it('words tagged values and a number too large in Dutch', () => {
    const step = (line: string) => `journey: T\nneed: n\noutcome: o\nsteps:\n  - id: a\n    customer: ${line}\n`;
    assert.deepStrictEqual(both(step('!!binary aGVsbG8=')), ["'customer' moet tekst zijn, niet binaire gegevens (een !!binary-waarde). Haal de tag !!binary weg om de waarde als tekst te gebruiken."]);
    assert.deepStrictEqual(both(step('!!timestamp 2001-12-14')), ["'customer' moet tekst zijn, niet een datum en tijd (een !!timestamp-waarde). Haal de tag !!timestamp weg om de waarde als tekst te gebruiken."]);
    assert.deepStrictEqual(both(step('1e400')), ["'customer' moet tekst zijn, niet een getal dat te groot is (het wordt als oneindig gelezen)."]);
  });

  it('words missing keys, empty files and lists in Dutch', () => {
    assert.deepStrictEqual(both('steps: []\n'), [
      "Een klantreis heeft 'journey' (de titel van de klantreis: het doel van de klant in een paar woorden), 'need' (de behoefte waarmee de klantreis begint, in de woorden van de klant) en 'outcome' (de vervulling waarmee de klantreis eindigt: wat de klant heeft als het klaar is) nodig.",
      "'steps' heeft minstens één item nodig.",
    ]);
    assert.deepStrictEqual(both(''), ["Het bestand is leeg: het moet een klantreis (een mapping met ten minste 'journey', 'need', 'outcome' en 'steps') zijn."]);
    assert.deepStrictEqual(both('checks:\n  owner-mising: off\n', 'config'), ["Onbekende controle 'owner-mising'; bedoel je 'owner-missing'?"]);
  });
});
