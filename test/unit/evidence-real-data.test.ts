/**
 * The evidence figures on real logs from ../shared/data/eventlogs (beside the
 * repository, never copied into it), through the journeys kept in
 * test/real-data: the Volvo IT incident journey on BPI Challenge 2013 shows
 * the ping-pong between support teams and the paths nobody designed, and
 * agrees with the independent Python calculation to the last figure; receipt
 * gives the same figures from its CSV and its XES. Without the folder (a
 * clone elsewhere) or python3, the tests say that they skipped.
 */
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { computeFigures, designOf, evaluateEvidence, readLog } from '../../src/core/evidence';
import { DEFAULT_THRESHOLDS, type EvidenceFigures } from '../../src/core/evidence/types';
import { evidenceSettingsOf, type Journey, parseYaml, readJourney } from '../../src/core';

const REPO = path.resolve(__dirname, '..', '..', '..');
const LOGS = path.resolve(REPO, '..', 'shared', 'data', 'eventlogs');
const JOURNEYS = path.join(REPO, 'test', 'real-data');
const SCRIPT = path.join(REPO, 'scripts', 'crosscheck-evidence.py');
const { minCases, minShare, promiseKept } = DEFAULT_THRESHOLDS;
const fires = (n: number, base: number) => n >= minCases && n >= minShare * base;

/** The journey from test/real-data, written into `dir` beside a copy of the real log it names (as `log`). */
function place(dir: string, journeyFile: string, log: string): { file: string; journey: Journey } {
  const text = fs.readFileSync(path.join(JOURNEYS, journeyFile), 'utf8').replace(/^( {2}log: ).*$/m, `$1${log}`);
  const file = path.join(dir, journeyFile);
  fs.writeFileSync(file, text);
  if (!fs.existsSync(path.join(dir, log))) fs.copyFileSync(path.join(LOGS, log), path.join(dir, log));
  const parsed = parseYaml(text);
  return { file, journey: readJourney(parsed.value, file, parsed.doc) };
}

async function figuresOf(dir: string, journeyFile: string, log: string): Promise<EvidenceFigures> {
  const { file, journey } = place(dir, journeyFile, log);
  const outcome = await evaluateEvidence(journey, file, { root: dir });
  assert.ok(outcome?.ok, JSON.stringify(outcome));
  return outcome.figures;
}

/** The crosscheck script's input: the journey's settings and design, patterns as plain strings. */
function mappingOf(journey: Journey): string {
  const design = designOf(journey).map((s) => ({
    ...s, observed: s.observed.map((p) => p.pattern), tasks: s.tasks.map((t) => ({ ...t, observed: t.observed.map((p) => p.pattern) })),
  }));
  return JSON.stringify({ settings: evidenceSettingsOf(journey), percentile: DEFAULT_THRESHOLDS.percentile, design });
}

describe('evidence on the real logs of ../shared/data/eventlogs', function () {
  this.timeout(180_000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(LOGS)) {
      console.log(`    skipped: ${LOGS} is absent (the real logs live beside the repository, not in it)`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-real-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  describe('the Volvo IT incident journey on BPI Challenge 2013', () => {
    let figures: EvidenceFigures;
    before(async () => {
      figures = await figuresOf(dir, 'volvo-incidents.journey.yaml', 'bpic2013-incidents.xes.gz');
    });
    const step = (id: string) => figures.steps.find((s) => s.id === id)!;

    it('reads every event; merge-repeats folds the ticket system\'s update rows', () => {
      assert.deepStrictEqual(figures.events, { read: 65533, counted: 57255, skipped: 0 });
      assert.deepStrictEqual([figures.cases, figures.mappedCases], [7554, 7554]);
    });

    it('shows incidents ping-ponging between the support lines while they are resolved', () => {
      const resolve = step('resolve');
      assert.ok(fires(resolve.pingpongCases, resolve.cases), `${resolve.pingpongCases} of ${resolve.cases}`);
      assert.strictEqual(resolve.pingpongCases, 1092);
    });

    it('shows ping-pong between the support teams themselves, named as the log names them, without the actors map', async () => {
      const { journey } = place(dir, 'volvo-incidents.journey.yaml', 'bpic2013-incidents.xes.gz');
      const settings = { ...evidenceSettingsOf(journey)!, actors: [] };
      const read = await readLog(path.join(dir, 'bpic2013-incidents.xes.gz'), settings);
      assert.ok(read.ok);
      const { figures: teams, details } = computeFigures(read.cases, designOf(journey), settings, DEFAULT_THRESHOLDS);
      const resolve = teams.steps.find((s) => s.id === 'resolve')!;
      assert.ok(fires(resolve.pingpongCases, resolve.cases), `${resolve.pingpongCases} of ${resolve.cases}`);
      const pair = details.pingpongPair.get('resolve');
      assert.ok(pair && pair.every((team) => /^[A-Z]\d+/.test(team)), `a pair of support teams: ${pair}`);
    });

    it('shows the paths nobody designed: incidents reopened after they were resolved, and after they were closed', () => {
      const undesigned = figures.transitions.filter((t) => !t.designed);
      const reopened = undesigned.find((t) => t.from === 'resolved' && t.to === 'resolve')!;
      assert.ok(fires(reopened.cases, step('resolved').cases), `${reopened.cases} of ${step('resolved').cases}`);
      const afterClose = undesigned.find((t) => t.from === 'closed' && t.to === 'resolve')!;
      assert.ok(afterClose.cases >= minCases && !fires(afterClose.cases, step('closed').cases), 'reopened after closing: too rare a share to report');
    });

    it('shows the promise of a resolution within 5 working days broken, and users asked again and again', () => {
      const promise = step('resolve').promise!;
      assert.ok(promise.kept / promise.measured < promiseKept, `${promise.kept} of ${promise.measured}`);
      const ask = step('ask-user');
      assert.ok(fires(ask.repeatCases, ask.cases), `${ask.repeatCases} of ${ask.cases}`);
    });

    it('agrees with the independent Python calculation on every figure', function () {
      if (spawnSync('python3', ['--version']).status !== 0) {
        console.log('    python3 is not installed: the cross-check is skipped');
        this.skip();
      }
      const { journey } = place(dir, 'volvo-incidents.journey.yaml', 'bpic2013-incidents.xes.gz');
      fs.writeFileSync(path.join(dir, 'volvo-mapping.json'), mappingOf(journey));
      const python = JSON.parse(execFileSync('python3', [SCRIPT, path.join(dir, 'bpic2013-incidents.xes.gz'), path.join(dir, 'volvo-mapping.json')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
      assert.deepStrictEqual(python, JSON.parse(JSON.stringify(figures)));
    });
  });

  describe('the permit receipt journey on receipt', () => {
    it('gives the same figures from the CSV and from the XES', async () => {
      const csv = await figuresOf(dir, 'receipt.journey.yaml', 'receipt.csv.gz');
      const xes = await figuresOf(dir, 'receipt.journey.yaml', 'receipt.xes.gz');
      assert.deepStrictEqual(xes, csv);
      assert.deepStrictEqual([csv.events.read, csv.cases], [8577, 1434]);
      assert.ok(csv.steps.every((s) => s.cases > 0), 'every step is visited');
    });

    it('agrees with the independent Python calculation', function () {
      if (spawnSync('python3', ['--version']).status !== 0) this.skip();
      const { journey } = place(dir, 'receipt.journey.yaml', 'receipt.csv.gz');
      fs.writeFileSync(path.join(dir, 'receipt-mapping.json'), mappingOf(journey));
      const python = JSON.parse(execFileSync('python3', [SCRIPT, path.join(dir, 'receipt.csv.gz'), path.join(dir, 'receipt-mapping.json')], { encoding: 'utf8' }));
      return figuresOf(dir, 'receipt.journey.yaml', 'receipt.csv.gz').then((engine) => assert.deepStrictEqual(python, JSON.parse(JSON.stringify(engine))));
    });
  });
});
