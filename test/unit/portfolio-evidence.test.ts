/**
 * The portfolio's evidence: per journey with an event log its cases,
 * promises kept, ping-pong and repeat shares and worst deviation, taken from
 * the figures; figures from fewer than min-cases cases never shown as
 * numbers; and every evidence finding across journeys, worst first, escaped
 * in Markdown and HTML. `journey-lens report` reads the logs itself.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { analyseText, buildPortfolio, evaluateEvidence, type Finding, nodeFileHost, type PortfolioInput, renderHtml, renderJson, renderMarkdown } from '../../src/core';

const REPO = path.resolve(__dirname, '../../..');
const EXAMPLE = path.join(REPO, 'examples', 'jaarafrekening.journey.yaml');
const TODAY = new Date(Date.UTC(2026, 10, 23));

async function inputOf(file: string, root: string): Promise<PortfolioInput> {
  const analysis = await analyseText(file, fs.readFileSync(file, 'utf8'), nodeFileHost, {
    root, evidence: (journey, absPath) => evaluateEvidence(journey, absPath, { root }),
  });
  return { path: path.relative(root, file), analysis };
}

const finding = (rule: string, severity: Finding['severity'], message: string, line: number): Finding => ({
  rule, severity, message, related: [], docsUrl: '', range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 1 } },
});

describe('the portfolio with evidence', () => {
  it('gives per journey its cases, promises kept, worst ping-pong and repeat steps and its worst deviation, from the figures', async () => {
    const input = await inputOf(EXAMPLE, REPO);
    assert.ok(input.analysis.evidence?.ok);
    const f = input.analysis.evidence.figures;
    const step = (id: string) => f.steps.find((s) => s.id === id)!;
    const [row] = buildPortfolio([input], TODAY).evidence!.journeys;
    const melden = step('melden');
    assert.deepStrictEqual(row.cases, f.cases);
    assert.deepStrictEqual(row.promisesKept, { cases: melden.promise!.kept, of: melden.promise!.measured });
    const controleren = step('meterstanden-controleren');
    assert.deepStrictEqual(row.pingpong, { cases: controleren.pingpongCases, of: controleren.cases, step: 'meterstanden-controleren' });
    // Repeated contact counts on steps with a channel; melden is the one with repeats.
    assert.deepStrictEqual(row.repeat, { cases: melden.repeatCases, of: melden.cases, step: 'melden' });
    // The slow intake handoff touches about a third of its cases: more than the undesigned path, ping-pong or the broken promise.
    const intake = f.handoffs[0];
    assert.deepStrictEqual(row.worst, { kind: 'handoff-slow', cases: intake.over, of: intake.measured, step: 'melden' });
  });

  it('shows figures from fewer than min-cases cases as "fewer than N cases", and a log it cannot use as such', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-portfolio-evidence-'));
    try {
      const page = fs.readFileSync(path.join(REPO, 'docs', 'evidence.md'), 'utf8');
      const block = (name: string) => page.match(new RegExp(`<!-- worked-example: ${name.replace(/\./g, '\\.')} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``))![1];
      fs.writeFileSync(path.join(dir, 'repair.journey.yaml'), block('repair.journey.yaml'));
      fs.writeFileSync(path.join(dir, 'repairs.csv'), block('repairs.csv'));
      fs.writeFileSync(path.join(dir, 'gone.journey.yaml'), block('repair.journey.yaml').replace('journey: Washing machine repair', 'journey: Gone').replace('log: repairs.csv', 'log: gone.csv'));
      const portfolio = buildPortfolio([await inputOf(path.join(dir, 'repair.journey.yaml'), dir), await inputOf(path.join(dir, 'gone.journey.yaml'), dir)], TODAY);
      const [gone, repair] = portfolio.evidence!.journeys;
      assert.deepStrictEqual([repair.cases, repair.promisesKept, repair.pingpong, repair.worst], [null, null, null, null]);
      assert.strictEqual(gone.problem, 'missing');
      const markdown = renderMarkdown(portfolio, 'en');
      assert.match(markdown, /^\| Washing machine repair \| fewer than 5 cases \| fewer than 5 cases \| fewer than 5 cases \|/m);
      assert.match(markdown, /^\| Gone \| the log does not exist \|/m);
      assert.match(renderMarkdown(portfolio, 'nl'), /^\| Washing machine repair \| minder dan 5 cases \|/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists every evidence finding across journeys, worst first, and only those, escaped', async () => {
    const a = await inputOf(EXAMPLE, REPO);
    const b = { ...(await inputOf(EXAMPLE, REPO)), path: 'b/other.journey.yaml' };
    a.analysis.findings = [
      finding('evidence-unmapped', 'info', "'Betalingsregeling voorstellen' is on no step", 18),
      finding('fallback-missing', 'warning', 'not evidence', 3),
      finding('observed-pingpong', 'warning', 'ping-pong <script>alert(1)</script> | between billing and metering', 71),
    ];
    b.analysis = { ...b.analysis, findings: [finding('evidence-log', 'error', 'the log cannot be read', 19)] };
    const e = buildPortfolio([a, b], TODAY).evidence!;
    assert.deepStrictEqual(e.findings.map((f) => `${f.severity} ${f.path}:${f.line} ${f.rule}`), [
      'error b/other.journey.yaml:19 evidence-log',
      'warning examples/jaarafrekening.journey.yaml:71 observed-pingpong',
      'info examples/jaarafrekening.journey.yaml:18 evidence-unmapped',
    ]);
    const portfolio = buildPortfolio([a, b], TODAY);
    const page = renderHtml(portfolio, { language: 'en' });
    assert.ok(page.includes('ping-pong &lt;script&gt;alert(1)&lt;/script&gt; | between'), 'the message is text in HTML');
    assert.ok(!page.includes('<script>'));
    assert.match(page, /<a href="#evidence-findings">Evidence findings, worst first<\/a>/);
    assert.match(renderMarkdown(portfolio, 'en'), /\| warning \| Jaarafrekening betwisten \| 71 \| `observed-pingpong` \| ping-pong &lt;script&gt;alert\(1\)&lt;\/script&gt; \\\| between/);
    assert.deepStrictEqual(JSON.parse(renderJson(portfolio)).evidence.findings.length, 3);
  });

  it('comes with journey-lens report, without a case id anywhere, and stays away from portfolios without logs', async () => {
    let out = '';
    const code = await run(['report', 'examples', '--today', '2026-11-23', '--format', 'json'], { cwd: REPO, out: (t) => (out += t), err: () => undefined });
    assert.strictEqual(code, 0);
    const report = JSON.parse(out);
    assert.deepStrictEqual(report.evidence.journeys.map((j: { path: string }) => j.path), ['examples/jaarafrekening.journey.yaml']);
    for (const format of ['markdown', 'html', 'json']) {
      let text = '';
      await run(['report', 'examples', '--today', '2026-11-23', '--format', format], { cwd: REPO, out: (t) => (text += t), err: () => undefined });
      assert.doesNotMatch(text, /JA-2026-\d{4}/, `${format}: no case id`);
    }
    const plain = buildPortfolio([{ ...(await inputOf(path.join(REPO, 'examples', 'opzeggen.journey.yaml'), REPO)) }], TODAY);
    assert.strictEqual(plain.evidence, undefined);
  });
});
