/** The New Journey template checks clean in both languages, with any title, and with a catalog beside it. */
import * as assert from 'assert';
import { CatalogCache, journeyTemplate, plainText } from '../../src/core';
import { check, memoryHost, show } from './helpers';

const FULL = `catalog: Energie
channels:
  site: { name: Website, kind: web }
  bellen: { name: Telefoon, kind: phone }
teams:
  backoffice: { name: Backoffice }
  balie: { name: Balie, line: front }
`;

/** A catalog without a self-service channel and without teams, that uses the template's own ids. */
const PARTIAL = `catalog: Klein
channels:
  telefoon: { name: Telefoon, kind: phone }
  website: { name: Winkel, kind: store }
`;

async function declarationsOf(text: string) {
  const loaded = await new CatalogCache().load('/ws/org.catalog.yaml', memoryHost({ '/ws/org.catalog.yaml': text }));
  assert.ok(loaded.status === 'ok', loaded.status);
  return loaded.catalog.declarations;
}

describe('new journey template', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`(${language}) has no findings once filled in as offered`, async () => {
      const text = plainText(journeyTemplate(language, 'Verhuizing {$x} doorgeven', '2026-11-23'));
      const all = await check(text);
      assert.deepStrictEqual(all, [], show(all));
      assert.match(text, /^journey: Verhuizing \{\$x\} doorgeven$/m);
    });

    it(`(${language}) uses a catalog beside it: its channels and front-office team, nothing declared twice, no findings`, async () => {
      const text = plainText(journeyTemplate(language, 'Verhuizing', '2026-11-23', { path: 'org.catalog.yaml', declarations: await declarationsOf(FULL) }));
      assert.match(text, /^uses: \[org\.catalog\.yaml\]$/m);
      assert.doesNotMatch(text, /^(channels|teams):/m, 'nothing of its own');
      assert.match(text, /channel: site\n\s+fallback: bellen/);
      assert.match(text, /- team: balie/);
      const all = await check(text, { '/ws/org.catalog.yaml': FULL });
      assert.deepStrictEqual(all, [], show(all));
    });
  }

  it('declares in the journey only what the catalog lacks, under ids the catalog does not use', async () => {
    const text = plainText(journeyTemplate('nl', 'Verhuizing', '2026-11-23', { path: 'org.catalog.yaml', declarations: await declarationsOf(PARTIAL) }));
    assert.match(text, /^channels:\n {2}website-2: \{ kind: web \}\n\nteams:\n {2}klantenservice: \{ name: Klantenservice, line: front \}$/m);
    assert.match(text, /channel: website-2\n\s+fallback: telefoon/);
    const all = await check(text, { '/ws/org.catalog.yaml': PARTIAL });
    assert.deepStrictEqual(all, [], show(all));
  });
});
