/**
 * The shipped example with evidence (examples/jaarafrekening.journey.yaml):
 * its log is exactly what scripts/generate-example-log.mjs writes, and its
 * figures meet the contract's firing condition of each planted deviation, and
 * only those, so that the README's first command shows evidence findings.
 * Once the evidence checks exist, the findings themselves are held too.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkText, evaluateEvidence, nodeFileHost, parseYaml, readJourney, RULES_BY_ID } from '../../src/core';
import { DEFAULT_THRESHOLDS, type EvidenceFigures } from '../../src/core/evidence/types';
import { run } from '../../src/cli/main';

const ROOT = path.resolve(__dirname, '../../..');
const JOURNEY = path.join(ROOT, 'examples', 'jaarafrekening.journey.yaml');
const LOG = path.join(ROOT, 'examples', 'logs', 'jaarafrekening.csv');
const { minCases, minShare, promiseKept } = DEFAULT_THRESHOLDS;

/** The contract's "at least min-cases and min-share" of a base. */
const fires = (n: number, base: number) => n >= minCases && n >= minShare * base;

async function figures(): Promise<EvidenceFigures> {
  const text = fs.readFileSync(JOURNEY, 'utf8');
  const parsed = parseYaml(text);
  const outcome = await evaluateEvidence(readJourney(parsed.value, JOURNEY, parsed.doc), JOURNEY, { root: ROOT });
  assert.ok(outcome?.ok, JSON.stringify(outcome));
  return outcome.figures;
}

describe('the shipped example log', () => {
  it('is exactly the output of scripts/generate-example-log.mjs', () => {
    const generated = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-example-log.mjs'), '--print'], { encoding: 'utf8' });
    assert.ok(generated === fs.readFileSync(LOG, 'utf8'), 'examples/logs/jaarafrekening.csv differs: run node scripts/generate-example-log.mjs and commit the file');
  });

  it('is read without a skipped row, every case on the design', async () => {
    const f = await figures();
    assert.deepStrictEqual([f.events.skipped, f.cases, f.mappedCases], [0, 200, 200]);
  });

  it('shows the planted deviations beyond the thresholds, and nothing else', async () => {
    const f = await figures();
    const step = (id: string) => f.steps.find((s) => s.id === id)!;
    const [melden, controleren, corrigeren] = ['melden', 'meterstanden-controleren', 'corrigeren'].map(step);
    // Customers call again on the phone step.
    assert.ok(fires(melden.repeatCases, melden.cases), `repeat ${melden.repeatCases} of ${melden.cases}`);
    // Billing and metering ping-pong over the readings; nowhere else.
    assert.ok(fires(controleren.pingpongCases, controleren.cases), `ping-pong ${controleren.pingpongCases} of ${controleren.cases}`);
    assert.deepStrictEqual([melden.pingpongCases, corrigeren.pingpongCases, controleren.repeatCases, corrigeren.repeatCases], [0, 0, 0, 0]);
    // The one undesigned path: straight from the call to the correction.
    const undesigned = f.transitions.filter((t) => !t.designed);
    assert.deepStrictEqual(undesigned.map((t) => `${t.from} → ${t.to}`), ['melden → corrigeren']);
    assert.ok(fires(undesigned[0].cases, melden.cases), `undesigned ${undesigned[0].cases} of ${melden.cases}`);
    // The promise of 10 working days is broken too often.
    const promise = melden.promise!;
    assert.ok(promise.measured >= minCases && promise.kept / promise.measured < promiseKept, `kept ${promise.kept} of ${promise.measured}`);
    // Billing takes the complaint up too late; metering answers in time.
    const [intake, readings] = f.handoffs;
    assert.ok(intake.measured >= minCases && intake.percentileHours! > 24, `intake p80 ${intake.percentileHours} h`);
    assert.ok(readings.percentileHours! <= 48 && readings.over === 0, `readings p80 ${readings.percentileHours} h`);
    // One activity the design does not name, in enough cases to be worth mapping.
    assert.deepStrictEqual(f.unmapped.map((u) => u.activity), ['Betalingsregeling voorstellen']);
    assert.ok(fires(f.unmapped[0].cases, f.cases));
  });

  it('prints what the README shows of it', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const shown = readme.split('### The `evidence` command')[1]?.match(/```text\n([\s\S]*?)\n```/)?.[1];
    assert.ok(shown, 'the README shows the evidence text of the example');
    let out = '';
    const code = await run(['evidence', 'examples/jaarafrekening.journey.yaml', '--lang', 'en'], { cwd: ROOT, out: (t) => (out += `${t}\n`), err: () => undefined });
    assert.strictEqual(code, 0);
    const lines = out.split('\n');
    for (const line of shown.split('\n').filter((l) => l.trim() !== '...')) assert.ok(lines.includes(line), `printed: ${line}\n\n${out}`);
  });

  // The evidence checks come as rule modules; until they exist there is nothing to hold but the figures above.
  const PLANTED = ['evidence-unmapped', 'observed-handoff-slow', 'observed-pingpong', 'observed-promise-broken', 'observed-repeat', 'observed-undesigned-path'];
  it('gives exactly the planted evidence findings, once the evidence checks exist', async function () {
    if (!PLANTED.every((id) => RULES_BY_ID.has(id))) this.skip();
    const text = fs.readFileSync(JOURNEY, 'utf8');
    const findings = await checkText(JOURNEY, text, nodeFileHost, {
      today: '2026-11-23', root: ROOT,
      evidence: (journey, file) => evaluateEvidence(journey, file, { root: ROOT }),
    });
    assert.deepStrictEqual([...new Set(findings.map((x) => x.rule))].sort(), PLANTED, findings.map((x) => `${x.rule}: ${x.message}`).join('\n'));
  });
});
