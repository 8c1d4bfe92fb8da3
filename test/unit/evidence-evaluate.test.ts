/**
 * evaluateEvidence end to end on generated logs: the same log as CSV and XES,
 * plain and gzipped, gives the same figures as the cases planted; logs
 * outside the workspace are refused and missing logs reported.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { computeFigures, designOf, evaluateEvidence } from '../../src/core/evidence';
import { DEFAULT_THRESHOLDS } from '../../src/core/evidence/types';
import { evidenceSettingsOf, parseYaml, readJourney } from '../../src/core';
import { INCIDENT_DESIGN, INCIDENT_SETTINGS } from '../fixtures/evidence/design';
import { generateRows, toCases, writeLog } from '../fixtures/evidence/generator';

const JOURNEY_TEXT = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/evidence/incident.journey.yaml'), 'utf8');
const PLAN = { normal: 10, pingpong: 6, repeat: 5, undesigned: 5, slow: 5, broken: 5, weekend: 2, dst: 2, open: 3, skippedNoCase: 2, skippedNoTime: 1 };

function journeyWithLog(dir: string, log: string) {
  const file = path.join(dir, 'incident.journey.yaml');
  const text = JOURNEY_TEXT.replace('log: logs/incidents.csv', `log: ${log}`);
  fs.writeFileSync(file, text);
  const parsed = parseYaml(text);
  return { file, journey: readJourney(parsed.value, file, parsed.doc) };
}

describe('evidence evaluated from a journey and its log', () => {
  let dir: string;
  const rows = generateRows(PLAN);
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-evidence-'));
    fs.mkdirSync(path.join(dir, 'logs'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('maps the fixture journey to the design the generator plants against', () => {
    const { journey } = journeyWithLog(dir, 'logs/incidents.csv');
    const strip = (d: typeof INCIDENT_DESIGN) => JSON.parse(JSON.stringify(d, (k, v) => (k === 'path' ? undefined : v)));
    assert.deepStrictEqual(strip(designOf(journey)), strip(INCIDENT_DESIGN));
    assert.deepStrictEqual({ ...evidenceSettingsOf(journey)!, log: INCIDENT_SETTINGS.log }, INCIDENT_SETTINGS);
  });

  it('gives the planted figures from CSV and XES, plain and gzipped, alike', async () => {
    const expected = computeFigures(toCases(rows), INCIDENT_DESIGN, INCIDENT_SETTINGS, DEFAULT_THRESHOLDS).figures;
    for (const name of ['incidents.csv', 'incidents.csv.gz', 'incidents.xes', 'incidents.xes.gz']) {
      writeLog(path.join(dir, 'logs', name), rows);
      const { file, journey } = journeyWithLog(dir, `logs/${name}`);
      const outcome = await evaluateEvidence(journey, file, { root: dir });
      assert.ok(outcome?.ok, `${name}: ${JSON.stringify(outcome)}`);
      assert.deepStrictEqual(outcome.figures, expected, name);
    }
  });

  it('reports the first skipped row of a CSV log', async () => {
    writeLog(path.join(dir, 'logs', 'incidents.csv'), rows);
    const { file, journey } = journeyWithLog(dir, 'logs/incidents.csv');
    const outcome = await evaluateEvidence(journey, file, { root: dir });
    assert.ok(outcome?.ok);
    // The generator puts the skipped rows after the first three: data row 4 lacks its case id.
    assert.deepStrictEqual(outcome.firstSkip, { number: 4, reason: 'no-case' });
    assert.deepStrictEqual(outcome.figures.events.skipped, 3);
  });

  it('refuses a log outside the workspace without reading it, and reports a missing one', async () => {
    const outside = journeyWithLog(dir, '../elsewhere.csv');
    assert.deepStrictEqual(await evaluateEvidence(outside.journey, outside.file, { root: dir }), { ok: false, problem: { kind: 'outside-workspace' } });
    const missing = journeyWithLog(dir, 'logs/none.csv');
    assert.deepStrictEqual(await evaluateEvidence(missing.journey, missing.file, { root: dir }), { ok: false, problem: { kind: 'missing' } });
  });

  it('refuses a symbolic link that leads outside the workspace', async function () {
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-outside-'));
    writeLog(path.join(target, 'x.csv'), rows);
    try {
      fs.symlinkSync(path.join(target, 'x.csv'), path.join(dir, 'logs', 'link.csv'));
    } catch {
      fs.rmSync(target, { recursive: true, force: true });
      this.skip();
    }
    const { file, journey } = journeyWithLog(dir, 'logs/link.csv');
    assert.deepStrictEqual(await evaluateEvidence(journey, file, { root: dir }), { ok: false, problem: { kind: 'outside-workspace' } });
    fs.rmSync(target, { recursive: true, force: true });
  });

  it('has nothing to say about a journey without evidence', async () => {
    const parsed = parseYaml('journey: x\nsteps: []\n');
    assert.strictEqual(await evaluateEvidence(readJourney(parsed.value, path.join(dir, 'x.journey.yaml'), parsed.doc), path.join(dir, 'x.journey.yaml')), undefined);
  });
});
