/** Catalogs in `uses`: resolved relative to the journey, checked, and seen by the checks. */
import * as assert from 'assert';
import * as path from 'path';
import { CatalogCache, checkText } from '../../src/core';
import { byRule, check, memoryHost, ROOT, show, yaml } from './helpers';

const CATALOG = path.join(ROOT, 'org.catalog.yaml');
const catalogText = yaml`
  catalog: Organisatie
  channels:
    telefoon: { kind: phone }
  teams:
    ks: { name: Klantenservice, line: front }
  partners:
    net: { name: Stedin, sla: 5 working days }
`;

const journeyUsing = (uses: string, extra = '') => yaml`
  journey: Uses a catalog
  owner: Ans
  need: A need
  outcome: An outcome
  uses: ${uses}
` + extra + yaml`
  steps:
    - id: a
      customer: Calls
      channel: telefoon
      partners: [net]
      process: [{ team: ks, does: Answers }]
`;

describe('catalogs', () => {
  it('makes the catalog\'s declarations visible to the checks', async () => {
    const all = await check(journeyUsing('org.catalog.yaml'), { [CATALOG]: catalogText });
    assert.deepStrictEqual(byRule(all, 'unknown-reference'), [], show(all));
    // The catalog partner lacks an agreement: reported at the journey's reference, related to the catalog.
    const [f] = byRule(all, 'partner-no-agreement');
    assert.ok(f, show(all));
    assert.strictEqual(f.range.start.line, 9);
    assert.strictEqual(f.related[0].file, CATALOG);
    assert.strictEqual(f.related[0].range.start.line, 6);
  });

  it('resolves paths relative to the journey file', async () => {
    const nested = path.join(ROOT, 'shared', 'org.catalog.yaml');
    const all = await check(journeyUsing('[shared/org.catalog.yaml]'), { [nested]: catalogText });
    assert.deepStrictEqual(byRule(all, 'unknown-reference'), [], show(all));
  });

  it('reports a missing catalog on the uses entry', async () => {
    const all = await check(journeyUsing('missing.catalog.yaml'));
    const missing = byRule(all, 'unknown-reference').filter((f) => /catalog/.test(f.message));
    assert.strictEqual(missing.length, 1, show(all));
    assert.strictEqual(missing[0].range.start.line, 4);
    assert.match(missing[0].message, /The catalog 'missing.catalog.yaml' does not exist/);
  });

  it('reports an invalid catalog on the uses entry and still uses its valid declarations', async () => {
    const broken = catalogText.replace('catalog: Organisatie', 'catalog: Organisatie\nchanels: {}');
    const all = await check(journeyUsing('org.catalog.yaml'), { [CATALOG]: broken });
    const [f] = byRule(all, 'catalog-invalid');
    assert.ok(f, show(all));
    assert.strictEqual(f.range.start.line, 4);
    assert.match(f.message, /has a problem; open it to see it/);
    assert.deepStrictEqual(byRule(all, 'unknown-reference'), [], show(all));
  });

  it('keeps the whole declarations of a catalog with a duplicate key, and holds back what the broken one might answer', async () => {
    const broken = catalogText.replace('ks: { name: Klantenservice, line: front }', 'ks: { name: Klantenservice, name: KS }');
    const all = await check(journeyUsing('org.catalog.yaml'), { [CATALOG]: broken });
    assert.deepStrictEqual(byRule(all, 'unknown-reference'), [], show(all));
    assert.deepStrictEqual(byRule(all, 'catalog-invalid').map((f) => f.message), [
      "The catalog 'org.catalog.yaml' has a problem; open it to see it. Its valid declarations are used meanwhile. 1 reference it might declare is not checked.",
    ]);
    assert.strictEqual(byRule(all, 'partner-no-agreement').length, 1, show(all));
  });

  it('keeps what a catalog declares before an unclosed quote', async () => {
    const broken = catalogText.replace('name: Klantenservice', 'name: "Klantenservice');
    const all = await check(journeyUsing('org.catalog.yaml'), { [CATALOG]: broken });
    assert.deepStrictEqual(byRule(all, 'unknown-reference'), [], show(all));
    // telefoon is read; ks and net were swallowed by the quote.
    assert.match(byRule(all, 'catalog-invalid')[0].message, / 2 references it might declare are not checked\.$/);
  });

  it('holds back the unknown references that a missing catalog might answer, saying so once', async () => {
    const all = await check(journeyUsing('missing.catalog.yaml'));
    assert.deepStrictEqual(byRule(all, 'unknown-reference').map((f) => f.message), [
      `The catalog 'missing.catalog.yaml' does not exist or cannot be read (looked for ${path.join(ROOT, 'missing.catalog.yaml')}). 3 references it might declare are not checked.`,
    ]);
  });

  it('says once what to do when the journey lies outside the folder it is checked from', async () => {
    const elsewhere = path.resolve('/elsewhere/a.journey.yaml');
    const files = { [path.resolve('/elsewhere/org.catalog.yaml')]: catalogText };
    for (const [language, message] of [
      ['en', `This journey lies outside the folder that Journey Lens reads catalogs from (${ROOT}), so its catalogs are not read. Run journey-lens in the folder that holds the journey and its catalogs, or pass --allow-outside. 3 references it might declare are not checked.`],
      ['nl', `Deze klantreis staat buiten de map waaruit Journey Lens catalogi leest (${ROOT}), dus de catalogi worden niet gelezen. Voer journey-lens uit in de map met de klantreis en de catalogi, of geef --allow-outside mee. 3 verwijzingen die hij zou kunnen declareren, worden niet gecontroleerd.`],
    ] as const) {
      const all = await checkText(elsewhere, journeyUsing('org.catalog.yaml'), memoryHost(files), { root: ROOT, catalogs: new CatalogCache(), today: '2026-11-23', language });
      assert.deepStrictEqual(byRule(all, 'unknown-reference').map((f) => f.message), [message], show(all));
    }
  });

  it('reports a journey that redeclares a catalog id, relating the catalog declaration', async () => {
    const all = await check(journeyUsing('org.catalog.yaml', 'teams:\n  ks: { name: Andere KS }\n'), { [CATALOG]: catalogText });
    const [f] = byRule(all, 'duplicate-id');
    assert.ok(f, show(all));
    assert.strictEqual(f.range.start.line, 6);
    assert.strictEqual(f.message, "The team 'ks' is already declared in the catalog 'org.catalog.yaml' that this journey uses. Remove this declaration, or give it another id.");
    assert.strictEqual(f.related[0].file, CATALOG);
  });

  it('does not see declarations of catalogs it does not use', async () => {
    const text = journeyUsing('org.catalog.yaml').replace('uses: org.catalog.yaml\n', '');
    const all = await check(text, { [CATALOG]: catalogText });
    assert.ok(byRule(all, 'unknown-reference').some((f) => f.message.startsWith("Unknown team 'ks'")), show(all));
  });
});
