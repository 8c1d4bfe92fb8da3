/**
 * `uses` cannot read outside the workspace folder: a path that resolves
 * outside `root` (by `..`, an absolute path, or a symbolic link) is refused
 * with a finding on the `uses` entry, and the file is never read.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CatalogCache, checkText, isInside, nodeFileHost } from '../../src/core';
import { byRule, JOURNEY, journeyUsing, recordingHost, ROOT, show } from './helpers';


const CATALOG = 'catalog: Elsewhere\nteams:\n  ks: { name: Klantenservice }\n';


describe('uses stays inside the workspace folder', () => {
  const outside = path.resolve(ROOT, '../../etc/passwd');

  for (const uses of ['../../etc/passwd', '[../../etc/passwd]', outside, '"sub/../../elsewhere.catalog.yaml"']) {
    it(`refuses ${uses} with a finding on the entry, and does not read it`, async () => {
      const host = recordingHost({ [outside]: CATALOG, [path.resolve(ROOT, '../elsewhere.catalog.yaml')]: CATALOG });
      const all = await checkText(JOURNEY, journeyUsing(uses), host, { root: ROOT, catalogs: new CatalogCache(), today: '2026-11-23' });
      const [f] = byRule(all, 'unknown-reference');
      assert.ok(f, show(all));
      assert.strictEqual(f.range.start.line, 4);
      assert.match(f.message, /points outside the workspace folder; Journey Lens only reads catalogs inside it/);
      assert.deepStrictEqual(host.reads, []);
    });
  }

  it('says which path it refused, as written', async () => {
    const all = await checkText(JOURNEY, journeyUsing('../../etc/passwd'), recordingHost({}), { root: ROOT, catalogs: new CatalogCache() });
    assert.match(byRule(all, 'unknown-reference')[0].message, /^'\.\.\/\.\.\/etc\/passwd' points outside the workspace folder/);
  });

  it('reads catalogs inside the root, also through ..', async () => {
    const inside = path.join(ROOT, 'org.catalog.yaml');
    const host = recordingHost({ [inside]: CATALOG });
    const all = await checkText(JOURNEY, journeyUsing('sub/../org.catalog.yaml'), host, { root: ROOT, catalogs: new CatalogCache(), today: '2026-11-23' });
    assert.deepStrictEqual(all, [], show(all));
    assert.deepStrictEqual(host.reads, [inside]);
  });

  it('reads anywhere when no root is given (the engine\'s own default)', async () => {
    const host = recordingHost({ [outside]: CATALOG });
    await checkText(JOURNEY, journeyUsing('../../etc/passwd'), host, { catalogs: new CatalogCache() });
    assert.deepStrictEqual(host.reads, [outside]);
  });

  it('refuses a symbolic link inside the root that leads outside it', async function () {
    const tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'jl-root-')));
    try {
      const ws = path.join(tmp, 'ws');
      await fs.mkdir(ws);
      await fs.writeFile(path.join(tmp, 'secret.catalog.yaml'), CATALOG);
      try {
        await fs.symlink(path.join(tmp, 'secret.catalog.yaml'), path.join(ws, 'link.catalog.yaml'));
      } catch {
        this.skip(); // No symbolic links here (Windows without the privilege).
      }
      const journey = path.join(ws, 'a.journey.yaml');
      const all = await checkText(journey, journeyUsing('link.catalog.yaml'), nodeFileHost, { root: ws, catalogs: new CatalogCache() });
      const [f] = byRule(all, 'unknown-reference');
      assert.ok(f, show(all));
      assert.match(f.message, /^'link\.catalog\.yaml' leads outside the workspace folder through a symbolic link/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('isInside compares whole path segments', () => {
    const root = path.resolve('/ws');
    assert.ok(isInside(path.resolve('/ws/a.catalog.yaml'), root));
    assert.ok(isInside(root, root));
    assert.ok(isInside(path.resolve('/ws/..x/a.yaml'), root), 'a folder named ..x is inside');
    assert.ok(!isInside(path.resolve('/ws2/a.yaml'), root), 'a sibling whose name starts the same is outside');
    assert.ok(!isInside(path.resolve('/a.yaml'), root));
  });
});
