/**
 * A malformed journey-lens.config.yaml: each kind of mistake gets a finding
 * on the config file at the mistake; readConfig ignores what is invalid, so
 * the defaults stay in force for it (and valid entries beside it still
 * apply); the command line prints the findings and stops with exit code 2.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { checkText, CONFIG_FILE_NAME, DEFAULT_CONFIG, parseYaml, readConfig } from '../../src/core';
import { memoryHost, ROOT, show } from './helpers';

interface BadConfig {
  name: string;
  text: string;
  /** `line:col rule` of the first finding, 1-based as the CLI prints it. */
  first: string;
  message: RegExp;
}

const BAD: BadConfig[] = [
  { name: 'broken YAML', text: 'checks:\n  owner-missing: off\n  [unclosed\n', first: '3:3 yaml-syntax', message: /YAML syntax/ },
  { name: 'a duplicate key', text: 'handoff-maximum: 4\nhandoff-maximum: 5\n', first: '2:1 yaml-syntax', message: /^Duplicate key/ },
  { name: 'a list instead of a mapping', text: '- owner-missing\n', first: '1:3 schema', message: /must be a configuration .* not a list/ },
  { name: 'checks as a list', text: 'checks: [owner-missing]\n', first: '1:10 schema', message: /'checks' must be a mapping of check ids to severities, not a list/ },
  { name: 'an unknown check id', text: 'checks:\n  fallback-mising: error\n', first: '2:3 schema', message: /Unknown check 'fallback-mising' — did you mean 'fallback-missing'\?/ },
  { name: 'a bad severity', text: 'checks:\n  owner-missing: loud\n', first: '2:18 schema', message: /must be one of error, warning, info, hint, off — not 'loud'/ },
  { name: 'a negative handoff-maximum', text: 'handoff-maximum: -1\n', first: '1:18 schema', message: /'handoff-maximum' must be at least 0, not -1/ },
  { name: 'a fractional handoff-maximum', text: 'handoff-maximum: 2.5\n', first: '1:18 schema', message: /must be a whole number/ },
  { name: 'a number as a glob', text: 'include: [1]\n', first: '1:11 schema', message: /must be a glob pattern, not 1/ },
  { name: 'an extended glob that backtracks forever', text: 'exclude: ["+(a*)*b"]\n', first: '1:11 schema', message: /^Entry 1 of 'exclude' \('\+\(a\*\)\*b'\) uses '\+\(…\)', an extended glob, which Journey Lens does not support: matching it can take forever\. Use \*, \?, \*\*, \[abc\] and \{a,b\} instead\.$/ },
  { name: 'an extended glob inside braces', text: 'exclude: ["{x,@(a|b)}"]\n', first: '1:11 schema', message: /uses '@\(…\)', an extended glob/ },
  { name: 'an empty glob', text: 'include: [""]\n', first: '1:11 schema', message: /^Entry 1 of 'include' is empty, and an empty glob matches nothing\. Remove it, or write a pattern such as '\*\*\/\*\.journey\.yaml'\.$/ },
  { name: 'a glob over 65,536 characters', text: `include: ["${'a'.repeat(70_000)}"]\n`, first: '1:11 schema', message: /^Entry 1 of 'include' \('a{60}…'\) is 70000 characters long; a glob may have at most 1000\. Shorten it, or split it into several entries\.$/ },
  { name: 'an unclosed bracket', text: 'include: ["**/[.journey.yaml"]\n', first: '1:11 schema', message: /^Entry 1 of 'include' \('\*\*\/\[\.journey\.yaml'\) has a '\[' without its closing '\]'\. Close it, or write '\\\[' for a literal bracket\.$/ },
  { name: 'an unclosed brace', text: 'exclude: ["{a,b"]\n', first: '1:11 schema', message: /^Entry 1 of 'exclude' \('\{a,b'\) has a '\{' without its closing '\}'/ },
  { name: 'a negated glob', text: 'exclude: ["!keep/**"]\n', first: '1:11 schema', message: /starts with '!', but negated globs are not supported/ },
  { name: 'braces that expand to too many patterns', text: `exclude: ["${'{a,b}'.repeat(9)}"]\n`, first: '1:11 schema', message: /expands to more than 256 patterns through its braces/ },
  { name: 'a trailing backslash', text: 'exclude: ["drafts\\\\"]\n', first: '1:11 schema', message: /ends with a '\\' that escapes nothing/ },
];

const CONFIG = path.join(ROOT, CONFIG_FILE_NAME);
const brief = (f: { range: { start: { line: number; character: number } }; rule: string }) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule}`;

describe('a malformed configuration', () => {
  for (const bad of BAD) {
    it(`${bad.name}: an error on the config at the mistake, and readConfig keeps the defaults`, async () => {
      const findings = await checkText(CONFIG, bad.text, memoryHost({}));
      assert.ok(findings.length > 0, bad.name);
      assert.strictEqual(brief(findings[0]), bad.first, show(findings));
      assert.strictEqual(findings[0].severity, 'error');
      assert.match(findings[0].message, bad.message);
      const config = readConfig(parseYaml(bad.text).value);
      assert.deepStrictEqual({ ...config, checks: {} }, { ...DEFAULT_CONFIG, checks: {} });
      // Broken YAML is not read at all: not even its valid-looking entries apply.
      assert.deepStrictEqual(config.checks, {});
    });
  }

  it('applies the valid entries beside an invalid one', async () => {
    const text = 'checks:\n  owner-missing: off\n  nope: error\nhandoff-maximum: -3\n';
    const findings = await checkText(CONFIG, text, memoryHost({}));
    assert.deepStrictEqual(findings.map(brief), ['3:3 schema', '4:18 schema'], show(findings));
    const config = readConfig(parseYaml(text).value);
    assert.deepStrictEqual(config.checks, { 'owner-missing': 'off' });
    assert.strictEqual(config.handoffMaximum, DEFAULT_CONFIG.handoffMaximum);
  });

  it('reports an unusable glob in Dutch too, addressing the reader as je', async () => {
    const findings = await checkText(CONFIG, 'exclude: ["+(a*)*b", "["]\n', memoryHost({}), { language: 'nl' });
    assert.deepStrictEqual(findings.map((f) => `${brief(f)} ${f.message}`), [
      "1:11 schema Item 1 van 'exclude' ('+(a*)*b') gebruikt '+(…)', een uitgebreid glob-patroon, dat Journey Lens niet ondersteunt: het vergelijken ervan kan eindeloos duren. Gebruik *, ?, **, [abc] en {a,b}.",
      "1:22 schema Item 2 van 'exclude' ('[') heeft een '[' zonder sluitende ']'. Sluit hem, of schrijf '\\[' voor een gewone blokhaak.",
    ]);
  });

  it('an empty config is no mistake: no findings, the defaults', async () => {
    assert.deepStrictEqual(await checkText(CONFIG, '', memoryHost({})), []);
    assert.deepStrictEqual(readConfig(parseYaml('').value), { ...DEFAULT_CONFIG, checks: {} });
  });

  describe('on the command line', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-config-'));
      await fs.writeFile(path.join(dir, 'a.journey.yaml'), 'journey: A\nowner: O\nneed: N\noutcome: O\nsteps:\n  - id: a\n    customer: C\n    channel: email\n    fallback: phone\n');
    });
    afterEach(() => fs.rm(dir, { recursive: true, force: true }));

    for (const bad of BAD) {
      it(`${bad.name}: prints the finding and exits 2 without checking the journeys`, async () => {
        await fs.writeFile(path.join(dir, CONFIG_FILE_NAME), bad.text);
        let out = '';
        let err = '';
        const code = await run(['check', '.'], { cwd: dir, out: (t) => (out += t), err: (t) => (err += t) });
        assert.strictEqual(code, 2, err);
        assert.match(err, /the configuration file journey-lens\.config\.yaml has errors/);
        assert.ok(err.includes(`journey-lens.config.yaml:${bad.first.split(' ')[0]} error `), err);
        assert.ok(err.includes(`[${bad.first.split(' ')[1]}]`), err);
        assert.strictEqual(out, '');
      });
    }

    it('answers exclude: ["+(a*)*b"] beside a file named with 28 a\'s at once, in check and report', async function () {
      this.timeout(10_000); // it used to hang in picomatch's backtracking
      await fs.writeFile(path.join(dir, CONFIG_FILE_NAME), 'exclude: ["+(a*)*b"]\n');
      await fs.writeFile(path.join(dir, `${'a'.repeat(28)}.journey.yaml`), 'journey: A\n');
      for (const command of ['check', 'report']) {
        let err = '';
        const code = await run([command], { cwd: dir, out: () => undefined, err: (t) => (err += t) });
        assert.strictEqual(code, 2, command);
        assert.match(err, /journey-lens\.config\.yaml:1:11 error Entry 1 of 'exclude' \('\+\(a\*\)\*b'\) uses '\+\(…\)', an extended glob/);
      }
    });
  });
});
