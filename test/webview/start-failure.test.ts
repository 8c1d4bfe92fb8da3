/**
 * When Chromium cannot be launched (not installed, a wrong CHROMIUM path),
 * PreviewPage.start() fails and leaves nothing open behind it: a server left
 * listening kept mocha alive after "4 failing", so `npm test` never ended.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';

describe('the preview page when Chromium cannot be launched', function () {
  this.timeout(60000);

  it('fails with the launch error, and the process that tried ends by itself', () => {
    const tryStart = `require(${JSON.stringify(require.resolve('./page'))}).PreviewPage.start().then(() => console.log('started'), (e) => console.log(e.message.split('\\n')[0]))`;
    const r = spawnSync(process.execPath, ['-e', tryStart], { encoding: 'utf8', timeout: 30000, env: { ...process.env, CHROMIUM: '/nonexistent/chromium' } });
    assert.strictEqual(r.signal, null, `still running after 30 s: ${r.stdout}${r.stderr}`);
    assert.match(r.stdout, /^browserType\.launch: Failed to launch chromium because executable doesn't exist at \/nonexistent\/chromium$/m);
    assert.strictEqual(r.status, 0);
  });
});
