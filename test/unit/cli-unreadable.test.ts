/**
 * Files and folders the command line cannot read are reported, never skipped
 * in silence or checked as empty, and nothing it reads can block it: a FIFO,
 * a device, a dangling link, a loop of links, a folder where a file was,
 * a folder without permission. Each gives a "cannot read" line and exit 2.
 */
import * as assert from 'assert';
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { nodeFileHost, readRegularFile } from '../../src/core';
import { cli } from './cli-helpers';

const JOURNEY = 'journey: J\nowner: O\nneed: N\noutcome: O\nsteps:\n  - id: a\n    customer: Calls\n    channel: phone\n';
const USES = (catalog: string) => JOURNEY.replace('steps:', `uses: [${catalog}]\nsteps:`);
const mkfifo = (file: string) => new Promise<void>((resolve, reject) => execFile('mkfifo', [file], (e) => (e ? reject(e) : resolve())));

describe('journey-lens on files it cannot read', function () {
  // A FIFO used to block forever: these must finish, and quickly.
  this.timeout(10_000);
  let ws: string;
  beforeEach(async () => {
    ws = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-unreadable-'));
    await fs.writeFile(path.join(ws, 'ok.journey.yaml'), JOURNEY);
  });
  afterEach(() => fs.rm(ws, { recursive: true, force: true }));

  it('reports a FIFO named on the command line instead of blocking, and checks the rest', async () => {
    await mkfifo(path.join(ws, 'pipe.journey.yaml'));
    const r = await cli(ws, 'check', 'pipe.journey.yaml', 'ok.journey.yaml');
    assert.strictEqual(r.code, 2, r.out + r.err);
    assert.strictEqual(r.err, 'journey-lens: cannot read pipe.journey.yaml: it is a named pipe (FIFO), not a regular file.\n');
    assert.match(r.out, /1 file checked/);
  });

  // Before: "0 files checked, no problems found." beside the error line.
  it('does not claim "no problems" when a file could not be read, in text and stylish, English and Dutch', async () => {
    await mkfifo(path.join(ws, 'pipe.journey.yaml'));
    const expected: [string[], string][] = [
      [['--format', 'text'], 'No file checked. 1 file or folder could not be read (see above), so the check is incomplete.\n'],
      [['--format', 'stylish'], 'No file checked. 1 file or folder could not be read (see above), so the check is incomplete.\n'],
      [['--format', 'text', '--lang', 'nl'], 'Geen bestand gecontroleerd. 1 bestand of map kon niet gelezen worden (zie hierboven), dus de controle is onvolledig.\n'],
      [['--format', 'stylish', '--lang', 'nl'], 'Geen bestand gecontroleerd. 1 bestand of map kon niet gelezen worden (zie hierboven), dus de controle is onvolledig.\n'],
    ];
    for (const [flags, out] of expected) {
      const r = await cli(ws, 'check', 'pipe.journey.yaml', ...flags);
      assert.deepStrictEqual([r.code, r.out], [2, out], flags.join(' '));
    }
    const text = await cli(ws, 'check', 'pipe.journey.yaml', 'ok.journey.yaml');
    assert.match(text.out, /\n1 file checked: 1 finding \(1 warning\)\. 1 file or folder could not be read \(see above\), so the check is incomplete\.\n$/);
    const findings = await cli(ws, 'check', 'pipe.journey.yaml', 'ok.journey.yaml', '--format', 'stylish');
    assert.match(findings.out, /problem.* in 1 file\n1 file or folder could not be read \(see above\), so the check is incomplete\.\n$/);
    await fs.writeFile(path.join(ws, 'clean.journey.yaml'), 'journey: J\nowner: O\nneed: N\noutcome: O\nsteps:\n  - id: a\n    customer: Reads\n');
    const clean = await cli(ws, 'check', 'pipe.journey.yaml', 'clean.journey.yaml');
    assert.strictEqual(clean.out, '1 file checked without findings. 1 file or folder could not be read (see above), so the check is incomplete.\n');
  });

  it('reports a FIFO found while walking a folder, in check and report', async () => {
    await mkfifo(path.join(ws, 'pipe.journey.yaml'));
    for (const command of ['check', 'report']) {
      const r = await cli(ws, command);
      assert.strictEqual(r.code, 2, command + r.err);
      assert.strictEqual(r.err, 'journey-lens: cannot read pipe.journey.yaml: it is a named pipe (FIFO), not a regular file.\n', command);
    }
  });

  it('answers a FIFO used as a catalog with the catalog finding, without blocking', async () => {
    await mkfifo(path.join(ws, 'pipe.catalog.yaml'));
    await fs.writeFile(path.join(ws, 'ok.journey.yaml'), USES('pipe.catalog.yaml'));
    const r = await cli(ws, 'check', 'ok.journey.yaml');
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.out, /^ok\.journey\.yaml:5:8 error The catalog 'pipe\.catalog\.yaml' does not exist or cannot be read/m);
  });

  it('refuses /dev/zero named explicitly at once, without reading it', async () => {
    const r = await cli(ws, 'check', '/dev/zero');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /^journey-lens: cannot read .*dev\/zero: it is a device, not a regular file\.$/m);
  });

  it('stops reading a file at the size limit, before and while reading', async () => {
    const big = path.join(ws, 'big.journey.yaml');
    await fs.writeFile(big, 'x'.repeat(2000));
    assert.match((await readRegularFile(big, 1000) as { reason: string }).reason, /^it is larger than 0 MB \(at least 2000 bytes\)/);
    assert.deepStrictEqual(await readRegularFile(big, 2000), { text: 'x'.repeat(2000) });
  });

  it('reports a dangling symbolic link and a loop of links found in a folder', async () => {
    await fs.symlink('nowhere.journey.yaml', path.join(ws, 'dangling.journey.yaml'));
    await fs.symlink('loop.catalog.yaml', path.join(ws, 'loop.catalog.yaml'));
    const r = await cli(ws, 'check');
    assert.strictEqual(r.code, 2, r.out + r.err);
    assert.strictEqual(r.err, 'journey-lens: cannot read dangling.journey.yaml: it is a symbolic link to nothing.\njourney-lens: cannot read loop.catalog.yaml: its symbolic links form a loop.\n');
  });

  it('checks a linked journey inside the folder, and refuses one that leads outside', async () => {
    await fs.symlink('ok.journey.yaml', path.join(ws, 'alias.journey.yaml'));
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-outside-'));
    try {
      await fs.writeFile(path.join(outside, 'x.journey.yaml'), JOURNEY);
      await fs.symlink(path.join(outside, 'x.journey.yaml'), path.join(ws, 'far.journey.yaml'));
      const r = await cli(ws, 'check');
      assert.strictEqual(r.code, 2, r.out + r.err);
      assert.strictEqual(r.err, 'journey-lens: cannot read far.journey.yaml: it is a symbolic link that leads outside the folder, and is not followed.\n');
      assert.match(r.out, /2 files checked/);
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  });

  it('reports a configuration file that is there but cannot be read, instead of using the defaults', async () => {
    await mkfifo(path.join(ws, 'journey-lens.config.yaml'));
    const r = await cli(ws, 'check');
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.err, "journey-lens: Cannot read the configuration file 'journey-lens.config.yaml': it is a named pipe (FIFO), not a regular file.\n");
  });

  it('gives a catalog that became a folder the catalog finding (the host reads no folder)', async () => {
    await fs.mkdir(path.join(ws, 'dir.catalog.yaml'));
    assert.strictEqual(await nodeFileHost.readFile(path.join(ws, 'dir.catalog.yaml')), undefined);
    assert.match((await readRegularFile(path.join(ws, 'dir.catalog.yaml')) as { reason: string }).reason, /^it is a folder, not a regular file$/);
  });

  it('reports a folder and a file without read permission (run as another user when the tests run as root)', async function () {
    const locked = path.join(ws, 'locked');
    await fs.mkdir(locked);
    await fs.writeFile(path.join(locked, 'hidden.journey.yaml'), JOURNEY);
    await fs.writeFile(path.join(ws, 'secret.journey.yaml'), JOURNEY);
    await fs.chmod(locked, 0o000);
    await fs.chmod(path.join(ws, 'secret.journey.yaml'), 0o000);
    await fs.chmod(ws, 0o755);
    const r = await asUnprivileged(ws, ['check']);
    if (!r) return this.skip(); // root without setpriv: permissions cannot be taken away
    assert.strictEqual(r.code, 2, r.out + r.err);
    assert.strictEqual(r.err, 'journey-lens: cannot read locked: permission denied.\njourney-lens: cannot read secret.journey.yaml: permission denied.\n');
    assert.match(r.out, /1 file checked/);
  });
});

/** Runs the CLI as the user nobody when this process is root (chmod 000 does not stop root), else as itself. */
async function asUnprivileged(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string } | undefined> {
  if (process.getuid?.() !== 0) return cli(cwd, ...argv);
  const main = path.resolve(__dirname, '../../src/cli/main.js');
  return new Promise((resolve) => {
    execFile('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, main, ...argv], { cwd }, (e, out, err) => {
      if (e && (e as NodeJS.ErrnoException).code === 'ENOENT') return resolve(undefined);
      resolve({ code: e ? Number(e.code) : 0, out, err });
    });
  });
}
