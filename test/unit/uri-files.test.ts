/**
 * Files named by URI strings (the editor's virtual workspaces): `uses` and
 * `evidence.log` resolve against the journey's URI, confinement compares
 * URIs of one file system, and paths behave exactly as before.
 */
import * as assert from 'assert';
import * as path from 'path';
import { analyseText, baseName, buildPortfolio, CatalogCache, checkText, folderOf, isInside, isUriString, parseDate, resolveBeside } from '../../src/core';
import { locateLog } from '../../src/core/evidence/locate-log';
import { byRule, journeyUsing, recordingHost, show } from './helpers';

const JOURNEY = 'memfs:/ws/reizen/a.journey.yaml';
const ROOT = 'memfs:/ws';

/** The step of helpers' journeyUsing, with a task of team ks (the catalogs here declare it). */
const TASK = '    process:\n      - team: ks\n        does: Answers\n';


const CATALOG = 'catalog: Shared\nteams:\n  ks: { name: Klantenservice }\n';


describe('files named by URI', () => {
  it('tells URI strings from paths, Windows drives included', () => {
    assert.strictEqual(isUriString('memfs:/ws/a.journey.yaml'), true);
    assert.strictEqual(isUriString('vscode-vfs://github/o/r/a.journey.yaml'), true);
    assert.strictEqual(isUriString('/ws/a.journey.yaml'), false);
    assert.strictEqual(isUriString('C:\\ws\\a.journey.yaml'), false);
    assert.strictEqual(isUriString('a.journey.yaml'), false);
  });

  it('resolves beside a URI with its scheme and authority kept', () => {
    assert.strictEqual(resolveBeside(JOURNEY, '../shared/x.catalog.yaml'), 'memfs:/ws/shared/x.catalog.yaml');
    assert.strictEqual(resolveBeside('vscode-vfs://github/o/r/j/a.journey.yaml', 'x.catalog.yaml'), 'vscode-vfs://github/o/r/j/x.catalog.yaml');
    assert.strictEqual(resolveBeside(JOURNEY, 'logs\\k.csv'), 'memfs:/ws/reizen/logs/k.csv');
    assert.strictEqual(folderOf(JOURNEY), 'memfs:/ws/reizen');
  });

  it('resolves beside a URI without its query and fragment (a diff names a version of the file, not its folder)', () => {
    assert.strictEqual(resolveBeside('git:/ws/a.journey.yaml?%7B%22ref%22%3A%22HEAD%22%7D#x', 'org.catalog.yaml'), 'git:/ws/org.catalog.yaml');
    assert.strictEqual(folderOf('memfs:/ws/a.journey.yaml?v=2'), 'memfs:/ws');
  });

  it('resolves beside a path as path.resolve does', () => {
    const journey = path.resolve('/ws/reizen/a.journey.yaml');
    assert.strictEqual(resolveBeside(journey, '../x.catalog.yaml'), path.resolve('/ws/x.catalog.yaml'));
    assert.strictEqual(folderOf(journey), path.resolve('/ws/reizen'));
  });

  it('confines URIs to a root of the same file system', () => {
    assert.strictEqual(isInside('memfs:/ws/shared/x.catalog.yaml', ROOT), true);
    assert.strictEqual(isInside(ROOT, ROOT), true);
    assert.strictEqual(isInside('memfs:/elsewhere/x.catalog.yaml', ROOT), false);
    assert.strictEqual(isInside('memfs:/wsx/x.catalog.yaml', ROOT), false);
    assert.strictEqual(isInside('other:/ws/x.catalog.yaml', ROOT), false);
    assert.strictEqual(isInside('memfs://host/ws/x.catalog.yaml', ROOT), false);
    assert.strictEqual(isInside(path.resolve('/ws/x.catalog.yaml'), ROOT), false);
    assert.strictEqual(isInside('memfs:/ws/x.catalog.yaml', path.resolve('/ws')), false);
  });

  it('reads a catalog of a URI-named journey by its URI, and its declarations count', async () => {
    const host = recordingHost({ 'memfs:/ws/shared/x.catalog.yaml': CATALOG });
    const all = await checkText(JOURNEY, journeyUsing('../shared/x.catalog.yaml', TASK), host, { root: ROOT, catalogs: new CatalogCache(), today: '2026-11-23' });
    assert.deepStrictEqual(host.reads, ['memfs:/ws/shared/x.catalog.yaml']);
    assert.deepStrictEqual(byRule(all, 'unknown-reference'), [], show(all));
  });

  it('names a URI-named catalog in messages as `uses` names it', async () => {
    const host = recordingHost({ 'memfs:/ws/shared/x.catalog.yaml': `${CATALOG}partners:\n  drukker: { name: Drukkerij, fallback: bellen }\n` });
    const text = journeyUsing('../shared/x.catalog.yaml', TASK).replace('    fallback: phone\n', '    fallback: phone\n    partners: [drukker]\n');
    const all = await checkText(JOURNEY, text, host, { root: ROOT, catalogs: new CatalogCache(), today: '2026-11-23' });
    const [f] = byRule(all, 'partner-no-agreement');
    assert.match(f?.message ?? show(all), /'drukker' is declared in \.\.\/shared\/x\.catalog\.yaml: add it there\.$/);
  });

  it('names a catalog in the portfolio with its URI whole, authority and all', async () => {
    const journey = 'vscode-vfs://github/o/r/reizen/a.journey.yaml';
    const host = recordingHost({ 'vscode-vfs://github/o/r/shared/x.catalog.yaml': `${CATALOG}partners:\n  drukker: { name: Drukkerij }\n` });
    const text = journeyUsing('../shared/x.catalog.yaml', TASK).replace('    fallback: phone\n', '    fallback: phone\n    partners: [drukker]\n');
    const analysis = await analyseText(journey, text, host, { root: 'vscode-vfs://github/o/r', catalogs: new CatalogCache(), today: '2026-11-23' });
    const portfolio = buildPortfolio([{ path: journey, analysis }], parseDate('2026-11-23')!);
    assert.deepStrictEqual(portfolio.partners.map((p) => p.declaredIn), ['vscode-vfs://github/o/r/shared/x.catalog.yaml']);
  });

  it('gives a URI-named file its own name, decoded', () => {
    assert.strictEqual(baseName('memfs:/ws/mijn%20reis.journey.yaml'), 'mijn reis.journey.yaml');
    assert.strictEqual(baseName(path.join('/ws', 'a.journey.yaml')), 'a.journey.yaml');
  });

  it('says which URI it looked for when the catalog is missing', async () => {
    const all = await checkText(JOURNEY, journeyUsing('../shared/x.catalog.yaml', TASK), recordingHost({}), { root: ROOT, catalogs: new CatalogCache() });
    assert.ok(byRule(all, 'unknown-reference').some((f) => f.message.includes('memfs:/ws/shared/x.catalog.yaml')), show(all));
  });

  it('refuses a catalog outside the root folder of the URI-named journey, unread', async () => {
    const host = recordingHost({ 'memfs:/x.catalog.yaml': CATALOG });
    const all = await checkText(JOURNEY, journeyUsing('../../x.catalog.yaml', TASK), host, { root: ROOT, catalogs: new CatalogCache() });
    assert.match(byRule(all, 'unknown-reference')[0]?.message ?? '', /points outside the workspace folder/, show(all));
    assert.deepStrictEqual(host.reads, []);
  });

  it('locates a log beside a URI-named journey, and refuses one outside the root', async () => {
    const host = { readFile: async () => undefined };
    assert.deepStrictEqual(await locateLog('logs/k.csv', JOURNEY, ROOT, host), { ok: true, absPath: 'memfs:/ws/reizen/logs/k.csv' });
    assert.deepStrictEqual(await locateLog('../../k.csv', JOURNEY, ROOT, host), { ok: false });
  });
});
