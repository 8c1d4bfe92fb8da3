/**
 * The README's test command on a fresh machine: `npm test` installs the
 * Debian packages the tests need (scripts/setup-test-machine.mjs) and a layer
 * that hangs still ends, FAILED in the summary (scripts/test-all.mjs). No
 * package can be uninstalled from a shared test machine, so the setup is
 * driven through its seams: pretended missing packages, a pretended user and
 * --dry-run, which prints the apt-get commands instead of running them.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const SCRIPTS = path.resolve(__dirname, '../../../scripts');

function setup(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(SCRIPTS, 'setup-test-machine.mjs'), '--dry-run'], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('setting up the test machine (scripts/setup-test-machine.mjs)', () => {
  it('as root installs exactly the missing packages with apt-get, after apt-get update', () => {
    const r = setup({ JOURNEY_LENS_PRETEND_MISSING: 'g++ chromium', JOURNEY_LENS_PRETEND_USER: 'root' });
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.stdout, [
      'setup-test-machine: installing the Debian packages the tests need: chromium g++',
      'setup-test-machine: would run: apt-get update',
      'setup-test-machine: would run: apt-get install -y --no-install-recommends chromium g++',
      '',
    ].join('\n'));
    assert.strictEqual(r.status, 0);
  });

  it('when not root says exactly what to run as root, and fails', () => {
    const r = setup({ JOURNEY_LENS_PRETEND_MISSING: 'libx11-dev', JOURNEY_LENS_PRETEND_USER: 'user' });
    assert.strictEqual(r.stdout, '');
    assert.strictEqual(r.stderr, [
      'setup-test-machine: the tests need these Debian packages, which are not installed: libx11-dev.',
      'Install them as root, then run `npm test` again:',
      "  sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends libx11-dev'",
      '',
    ].join('\n'));
    assert.strictEqual(r.status, 1);
  });

  it('does nothing when every package is there', () => {
    const r = setup({ JOURNEY_LENS_PRETEND_USER: 'root' });
    assert.deepStrictEqual(r, { status: 0, stdout: '', stderr: '' });
  });
});

describe('a layer of `npm test` that does not end (scripts/test-all.mjs)', function () {
  this.timeout(60000);

  it('is stopped with everything it started, and reported as failed in the summary', async () => {
    // The layer starts a child that would outlive it, as mocha outlives npm, and both hang.
    const hang = `const c = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log('child ' + c.pid); setInterval(() => {}, 1000);`;
    const driver = `import { runLayers } from ${JSON.stringify(path.join(SCRIPTS, 'test-all.mjs'))};
      process.exit(await runLayers([['quick', [process.execPath, '-e', 'console.log("  3 passing")'], 10000], ['hangs', [process.execPath, '-e', ${JSON.stringify(hang)}], 2000], ['never', [process.execPath, '-e', ''], 10000]]));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', driver], { encoding: 'utf8', timeout: 50000 });
    assert.strictEqual(r.signal, null, 'the run did not end');
    const summary = r.stdout.slice(r.stdout.indexOf('\nJourney Lens tests')).replace(/ +\d+\.\d s/g, ' T s');
    assert.strictEqual(summary, [
      '',
      'Journey Lens tests',
      '  quick        ok T s  3 passed, 0 failed',
      '  hangs        FAILED T s  0 passed, 1 failed  (stopped: no end after 2 s)',
      '3 passed, 1 failed',
      '',
    ].join('\n'));
    assert.strictEqual(r.status, 1);
    const child = Number(/^child (\d+)$/m.exec(r.stdout)?.[1]);
    // A killed process takes a moment to be reaped: wait for that, not for a fixed time.
    const alive = () => { try { process.kill(child, 0); return true; } catch { return false; } };
    for (const deadline = Date.now() + 10000; alive() && Date.now() < deadline;) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(child > 0 && !alive(), `the layer's child ${child} is still running`);
  });
});
