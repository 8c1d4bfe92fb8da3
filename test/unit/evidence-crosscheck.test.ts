/**
 * The engine's figures against an independent calculation written from the
 * contract in Python (scripts/crosscheck-evidence.py), on generated logs as
 * CSV and gzipped XES. Skipped, and said so, when python3 is absent.
 */
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { computeFigures, readLog } from '../../src/core/evidence';
import { DEFAULT_THRESHOLDS } from '../../src/core/evidence/types';
import { INCIDENT_DESIGN, INCIDENT_SETTINGS } from '../fixtures/evidence/design';
import { generateRows, writeLog } from '../fixtures/evidence/generator';

const REPO = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(REPO, 'scripts/crosscheck-evidence.py');
const hasPython = spawnSync('python3', ['--version']).status === 0;

const mapping = {
  settings: INCIDENT_SETTINGS,
  percentile: DEFAULT_THRESHOLDS.percentile,
  design: INCIDENT_DESIGN.map((s) => ({
    ...s, observed: s.observed.map((p) => p.pattern),
    tasks: s.tasks.map((t) => ({ ...t, observed: t.observed.map((p) => p.pattern) })),
  })),
};

describe('evidence figures cross-checked by an independent Python calculation', function () {
  this.timeout(60_000);
  let dir: string;
  before(function () {
    if (!hasPython) {
      console.log('    python3 is not installed: the cross-check is skipped');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-crosscheck-'));
    fs.writeFileSync(path.join(dir, 'mapping.json'), JSON.stringify(mapping));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  for (const name of ['planted.csv', 'planted.xes.gz']) {
    it(`agrees on every figure of a planted log (${name})`, async () => {
      const log = path.join(dir, name);
      writeLog(log, generateRows({ normal: 30, pingpong: 8, repeat: 7, undesigned: 6, slow: 9, broken: 5, weekend: 6, dst: 4, open: 5, skippedNoCase: 2, skippedNoTime: 3 }));
      const read = await readLog(log, INCIDENT_SETTINGS);
      assert.ok(read.ok);
      const engine = computeFigures(read.cases, INCIDENT_DESIGN, INCIDENT_SETTINGS, DEFAULT_THRESHOLDS).figures;
      const python = JSON.parse(execFileSync('python3', [SCRIPT, log, path.join(dir, 'mapping.json')], { encoding: 'utf8' }));
      assert.deepStrictEqual(python, JSON.parse(JSON.stringify(engine)));
    });
  }
});
