/** The Journeys view's model: journeys with owner, review and findings; catalogs with "used by", unused entries and partner gaps. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyseText, buildOverview, CatalogCache, nodeFileHost } from '../../src/core';

const CATALOG = `catalog: Energie
channels:
  telefoon: { name: Telefoon, kind: phone }
  website: { name: Website, kind: web }
  fax: { name: Fax, kind: letter }
teams:
  klantenservice: { name: Klantenservice, line: front }
partners:
  netbeheerder: { name: Stedin, agreement: SLA-1, fallback: bellen }
  drukker: { name: Drukkerij }
`;

const journey = (title: string, owner: string, reviewed: string) => `journey: ${title}
owner: ${owner}
reviewed: ${reviewed}
need: Iets
outcome: Iets anders
uses: [energie.catalog.yaml]
steps:
  - id: bellen
    customer: Belt
    channel: telefoon
    fallback: telefoon
    partners: [netbeheerder]
    process:
      - team: klantenservice
        does: Helpt
  - id: kijken
    customer: Kijkt online
    channel: website
    fallback: telefoon
`;

describe('the Journeys view model', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-overview-'));
    fs.writeFileSync(path.join(dir, 'energie.catalog.yaml'), CATALOG);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function inputs() {
    const catalogs = new CatalogCache();
    const files: [string, string][] = [['a.journey.yaml', journey('Verhuizen', 'Ans', '2026-10-01')], ['b.journey.yaml', journey('Opzeggen', 'Bert', '2025-01-01')]];
    return Promise.all(files.map(async ([name, text]) => {
      const file = path.join(dir, name);
      return { path: file, analysis: await analyseText(file, text, nodeFileHost, { catalogs, root: dir, today: '2026-12-03' }) };
    }));
  }

  it('lists each journey with its owner, review due date (a year after the review by default; overdue marked) and findings by severity', async () => {
    const all = await inputs();
    const catalog = (await new CatalogCache().load(path.join(dir, 'energie.catalog.yaml'), nodeFileHost));
    assert.ok(catalog.status !== 'missing');
    const o = buildOverview(all, [catalog.catalog], new Date('2026-12-03'));
    assert.deepStrictEqual(o.journeys.map((j) => [j.title, j.owner, j.reviewDue, j.reviewOverdue]), [
      ['Verhuizen', 'Ans', '2027-10-01', false],
      ['Opzeggen', 'Bert', '2026-01-01', true],
    ]);
    const b = o.journeys[1];
    assert.strictEqual(b.findings.warning, all[1].analysis.findings.filter((f) => f.severity === 'warning').length);
    assert.ok(b.findings.warning > 0, 'the overdue review is a warning');
  });

  it('says which journeys and steps use each catalog entry, marks the unused, flags partners without agreement or fallback', async () => {
    const all = await inputs();
    const catalog = (await new CatalogCache().load(path.join(dir, 'energie.catalog.yaml'), nodeFileHost));
    assert.ok(catalog.status !== 'missing');
    const [c] = buildOverview(all, [catalog.catalog], new Date('2026-12-03')).catalogs;
    const entry = (id: string) => c.entries.find((e) => e.id === id)!;
    assert.deepStrictEqual(entry('telefoon').usedBy.map((r) => `${r.journey}/${r.step}`), ['Verhuizen/bellen', 'Verhuizen/kijken', 'Opzeggen/bellen', 'Opzeggen/kijken'], 'channel and fallback of one step: one user');
    assert.deepStrictEqual(entry('netbeheerder').usedBy.map((r) => `${r.journey}/${r.step}`), ['Verhuizen/bellen', 'Opzeggen/bellen']);
    assert.deepStrictEqual(entry('netbeheerder').flags, []);
    assert.deepStrictEqual(entry('fax').flags, ['unused']);
    assert.deepStrictEqual(entry('drukker').flags, ['unused', 'no-agreement', 'no-fallback']);
    assert.deepStrictEqual(c.entries.map((e) => e.kind), ['channel', 'channel', 'channel', 'team', 'partner', 'partner']);
  });
});
