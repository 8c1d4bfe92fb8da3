/**
 * What the command line prints, on hostile journeys and large results:
 * control characters shown escaped in every human-readable line (JSON and
 * SARIF exact), related locations in every format, findings capped per file,
 * output streamed, SARIF URIs escaped, and a report linear in its findings.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeLines } from '../../src/cli/write-lines';
import { analyseText, buildPortfolio, capFindings, type FileResult, type Finding, formatStylish } from '../../src/core';
import { MAX_FINDINGS_PER_FILE } from '../../src/core/engine/limits';
import { formatSarif, uriFor } from '../../src/core/reporters/sarif';
import { memoryHost } from './helpers';
import { cli } from './cli-helpers';

const INJECTED = '\\n::error file=README.md,line=1::Injected';
// An unknown `next` whose id holds a newline and a workflow command, ESC and a bidi override (YAML escapes).
const HOSTILE = `journey: "Trip${INJECTED}\\e[2J\\u202e"
owner: Ans
need: n
outcome: o
steps:
  - id: a
    customer: c
    next: ["x${INJECTED}", "\\e[31mred\\u202e"]
`;
const PINGPONG = `journey: P
owner: Ans
need: n
outcome: o
steps:
  - id: a
    customer: Calls
    channel: phone
    process:
      - team: ks
        does: One
        handoff: { to: fa, gives: x, within: 1 day }
      - team: fa
        does: Two
        handoff: { to: ks, gives: y, within: 1 day }
      - team: ks
        does: Three
teams:
  ks: { name: KS, line: front }
  fa: { name: FA }
`;

/** A line that a terminal or CI runner would read as something else than text. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/; // eslint-disable-line no-control-regex

function finding(line: number, rule = 'schema', severity: Finding['severity'] = 'error'): Finding {
  const at = { line, character: 4 };
  return { rule, severity, message: `Entry ${line} is wrong.`, range: { start: at, end: at }, related: [], docsUrl: `https://x/${rule}` };
}

describe('journey-lens output', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-out-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  describe('control characters in journey text', () => {
    beforeEach(async () => {
      await fs.writeFile(path.join(dir, 'a.journey.yaml'), HOSTILE);
    });

    for (const format of ['text', 'stylish']) {
      it(`are escaped in --format ${format}: no injected workflow command, escape sequence or bidi override`, async () => {
        const r = await cli(dir, 'check', 'a.journey.yaml', '--format', format);
        assert.strictEqual(r.code, 1);
        const lines = r.out.split('\n');
        assert.ok(!lines.some((l) => l.startsWith('::')), r.out);
        assert.ok(!lines.some((l) => RAW_CONTROL.test(l)), JSON.stringify(r.out));
        assert.ok(r.out.includes(`'x\\n::error file=README.md,line=1::Injected'`), r.out);
        assert.ok(r.out.includes(`'\\u001b[31mred\\u202e'`), r.out);
      });
    }

    it('are escaped in file names', async () => {
      const name = 'b\n::error file=README.md::x\u202e.journey.yaml';
      await fs.writeFile(path.join(dir, name), PINGPONG.replace('  fa: { name: FA }\n', '  fa: { name: FA }\n  ks: { name: again }\n'));
      const r = await cli(dir, 'check', '.', '--format', 'text');
      assert.ok(!r.out.split('\n').some((l) => l.startsWith('::') || RAW_CONTROL.test(l)), r.out);
      assert.match(r.out, /^b\\n::error file=README\.md::x\\u202e\.journey\.yaml:\d+:\d+ /m);
    });

    it('stay exact in JSON and SARIF, with bidi controls written as \\u escapes', async () => {
      const json = await cli(dir, 'check', 'a.journey.yaml', '--format', 'json');
      assert.ok(!json.out.includes('\u202e'), 'a raw bidi override in the JSON text');
      const messages = (JSON.parse(json.out) as { message: string }[]).map((f) => f.message);
      assert.ok(messages.some((m) => m.includes('x\n::error file=README.md,line=1::Injected')), messages.join('\n'));
      assert.ok(messages.some((m) => m.includes('\u001b[31mred\u202e')), messages.join('\n'));
      const sarif = await cli(dir, 'check', 'a.journey.yaml', '--format', 'sarif');
      assert.ok(!sarif.out.includes('\u202e'));
      const results = (JSON.parse(sarif.out) as { runs: { results: { message: { text: string } }[] }[] }).runs[0].results;
      assert.ok(results.some((x) => x.message.text.includes('x\n::error file=README.md,line=1::Injected')));
    });

    it('are escaped in the portfolio report printed as Markdown, and kept in a report written to a file', async () => {
      const printed = await cli(dir, 'report', 'a.journey.yaml');
      assert.strictEqual(printed.code, 0);
      assert.ok(!printed.out.split('\n').some((l) => l.startsWith('::') || RAW_CONTROL.test(l)), printed.out);
      assert.ok(printed.out.includes('Injected\\u001b\\[2J\\u202e'), printed.out);
      const written = await cli(dir, 'report', 'a.journey.yaml', '--out', 'r.md');
      assert.strictEqual(written.code, 0);
      assert.ok((await fs.readFile(path.join(dir, 'r.md'), 'utf8')).includes('Injected\u001b\\[2J\u202e'));
    });

    it('are escaped in usage errors that quote an argument', async () => {
      const r = await cli(dir, 'check', '--format', 'x\n::error::y');
      assert.strictEqual(r.code, 2);
      assert.match(r.err, /Unknown format 'x\\n::error::y'/);
      assert.ok(!r.err.split('\n').some((l) => l.startsWith('::')), r.err);
    });
  });

  describe('related locations', () => {
    beforeEach(async () => {
      await fs.writeFile(path.join(dir, 'p.journey.yaml'), PINGPONG);
    });

    it('are "see" lines under the finding in text and stylish, in the language of the findings', async () => {
      const text = await cli(dir, 'check', 'p.journey.yaml', '--format', 'text');
      assert.match(text.out, /^p\.journey\.yaml:16:15 warning .*\[handoff-pingpong\]\n {2}see p\.journey\.yaml:10:15 'ks' handed the work on here$/m);
      const stylish = await cli(dir, 'check', 'p.journey.yaml', '--format', 'stylish');
      assert.match(stylish.out, /^ {2}16:15 +warning .* handoff-pingpong\n {9}see p\.journey\.yaml:10:15 'ks' handed the work on here$/m);
      const dutch = await cli(dir, 'check', 'p.journey.yaml', '--format', 'text', '--lang', 'nl');
      assert.match(dutch.out, /^ {2}zie p\.journey\.yaml:10:15 \S/m);
    });

    it('are `related` in JSON: file relative to the working folder, 1-based line and column, message', async () => {
      const r = await cli(dir, 'check', 'p.journey.yaml', '--format', 'json');
      const ping = (JSON.parse(r.out) as { rule: string; related: { file: string; line: number; column: number; message: string }[] }[]).find((f) => f.rule === 'handoff-pingpong');
      assert.ok(ping && ping.related.length > 0, r.out);
      assert.strictEqual(ping.related[0].file, 'p.journey.yaml');
      assert.deepStrictEqual({ ...ping.related[0], range: undefined }, { file: 'p.journey.yaml', line: 10, column: 15, message: "'ks' handed the work on here", range: undefined });
    });
  });

  describe('large results', () => {
    it(`caps a file at ${MAX_FINDINGS_PER_FILE} findings and says in one closing error how many more there are`, async () => {
      await fs.writeFile(path.join(dir, 'a.journey.yaml'), `journey: T\nowner: O\nneed: n\noutcome: o\nsteps:\n${'  - 1\n'.repeat(2_500)}`);
      const r = await cli(dir, 'check', 'a.journey.yaml', '--format', 'text');
      assert.strictEqual(r.code, 1);
      const lines = r.out.trim().split('\n');
      assert.strictEqual(lines.length, MAX_FINDINGS_PER_FILE + 2, lines.slice(-3).join('\n'));
      assert.strictEqual(lines[MAX_FINDINGS_PER_FILE], 'a.journey.yaml:1006:5 error 1500 more findings in this file (1500 errors; 1500 schema) are not shown: fix the ones above first, then check again. [schema]');
    });

    it('closes with the most severe of the findings held back, so exit codes and --max-warnings judge the whole file', () => {
      const findings = [...Array.from({ length: 3 }, (_, i) => finding(i, 'owner-missing', 'warning')), finding(3, 'review-overdue', 'warning'), finding(4)];
      const capped = capFindings(findings, 'nl', 2);
      assert.strictEqual(capped.length, 3);
      assert.deepStrictEqual({ ...capped[2], message: '' }, { ...finding(2, 'owner-missing', 'error'), message: '', docsUrl: 'https://x/owner-missing' });
      assert.strictEqual(capped[2].message, '3 bevindingen meer in dit bestand (1 fout, 2 waarschuwingen; 1 owner-missing, 1 review-overdue, 1 schema) worden niet getoond: los eerst de bevindingen hierboven op en controleer dan opnieuw.');
    });

    it('stylish lays out 200,000 findings of one file without spreading them into Math.max', () => {
      const result: FileResult = { path: 'a.journey.yaml', absPath: '/ws/a.journey.yaml', findings: Array.from({ length: 200_000 }, (_, i) => finding(i)) };
      let lines = 0;
      let last = '';
      for (const line of formatStylish([result], false)) {
        lines++;
        last = line;
      }
      assert.strictEqual(lines, 200_000 + 3);
      assert.strictEqual(last, '✖ 200000 problems (200000 errors) in 1 file');
    });

    it('SARIF of 850,000 findings is written in pieces, none of them a giant string', () => {
      const result: FileResult = { path: 'a.journey.yaml', absPath: '/ws/a.journey.yaml', findings: Array.from({ length: 850_000 }, (_, i) => finding(i)) };
      let results = 0;
      let longest = 0;
      for (const piece of formatSarif([result], '/ws', '1.0.0')) {
        longest = Math.max(longest, piece.length);
        if (piece.includes('"ruleId": "schema"')) results++;
      }
      assert.strictEqual(results, 850_000);
      assert.ok(longest < 100_000, `a piece of ${longest} characters`);
    });

    it('SARIF written in pieces is the same document as one JSON.stringify, and empty results are []', () => {
      const one: FileResult = { path: 'a.journey.yaml', absPath: '/ws/a.journey.yaml', findings: [finding(1), finding(2)] };
      const text = [...formatSarif([one], '/ws', '1.0.0')].join('\n');
      const parsed = JSON.parse(text) as { runs: { results: unknown[] }[] };
      assert.strictEqual(parsed.runs[0].results.length, 2);
      assert.strictEqual(JSON.stringify(parsed, null, 2), text);
      const none = [...formatSarif([{ ...one, findings: [] }], '/ws', '1.0.0')].join('\n');
      assert.strictEqual(JSON.stringify(JSON.parse(none), null, 2), none);
      assert.match(none, /"results": \[\]\n/);
    });

    it('waits for the output to drain before writing the next chunk', async () => {
      const lines = Array.from({ length: 50_000 }, (_, i) => `line ${i} ${'x'.repeat(20)}`);
      let pending = 0;
      let most = 0;
      const chunks: string[] = [];
      await writeLines(lines, (chunk) => {
        chunks.push(chunk);
        pending++;
        most = Math.max(most, pending);
        return new Promise<void>((resolve) => setImmediate(() => {
          pending--;
          resolve();
        }));
      });
      assert.strictEqual(most, 1);
      assert.ok(chunks.length > 10, `${chunks.length} chunks`);
      assert.strictEqual(chunks.join('\n'), lines.join('\n'));
    });
  });

  describe('SARIF URIs', () => {
    it('percent-encode # and ? (and %) in file names', () => {
      assert.strictEqual(uriFor('/ws/a b/c#1?x%.journey.yaml', '/ws'), 'a%20b/c%231%3Fx%25.journey.yaml');
    });

    it('keep a path inside the root relative when its first folder merely starts with ..', () => {
      assert.strictEqual(uriFor('/ws/..foo/a.journey.yaml', '/ws'), '..foo/a.journey.yaml');
      assert.strictEqual(uriFor('/elsewhere/a#b.journey.yaml', '/ws'), 'file:///elsewhere/a%23b.journey.yaml');
    });
  });

  describe('report', () => {
    it('reads each finding a bounded number of times, not once per handoff and step', async () => {
      const steps = Array.from({ length: 2_000 }, (_, i) => `  - {id: s${i}, customer: c, channel: web, process: [{team: a, does: x, handoff: {to: b}}, {team: b, does: y}]}`);
      const text = `journey: T\nowner: O\nneed: n\noutcome: o\nchannels: {web: {kind: web}}\nteams: {a: {name: A}, b: {name: B}}\nsteps:\n${steps.join('\n')}\n`;
      const analysis = await analyseText('/ws/t.journey.yaml', text, memoryHost({}), { today: '2026-11-23' });
      const count = analysis.findings.length;
      assert.ok(count >= 4_000, `${count} findings`);
      let reads = 0;
      analysis.findings = new Proxy(analysis.findings, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      const portfolio = buildPortfolio([{ path: 't.journey.yaml', analysis }], new Date('2026-11-23'));
      assert.strictEqual(portfolio.handoffs[0].unclear, 2_000);
      assert.ok(reads <= 10 * count, `${reads} reads of ${count} findings`);
    });
  });
});
