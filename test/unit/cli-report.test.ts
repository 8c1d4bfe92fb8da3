/**
 * `journey-lens report`: every format on the bundled examples against golden
 * files (reviewed by hand; regenerate with UPDATE_GOLDEN=1 and review the
 * diff), --out, exit codes, and a generated portfolio of 50 journeys.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generatePortfolio } from '../fixtures/generated/journeys';
import type { Portfolio } from '../../src/core';
import { cli } from './cli-helpers';

// Tests run compiled from out/test/unit/.
const REPO = path.resolve(__dirname, '../../..');
const GOLDEN = path.join(REPO, 'test/unit/fixtures/report');
const TODAY = '2026-11-23';
const FORMATS = [['markdown', 'md'], ['html', 'html'], ['json', 'json']] as const;

async function golden(name: string, actual: string): Promise<void> {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) await fs.writeFile(file, actual);
  assert.strictEqual(actual, await fs.readFile(file, 'utf8'), `${name} differs; if the change is right, run with UPDATE_GOLDEN=1 and review the diff`);
}

describe('journey-lens report', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-report-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  for (const [format, ext] of FORMATS) {
    it(`prints the examples as ${format}, exactly as the reviewed golden file, and exits 0 although they have errors`, async () => {
      const r = await cli(REPO, 'report', 'examples', '--today', TODAY, '--format', format);
      assert.strictEqual(r.code, 0, r.err);
      assert.strictEqual(r.err, '');
      await golden(`examples.${ext}`, r.out);
    });
  }

  it('--out writes the file (format from its extension, folders made as needed) and says where it went', async () => {
    const out = path.join(dir, 'site', 'portfolio.html');
    // The temporary folder is outside the working folder: that takes --allow-outside.
    const r = await cli(REPO, 'report', 'examples', '--today', TODAY, '--out', out, '--allow-outside');
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, `Wrote the portfolio report of 4 journeys to ${out}.\n`);
    assert.strictEqual(await fs.readFile(out, 'utf8'), await fs.readFile(path.join(GOLDEN, 'examples.html'), 'utf8'));
    // An explicit --format wins over the extension; a relative --out is relative to the working folder.
    const j = await cli(dir, 'report', path.join(REPO, 'examples'), '--today', TODAY, '--out', 'r.txt', '--format', 'json');
    assert.strictEqual(j.code, 0, j.err);
    assert.strictEqual(JSON.parse(await fs.readFile(path.join(dir, 'r.txt'), 'utf8')).totals.journeys, 4);
  });

  it('takes globs like check: catalogs the journeys use are read even when the glob leaves them out', async () => {
    const r = await cli(REPO, 'report', 'examples/*.journey.yaml', '--today', TODAY, '--format', 'json');
    const p = JSON.parse(r.out) as Portfolio;
    assert.strictEqual(p.totals.files, 4);
    assert.strictEqual(p.totals.partners, 6);
    assert.deepStrictEqual(p.otherFiles, []);
  });

  it('exits 2 on usage and configuration errors, and when it cannot write --out', async () => {
    const usage = [
      ['report', 'examples', '--format', 'pdf'],
      ['report', 'examples', '--format', 'sarif'],
      ['report', 'examples', '--quiet'],
      ['report', 'examples', '--max-warnings', '0'],
      ['report', 'examples', '--today', '23-11-2026'],
      ['report', 'nope'],
      ['check', 'examples', '--out', 'x.txt'],
    ];
    for (const argv of usage) {
      const r = await cli(REPO, ...argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.err, /^journey-lens: .*\nRun 'journey-lens --help' for usage\.\n$/, argv.join(' '));
      assert.strictEqual(r.out, '');
    }
    await fs.writeFile(path.join(dir, 'bad.yaml'), 'checks:\n  fallback-missing: loud\n');
    const config = await cli(dir, 'report', path.join(REPO, 'examples'), '--config', 'bad.yaml');
    assert.strictEqual(config.code, 2);
    assert.match(config.err, /the configuration file bad\.yaml has errors/);
    await fs.writeFile(path.join(dir, 'file'), '');
    const unwritable = await cli(REPO, 'report', 'examples', '--out', path.join(dir, 'file', 'r.md'), '--allow-outside');
    assert.strictEqual(unwritable.code, 2);
    assert.match(unwritable.err, /cannot write the report to/);
  });

  it('is in the help', async () => {
    const r = await cli(dir, '--help');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /journey-lens report \[files, folders or globs\.\.\.\]/);
    assert.match(r.out, /--out FILE/);
  });

  describe('over a generated portfolio of 50 journeys', () => {
    let p: Portfolio;
    let gen: string;
    before(async function () {
      this.timeout(60000);
      gen = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-report-50-'));
      for (const [name, text] of generatePortfolio(50, 10)) await fs.writeFile(path.join(gen, name), text);
      const r = await cli(gen, 'report', '--today', TODAY, '--format', 'json');
      assert.strictEqual(r.code, 0, r.err);
      p = JSON.parse(r.out) as Portfolio;
    });
    after(() => fs.rm(gen, { recursive: true, force: true }));

    it('adds up to the totals of this portfolio', () => {
      assert.deepStrictEqual(p.totals, {
        files: 51, journeys: 50, steps: 500, reviewsOverdue: 0, reviewsUnknown: 0,
        findings: { error: 0, warning: 23, info: 4, hint: 0 },
        // The generated steps depend on no partner, and hand work one way only, around a ring of five teams.
        partners: 0, partnersWithoutAgreement: 0, partnersWithoutFallback: 0,
        handoffs: 500, unclearHandoffs: 17, handoffPairs: 5, bothWayPairs: 0,
        stepsWithoutHumanFallback: 6, acceptedWithoutHumanFallback: 0,
      });
      assert.deepStrictEqual(p.handoffs.map((h) => `${h.a.id} → ${h.b.id}`).sort(), [
        'backoffice → klantenservice', 'facturatie → planning', 'klantenservice → facturatie', 'planning → techniek', 'techniek → backoffice',
      ]);
    });

    it('agrees with check on the same files', async () => {
      const r = await cli(gen, 'check', '--today', TODAY, '--format', 'json');
      const findings = JSON.parse(r.out) as { rule: string; severity: string }[];
      const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
      assert.strictEqual(p.totals.findings.warning + p.totals.findings.info, findings.length);
      assert.strictEqual(p.totals.unclearHandoffs, count('handoff-unclear'));
      assert.strictEqual(p.totals.stepsWithoutHumanFallback, count('fallback-missing') + count('fallback-ineffective'));
      assert.strictEqual(p.journeys.reduce((n, j) => n + j.findings.warning, 0), findings.filter((f) => f.severity === 'warning').length);
    });

    it('finds every review overdue once their due date has passed', async () => {
      const r = await cli(gen, 'report', '--today', '2027-06-02', '--format', 'json');
      const later = JSON.parse(r.out) as Portfolio;
      assert.strictEqual(later.totals.reviewsOverdue, 50);
      assert.ok(later.journeys.every((j) => j.reviewDue === '2027-06-01' && j.reviewOverdue));
    });
  });
});
