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

  it('accepts globs for file lists', async () => {
    const r = await cli(dir, false, 'check', 'journeys/**/p.journey.yaml', '--format', 'json');
    const files = new Set(JSON.parse(r.out).map((f: { file: string }) => f.file));
    assert.deepStrictEqual([...files], ['journeys/nl/p.journey.yaml']);
    assert.strictEqual((await cli(dir, false, 'check', 'nothing/**/*.journey.yaml')).code, 2);
  });
});
