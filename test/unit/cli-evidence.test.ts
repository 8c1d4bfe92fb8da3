/**
 * `journey-lens evidence`: the contract's JSON key for key, the text a user
 * reads (tables, "fewer than N cases", no case ids unless asked), bad logs
 * as one line with exit 2, thresholds from the config, the progress line.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { ProgressLine } from '../../src/cli/evidence-progress';
import { computeFigures } from '../../src/core/evidence';
import { DEFAULT_THRESHOLDS } from '../../src/core/evidence/types';
import { INCIDENT_DESIGN, INCIDENT_SETTINGS } from '../fixtures/evidence/design';
import { generateRows, toCases, writeLog } from '../fixtures/evidence/generator';

const JOURNEY_TEXT = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/evidence/incident.journey.yaml'), 'utf8');
const PLAN = { normal: 10, pingpong: 6, repeat: 5, undesigned: 5, slow: 5, broken: 5, weekend: 2, dst: 2, open: 3, skippedNoCase: 2, skippedNoTime: 1 };

interface Ran { code: number; out: string; err: string; progress: string }

async function cli(cwd: string, ...argv: string[]): Promise<Ran> {
  const r = { code: 0, out: '', err: '', progress: '' };
  r.code = await run(argv, { cwd, out: (t) => (r.out += `${t}\n`), err: (t) => (r.err += `${t}\n`) });
  return r;
}

describe('journey-lens evidence', () => {
  let dir: string;
  const rows = generateRows(PLAN);
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-cli-evidence-'));
    write('incident.journey.yaml', JOURNEY_TEXT);
    fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
    writeLog(path.join(dir, 'logs', 'incidents.csv'), rows);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the contract JSON: the planted figures, keys in the contract order, journey as given and log as written', async () => {
    const r = await cli(dir, 'evidence', './incident.journey.yaml', '--format', 'json');
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    const expected = computeFigures(toCases(rows), INCIDENT_DESIGN, INCIDENT_SETTINGS, DEFAULT_THRESHOLDS).figures;
    assert.deepStrictEqual(Object.keys(json), ['journey', 'log', 'events', 'cases', 'mappedCases', 'percentile', 'steps', 'transitions', 'handoffs', 'unmapped', 'variants']);
    assert.strictEqual(json.journey, './incident.journey.yaml');
    assert.strictEqual(json.log, 'logs/incidents.csv');
    assert.deepStrictEqual({ ...json, journey: undefined, log: undefined }, { ...JSON.parse(JSON.stringify(expected)), journey: undefined, log: undefined });
    assert.deepStrictEqual(Object.keys(json.steps[0]), ['id', 'cases', 'visits', 'repeatCases', 'pingpongCases', 'promise']);
    assert.deepStrictEqual(Object.keys(json.steps[0].promise), ['within', 'clock', 'measured', 'kept', 'open', 'medianHours', 'percentileHours']);
    assert.strictEqual(json.steps[0].promise.within, '2 werkdagen');
    // A step without a promise `within` has `promise: null`, not a missing key.
    assert.strictEqual(json.steps[1].promise, null);
    assert.deepStrictEqual(Object.keys(json.handoffs[0]), ['step', 'from', 'to', 'within', 'clock', 'measured', 'over', 'medianHours', 'percentileHours']);
    assert.strictEqual(json.handoffs[0].within, '4 hours');
    // The planted deviations, as a user would look for them.
    assert.strictEqual(json.steps[0].pingpongCases, 6);
    assert.ok(json.transitions.some((t: { from: string; to: string; designed: boolean }) => t.from === 'melden' && t.to === 'opgelost' && !t.designed));
    assert.doesNotMatch(r.out, /pingpong-0|normal-0/, 'no case id without --examples');
    assert.match(r.err, /3 of \d+ events were skipped; the first, data row 4: it has no case id\./);
  });

  it('lists at most 10 variants and every unmapped activity in JSON', async () => {
    const many = Array.from({ length: 14 }, (_, i) => [
      { case: `x${i}`, activity: 'Melding ontvangen', actor: 'SD', local: '2026-01-05 09:00:00', utcMs: 0 },
      ...Array.from({ length: i + 1 }, (_, k) => [
        { case: `x${i}`, activity: `Onbekend ${i}`, actor: 'SD', local: `2026-01-05 09:${String(2 * k + 1).padStart(2, '0')}:00`, utcMs: 0 },
        { case: `x${i}`, activity: k % 2 ? 'Melding ontvangen' : 'Oplossen', actor: 'SD', local: `2026-01-05 09:${String(2 * k + 2).padStart(2, '0')}:00`, utcMs: 0 },
      ]).flat(),
    ]).flat();
    writeLog(path.join(dir, 'logs', 'incidents.csv'), many);
    const json = JSON.parse((await cli(dir, 'evidence', 'incident.journey.yaml', '--format', 'json')).out);
    assert.strictEqual(json.variants.length, 10);
    assert.strictEqual(json.unmapped.length, 14);
  });

  it('prints a table per step, the transitions, the slowest handoffs and the top variants as text', async () => {
    const r = await cli(dir, 'evidence', 'incident.journey.yaml', '--lang', 'en');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^Evidence for Storing melden \(incident\.journey\.yaml\)$/m);
    assert.match(r.out, /^ {2}melden — 43 cases, 43 visits$/m);
    assert.match(r.out, /^ {2}informeren — no `observed` here or on its tasks: the log cannot show this step$/m);
    assert.match(r.out, /^ {4}ping-pong +6 cases \(14\.0%\)$/m);
    assert.match(r.out, /^ {4}promise within 2 werkdagen \(working time\) +kept in \d+ cases \([\d.]+%\) of 40 measured$/m);
    assert.match(r.out, /^ {2}melden → opgelost +5 cases +NOT designed$/m);
    assert.match(r.out, /^Handoffs, slowest first \(by the 80th percentile\)$/m);
    // 5 slow of 40 measured: the 80th percentile is still the designed hour.
    assert.match(r.out, /^ {2}melden: servicedesk → tweede-lijn, within 4 hours \(calendar time\) +80th percentile 1\.0 h, median 1\.0 h; over 5 cases \(12\.5%\)$/m);
    assert.match(r.out, /^Top 3 variants/m);
    // normal, pingpong, repeat, slow, broken, weekend and dst cases all take the designed path.
    assert.match(r.out, /^ {2}35 cases +melden → oplossen → opgelost$/m);
    assert.match(r.out, /^ {2}fewer than 5 cases +melden$/m);
    assert.match(r.out, /^ {2}Wachten op klant +fewer than 5 cases/m);
    assert.doesNotMatch(r.out, /pingpong-\d|normal-\d/, 'no case id without --examples');
  });

  it('shows figures from fewer than min-cases cases as "fewer than N cases", with min-cases from the config', async () => {
    write('journey-lens.config.yaml', 'evidence:\n  min-cases: 7\n');
    const r = await cli(dir, 'evidence', 'incident.journey.yaml', '--lang', 'en');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^ {4}ping-pong +fewer than 7 cases$/m);
    assert.match(r.out, /^ {2}melden → opgelost +fewer than 7 cases +NOT designed$/m);
    // JSON stays the analyst's own: the numbers themselves.
    const json = JSON.parse((await cli(dir, 'evidence', 'incident.journey.yaml', '--format', 'json')).out);
    assert.strictEqual(json.steps[0].pingpongCases, 6);
  });

  it('reads the percentile from the config', async () => {
    write('journey-lens.config.yaml', 'evidence:\n  percentile: 95\n');
    const json = JSON.parse((await cli(dir, 'evidence', 'incident.journey.yaml', '--format', 'json')).out);
    assert.strictEqual(json.percentile, 95);
  });

  it('speaks Dutch', async () => {
    const r = await cli(dir, 'evidence', 'incident.journey.yaml', '--lang', 'nl');
    assert.match(r.out, /^ {2}melden — 43 cases, 43 bezoeken$/m);
    assert.match(r.out, /^ {4}pingpong +6 cases \(14,0%\)$/m);
    assert.match(r.out, /^ {4}belofte binnen 2 werkdagen \(werktijd\) +gehouden in 35 cases \(87,5%\) van 40 gemeten$/m);
    assert.match(r.out, /^ {2}melden → opgelost +5 cases +NIET ontworpen$/m);
    assert.match(r.err, /3 van \d+ events zijn overgeslagen; de eerste, datarij 4: er staat geen case-id in\./);
  });

  it('prints case ids only when --examples N asks, at most N per figure', async () => {
    const r = await cli(dir, 'evidence', 'incident.journey.yaml', '--examples', '2', '--lang', 'en');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^ {2}melden: ping-pong +pingpong-\d, pingpong-\d$/m);
    const json = JSON.parse((await cli(dir, 'evidence', 'incident.journey.yaml', '--examples', '1', '--format', 'json')).out);
    assert.deepStrictEqual(Object.keys(json).slice(-1), ['examples']);
    assert.match(json.examples['melden: ping-pong'][0], /^pingpong-\d$/);
    assert.strictEqual(json.examples['melden: ping-pong'].length, 1);
  });

  it('answers a bad log with one line and exit 2, never a stack trace', async () => {
    const cases: [string, (d: string) => void, RegExp][] = [
      ['missing', (d) => fs.rmSync(path.join(d, 'logs', 'incidents.csv')), /the log 'logs\/incidents\.csv' does not exist/],
      ['a directory', (d) => { fs.rmSync(path.join(d, 'logs', 'incidents.csv')); fs.mkdirSync(path.join(d, 'logs', 'incidents.csv')); }, /is not a regular file/],
      ['truncated gzip', (d) => {
        write('incident.journey.yaml', JOURNEY_TEXT.replace('logs/incidents.csv', 'logs/incidents.csv.gz'));
        writeLog(path.join(d, 'logs', 'full.csv.gz'), rows);
        const gz = fs.readFileSync(path.join(d, 'logs', 'full.csv.gz'));
        fs.writeFileSync(path.join(d, 'logs', 'incidents.csv.gz'), gz.subarray(0, gz.length - 40));
      }, /cannot be read as GZIP/],
      ['a missing attribute', () => write('incident.journey.yaml', JOURNEY_TEXT.replace('actor: org:resource', 'actor: org:group')), /no event of the log 'logs\/incidents\.csv' has the attribute 'org:group' \(evidence\.actor\); the log has 'case:concept:name', 'concept:name', 'time:timestamp', 'org:resource'\./],
      ['outside the folder', () => write('incident.journey.yaml', JOURNEY_TEXT.replace('logs/incidents.csv', '../elsewhere.csv')), /outside the working folder/],
    ];
    for (const [name, spoil, message] of cases) {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
      write('incident.journey.yaml', JOURNEY_TEXT);
      writeLog(path.join(dir, 'logs', 'incidents.csv'), rows);
      spoil(dir);
      const r = await cli(dir, 'evidence', 'incident.journey.yaml', '--lang', 'en');
      assert.strictEqual(r.code, 2, `${name}: ${r.out}${r.err}`);
      assert.strictEqual(r.out, '', name);
      assert.match(r.err, message, name);
      assert.strictEqual(r.err.trim().split('\n').length, 1, `${name}: one line: ${r.err}`);
      assert.doesNotMatch(r.err, /\bat .*\.js:\d+/, name);
    }
  });

  it('exits 2 for a journey without a log, unreadable YAML, and usage errors', async () => {
    write('plain.journey.yaml', 'journey: Plain\nsteps: []\n');
    assert.match((await cli(dir, 'evidence', 'plain.journey.yaml', '--lang', 'en')).err, /plain\.journey\.yaml names no event log/);
    write('broken.journey.yaml', 'journey: [\n');
    const broken = await cli(dir, 'evidence', 'broken.journey.yaml', '--lang', 'en');
    assert.strictEqual(broken.code, 2);
    assert.match(broken.err, /broken\.journey\.yaml is not valid YAML \(line \d+\)/);
    for (const argv of [['evidence'], ['evidence', 'a', 'b'], ['evidence', 'incident.journey.yaml', '--format', 'sarif'], ['evidence', 'incident.journey.yaml', '--examples', '0'], ['check', '--examples', '3']]) {
      const r = await cli(dir, ...argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
    }
  });

  it('escapes control characters in the text it prints', async () => {
    write('incident.journey.yaml', JOURNEY_TEXT.replace('journey: Storing melden', 'journey: "Storing\\u001b[31m melden"'));
    const r = await cli(dir, 'evidence', 'incident.journey.yaml', '--lang', 'en');
    assert.match(r.out, /Evidence for Storing\\u001b\[31m melden/);
    assert.ok(!r.out.includes(String.fromCharCode(27)), 'no raw ESC reaches the terminal');
  });
});

describe('the evidence progress line', () => {
  it('stays silent for the first second, then redraws a line, and wipes it at the end', () => {
    let now = 0;
    let written = '';
    const line = new ProgressLine((t) => (written += t), 'en', () => now);
    now = 900;
    line.update(10, 100);
    assert.strictEqual(written, '', 'nothing within the first second');
    line.done();
    assert.strictEqual(written, '', 'nothing to wipe');
    now = 1500;
    line.update(50 * 1024 * 1024, 100 * 1024 * 1024);
    assert.strictEqual(written, '\rReading the log: 50% (50.0 of 100.0 MB)');
    now = 1550;
    line.update(60 * 1024 * 1024, 100 * 1024 * 1024);
    assert.doesNotMatch(written, /60%/, 'not redrawn more than five times a second');
    written = '';
    line.done();
    assert.strictEqual(written, `\r${' '.repeat('Reading the log: 50% (50.0 of 100.0 MB)'.length)}\r`);
  });
});
