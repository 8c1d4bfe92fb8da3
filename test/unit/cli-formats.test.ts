/** Output formats and exit policies of `journey-lens check`: stylish, SARIF, --max-warnings, --quiet, globs. */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import { run } from '../../src/cli/main';

const ESC = String.fromCharCode(27);
const SARIF_SCHEMA = path.resolve(__dirname, '../../../test/unit/fixtures/sarif/sarif-schema-2.1.0.json');

const WARN = `journey: W
owner: Ans
need: n
outcome: o
steps:
  - id: a
    customer: Looks up
    channel: web
`;
const PINGPONG = WARN.replace('channel: web', `channel: phone
    asks: [adres]
    process:
      - team: ks
        does: One
        handoff: { to: fa, gives: x, within: 1 day }
      - team: fa
        does: Two
        handoff: { to: ks, gives: y, within: 1 day }
      - team: ks
        does: Three
  - id: b
    customer: Again
    channel: phone
    asks: [Adres]
    process: [{ team: ks, does: Four }]
teams:
  ks: { name: KS, line: front }
  fa: { name: FA }`);

interface SarifRun {
  tool: { driver: { rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
  results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: unknown; region: { startLine: number } } }[]; relatedLocations: { physicalLocation: { region: { startLine: number } } }[] }[];
}

async function cli(cwd: string, isTTY: boolean, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { cwd, isTTY, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('journey-lens check formats', () => {
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-fmt-'));
    await fs.mkdir(path.join(dir, 'journeys', 'nl'), { recursive: true });
    await fs.writeFile(path.join(dir, 'journeys', 'w.journey.yaml'), WARN);
    await fs.writeFile(path.join(dir, 'journeys', 'nl', 'p.journey.yaml'), PINGPONG);
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  it('is stylish on a terminal: grouped per file, with colours and a summary', async () => {
    const r = await cli(dir, true, 'check');
    assert.ok(r.out.includes(`${ESC}[4mjourneys/w.journey.yaml${ESC}[24m`), r.out);
    assert.match(r.out, /8:14.*warning.*'web' is self-service/);
    assert.match(r.out, /⚠.* 3 problems \(3 warnings\) in 2 files/);
  });

  it('prints no colour codes when not on a terminal', async () => {
    const r = await cli(dir, false, 'check', '--format', 'stylish');
    assert.ok(!r.out.includes(ESC), r.out);
    assert.match(r.out, /^journeys\/nl\/p\.journey\.yaml$/m);
  });

  it('SARIF output validates against the official SARIF 2.1.0 schema and carries rules and related locations', async () => {
    const r = await cli(dir, false, 'check', '--format', 'sarif');
    const sarif = JSON.parse(r.out) as { runs: SarifRun[] };
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(await fs.readFile(SARIF_SCHEMA, 'utf8')));
    const valid = validate(sarif);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    const run0 = sarif.runs[0];
    const rule = run0.tool.driver.rules.find((x) => x.id === 'fallback-missing')!;
    assert.strictEqual(rule.defaultConfiguration.level, 'warning');
    assert.match(rule.helpUri, /docs\/rules\/fallback-missing\.md$/);
    const ping = run0.results.find((x) => x.ruleId === 'handoff-pingpong')!;
    assert.deepStrictEqual(ping.locations[0].physicalLocation.artifactLocation, { uri: 'journeys/nl/p.journey.yaml', uriBaseId: '%SRCROOT%' });
    assert.strictEqual(ping.locations[0].physicalLocation.region.startLine, 17);
    assert.strictEqual(ping.relatedLocations[0].physicalLocation.region.startLine, 11);
    assert.strictEqual(run0.tool.driver.rules[ping.ruleIndex].id, 'handoff-pingpong');
  });

  it('--max-warnings fails the run when warnings exceed it', async () => {
    assert.strictEqual((await cli(dir, false, 'check', '--max-warnings', '3')).code, 0);
    const over = await cli(dir, false, 'check', '--max-warnings', '2');
    assert.strictEqual(over.code, 1);
    assert.match(over.err, /3 warnings, more than --max-warnings 2/);
  });

  it('--quiet reports errors only', async () => {
    const r = await cli(dir, false, 'check', '--quiet');
    assert.match(r.out, /2 files checked, no problems found/);
  });

  it('--quiet hides warnings but still counts them for --max-warnings', async () => {
    const r = await cli(dir, false, 'check', '--quiet', '--max-warnings', '0');
    assert.strictEqual(r.code, 1, r.out + r.err);
    assert.doesNotMatch(r.out, /warning/);
    assert.match(r.err, /3 warnings, more than --max-warnings 0/);
  });

  it('refuses an impossible --today with exit 2 instead of checking against the real date', async () => {
    for (const today of ['2099-13-01', '2026-02-30', '2026-00-10']) {
      const r = await cli(dir, false, 'check', '--today', today);
      assert.strictEqual(r.code, 2, today);
      assert.strictEqual(r.out, '', today);
      assert.match(r.err, new RegExp(`--today takes a calendar date as YYYY-MM-DD \\(such as 2026-11-23\\), not '${today}'`));
    }
    assert.strictEqual((await cli(dir, false, 'check', '--today', '2028-02-29')).code, 0);
  });

  it('lists files in code-point order, whatever the locale', async () => {
    const sorted = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-order-'));
    try {
      // localeCompare puts these as _x, a, B, é; by code point they are B, _x, a, é.
      for (const name of ['a', 'B', '_x', 'é']) await fs.writeFile(path.join(sorted, `${name}.journey.yaml`), WARN);
      const r = await cli(sorted, false, 'check', '--format', 'json');
      const files = [...new Set(JSON.parse(r.out).map((f: { file: string }) => f.file))];
      assert.deepStrictEqual(files, ['B.journey.yaml', '_x.journey.yaml', 'a.journey.yaml', 'é.journey.yaml']);
    } finally {
      await fs.rm(sorted, { recursive: true, force: true });
    }
  });

  it('accepts globs for file lists', async () => {
    const r = await cli(dir, false, 'check', 'journeys/**/p.journey.yaml', '--format', 'json');
    const files = new Set(JSON.parse(r.out).map((f: { file: string }) => f.file));
    assert.deepStrictEqual([...files], ['journeys/nl/p.journey.yaml']);
    assert.strictEqual((await cli(dir, false, 'check', 'nothing/**/*.journey.yaml')).code, 2);
  });
});
