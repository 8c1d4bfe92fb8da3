/** The `journey-lens check` command: exit codes, JSON shape, config errors. */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './cli-helpers';

const CLEAN = `journey: Clean
owner: Ans
need: A need
outcome: An outcome
steps:
  - id: a
    customer: Calls
    channel: phone
    process: [{ team: ks, does: Answers }]
teams:
  ks: { name: Klantenservice, line: front }
`;
const WARNING = CLEAN.replace('channel: phone\n    process: [{ team: ks, does: Answers }]', 'channel: web');
const ERROR = CLEAN.replace('customer: Calls', 'custmer: Calls');

describe('journey-lens check', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-cli-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const write = (name: string, text: string) => fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true }).then(() => fs.writeFile(path.join(dir, name), text));

  it('exits 0 and says so when there are no findings', async () => {
    await write('a.journey.yaml', CLEAN);
    const r = await cli(dir, 'check', '.');
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /1 file checked, no problems found\./);
  });

  it('exits 0 with warnings only, and prints file:line:col severity message [rule]', async () => {
    await write('a.journey.yaml', WARNING);
    const r = await cli(dir, 'check');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /^a\.journey\.yaml:8:14 warning 'web' is self-service.* \[fallback-missing\]$/m);
  });

  it('exits 1 when a finding is an error', async () => {
    await write('sub/b.journey.yaml', ERROR);
    const r = await cli(dir, 'check', 'sub');
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /sub\/b\.journey\.yaml:7:5 error .*\[schema\]/);
  });

  it('--format json prints one array of findings with 0-based ranges and relative paths', async () => {
    await write('a.journey.yaml', WARNING);
    await write('notes.yaml', 'not: a journey');
    const r = await cli(dir, 'check', '.', '--format', 'json');
    const findings = JSON.parse(r.out);
    assert.deepStrictEqual(findings, [{
      file: 'a.journey.yaml',
      rule: 'fallback-missing',
      severity: 'warning',
      message: findings[0].message,
      range: { start: { line: 7, character: 13 }, end: { line: 7, character: 16 } },
      related: [],
    }]);
  });

  it('--today makes review checks reproducible', async () => {
    await write('a.journey.yaml', CLEAN.replace('owner: Ans', 'owner: Ans\nreviewed: 2025-01-01'));
    assert.strictEqual((await cli(dir, 'check', '--today', '2025-06-01')).out.includes('review-overdue'), false);
    assert.match((await cli(dir, 'check', '--today', '2026-06-01')).out, /\[review-overdue\]/);
  });

  it('uses journey-lens.config.yaml from the working directory', async () => {
    await write('a.journey.yaml', WARNING);
    await write('journey-lens.config.yaml', 'checks:\n  fallback-missing: error\n');
    const r = await cli(dir, 'check');
    assert.strictEqual(r.code, 1);
    assert.match(r.out, / error .*\[fallback-missing\]/);
  });

  it('exits 2 with a clear message for a config with errors', async () => {
    await write('a.journey.yaml', CLEAN);
    await write('my.yaml', 'checks:\n  fallback-missing: loud\n');
    const r = await cli(dir, 'check', '--config', 'my.yaml');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /the configuration file my\.yaml has errors/);
  });

  it('exits 2 on usage errors', async () => {
    assert.strictEqual((await cli(dir, 'lint')).code, 2);
    assert.strictEqual((await cli(dir, 'check', '--format', 'xml')).code, 2);
    assert.strictEqual((await cli(dir, 'check', '--today', 'tomorrow')).code, 2);
    const missing = await cli(dir, 'check', 'nope');
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /Nothing found for: nope/);
    assert.strictEqual((await cli(dir, 'check', '--config', 'absent.yaml')).code, 2);
  });

  it('prints usage for --help and exits 0', async () => {
    const r = await cli(dir, '--help');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /Usage: journey-lens check/);
  });
});
