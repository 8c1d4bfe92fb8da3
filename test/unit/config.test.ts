/** Configuration: severities, handoff maximum, and a malformed config file. */
import * as assert from 'assert';
import * as path from 'path';
import { checkText, CONFIG_FILE_NAME, DEFAULT_CONFIG, readConfig } from '../../src/core';
import { check, memoryHost, ROOT, show, yaml } from './helpers';

const text = yaml`
  journey: Config
  need: A need
  outcome: An outcome
  steps:
    - id: a
      customer: Looks up
      channel: web
`;

describe('configuration', () => {
  it('changes severities and turns checks off', async () => {
    const config = readConfig({ checks: { 'fallback-missing': 'error', 'owner-missing': 'off' } });
    const all = await check(text, {}, { config });
    assert.deepStrictEqual(all.map((f) => `${f.rule}:${f.severity}`), ['fallback-missing:error'], show(all));
  });

  it('ignores invalid entries and keeps the defaults for them', () => {
    const config = readConfig({ checks: { 'fallback-mising': 'error', 'owner-missing': 'loud' }, 'handoff-maximum': -1 });
    assert.deepStrictEqual(config.checks, {});
    assert.strictEqual(config.handoffMaximum, DEFAULT_CONFIG.handoffMaximum);
  });

  it('reads the evidence thresholds, with the defaults of evidence.md for those not given or not valid', () => {
    assert.deepStrictEqual(DEFAULT_CONFIG.evidence, { minCases: 5, minShare: 0.05, percentile: 80, promiseKept: 0.9 });
    const config = readConfig({ evidence: { 'min-cases': 20, 'min-share': 0.1, percentile: 95, 'promise-kept': 0.95 } });
    assert.deepStrictEqual(config.evidence, { minCases: 20, minShare: 0.1, percentile: 95, promiseKept: 0.95 });
    const bad = readConfig({ evidence: { 'min-cases': 0, 'min-share': 2, percentile: '80', 'promise-kept': 0.5 } });
    assert.deepStrictEqual(bad.evidence, { ...DEFAULT_CONFIG.evidence, promiseKept: 0.5 });
    // Settings layered over the file keep the file's thresholds.
    assert.strictEqual(readConfig({ checks: {} }, config).evidence.minCases, 20);
  });

  it('reports a malformed config on the config file itself', async () => {
    const file = path.join(ROOT, CONFIG_FILE_NAME);
    const findings = await checkText(file, 'checks:\n  fallback-mising: error\n', memoryHost({}));
    assert.strictEqual(findings.length, 1, show(findings));
    assert.strictEqual(findings[0].rule, 'schema');
    assert.match(findings[0].message, /did you mean 'fallback-missing'/);
    assert.strictEqual(findings[0].range.start.line, 1);
  });
});
