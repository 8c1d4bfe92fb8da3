/**
 * The command line on hostile input: `uses` stays inside the working folder
 * unless --allow-outside, and a file too large to check while typing is
 * checked in full (the CLI lifts the editor's size limit).
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { largeFile } from '../fixtures/generated/hostile';
import { parseCliArgs, USAGE } from '../../src/cli/args';
import { DEFAULT_MAX_BYTES } from '../../src/core';
import { cli } from './cli-helpers';

const JOURNEY = `journey: Uses a catalog elsewhere
owner: Ans
need: A need
outcome: An outcome
uses: ../outside/org.catalog.yaml
steps:
  - id: a
    customer: Calls
    channel: phone
    process: [{ team: ks, does: Answers }]
`;
const CATALOG = 'catalog: Elsewhere\nteams:\n  ks: { name: Klantenservice, line: front }\n';

describe('journey-lens on hostile input', function () {
  this.timeout(60_000);
  let tmp: string;
  let ws: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-cli-hard-'));
    ws = path.join(tmp, 'ws');
    await fs.mkdir(path.join(tmp, 'outside'), { recursive: true });
    await fs.mkdir(ws);
    await fs.writeFile(path.join(tmp, 'outside', 'org.catalog.yaml'), CATALOG);
    await fs.writeFile(path.join(ws, 'a.journey.yaml'), JOURNEY);
  });
  afterEach(() => fs.rm(tmp, { recursive: true, force: true }));

  it('says a UTF-16 file is UTF-16, in either byte order, with or without a BOM, and quotes none of it', async () => {
    const text = 'journey: T\nneed: n\noutcome: o\nsteps:\n  - id: a\n    customer: c\n';
    const be = Buffer.from(text, 'utf16le').swap16();
    await fs.writeFile(path.join(ws, 'le.journey.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await fs.writeFile(path.join(ws, 'be.journey.yaml'), be);
    const r = await cli(ws, 'check', '--format', 'text', 'be.journey.yaml', 'le.journey.yaml');
    assert.strictEqual(r.out, [
      'be.journey.yaml:1:1 error This file is UTF-16; save it as UTF-8 (in VS Code: click the encoding in the status bar, then Save with Encoding, UTF-8). [yaml-syntax]',
      'le.journey.yaml:1:1 error This file is UTF-16; save it as UTF-8 (in VS Code: click the encoding in the status bar, then Save with Encoding, UTF-8). [yaml-syntax]',
      '2 files checked: 2 findings (2 errors).',
      '',
    ].join('\n'));
    assert.strictEqual(r.code, 1);
    const nl = await cli(ws, 'check', '--format', 'json', '--lang', 'nl', 'le.journey.yaml');
    assert.deepStrictEqual(JSON.parse(nl.out).map((f: { message: string }) => f.message), ['Dit bestand is UTF-16; sla het op als UTF-8 (in VS Code: klik op de codering in de statusbalk en kies Opslaan met codering, UTF-8).']);
  });

  it('refuses a catalog outside the working folder, on the uses line, and exits 1', async () => {
    const r = await cli(ws, 'check');
    assert.strictEqual(r.code, 1, r.out + r.err);
    assert.match(r.out, /^a\.journey\.yaml:5:7 error '\.\.\/outside\/org\.catalog\.yaml' points outside the workspace folder; Journey Lens only reads catalogs inside it\..*\[unknown-reference\]$/m);
  });

  it('reads it with --allow-outside', async () => {
    const r = await cli(ws, 'check', '--allow-outside');
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /1 file checked, no problems found\./);
  });

  it('names --allow-outside in the usage and parses it for check and report', () => {
    assert.match(USAGE, /--allow-outside/);
    assert.deepStrictEqual([parseCliArgs(['check']), parseCliArgs(['check', '--allow-outside'])].map((a) => 'allowOutside' in a && a.allowOutside), [false, true]);
    assert.strictEqual((parseCliArgs(['report', '--allow-outside']) as { allowOutside: boolean }).allowOutside, true);
  });

  describe('report --out', () => {
    const victim = () => path.join(tmp, 'outside', 'victim.txt');
    const refused = (r: { code: number; out: string; err: string }, out: string, why: string) => {
      assert.strictEqual(r.code, 2, r.out + r.err);
      assert.strictEqual(r.err, `journey-lens: refusing to write the report to ${out}: ${why}. Name a file in the working folder, or add --allow-outside to write there anyway.\n`);
    };
    beforeEach(() => fs.writeFile(victim(), 'keep me\n'));

    it('refuses a symbolic link to a file outside, and leaves that file alone', async () => {
      await fs.symlink(victim(), path.join(ws, 'report.md'));
      refused(await cli(ws, 'report', '--out', 'report.md'), 'report.md', 'it is a symbolic link');
      assert.strictEqual(await fs.readFile(victim(), 'utf8'), 'keep me\n');
    });

    it('refuses a symbolic link even when it points inside the working folder', async () => {
      await fs.writeFile(path.join(ws, 'real.md'), 'keep me\n');
      await fs.symlink('real.md', path.join(ws, 'report.md'));
      refused(await cli(ws, 'report', '--out', 'report.md'), 'report.md', 'it is a symbolic link');
      assert.strictEqual(await fs.readFile(path.join(ws, 'real.md'), 'utf8'), 'keep me\n');
    });

    it('refuses a path outside the working folder, and a folder on the way that links outside', async () => {
      refused(await cli(ws, 'report', '--out', '../outside/victim.txt'), '../outside/victim.txt', 'it is outside the working folder');
      await fs.symlink(path.join(tmp, 'outside'), path.join(ws, 'site'));
      refused(await cli(ws, 'report', '--out', 'site/new/r.md'), 'site/new/r.md', 'a folder on its path is a symbolic link that leads outside the working folder');
      assert.deepStrictEqual(await fs.readdir(path.join(tmp, 'outside')), ['org.catalog.yaml', 'victim.txt']);
      assert.strictEqual(await fs.readFile(victim(), 'utf8'), 'keep me\n');
    });

    it('writes there with --allow-outside', async () => {
      const r = await cli(ws, 'report', '--out', '../outside/victim.txt', '--allow-outside');
      assert.strictEqual(r.code, 0, r.err);
      assert.match(await fs.readFile(victim(), 'utf8'), /^# /);
    });

    it('writes a new file in a new folder inside the working folder', async () => {
      const r = await cli(ws, 'report', '--out', 'site/r.md');
      assert.strictEqual(r.code, 0, r.err);
      assert.match(await fs.readFile(path.join(ws, 'site', 'r.md'), 'utf8'), /^# /);
    });
  });

  it('checks a file above the typing limit in full', async () => {
    await fs.writeFile(path.join(ws, 'big.journey.yaml'), largeFile(DEFAULT_MAX_BYTES * 2));
    const r = await cli(ws, 'check', 'big.journey.yaml');
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.doesNotMatch(r.out, /too large/);
  });
});
