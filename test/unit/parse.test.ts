/** YAML syntax findings: exact positions, duplicate keys, several documents, aliases, line endings. */
import * as assert from 'assert';
import { LineIndex } from '../../src/core/yaml/lines';
import { byRule, check, show } from './helpers';

describe('yaml-syntax', () => {
  it('reports a syntax error at its position, and nothing else', async () => {
    const all = await check('journey: x\nsteps:\n  - id: a\n    customer: "unclosed\n');
    assert.ok(all.length >= 1, show(all));
    assert.ok(all.every((f) => f.rule === 'yaml-syntax'), show(all));
    assert.strictEqual(all[0].severity, 'error');
    assert.strictEqual(all[0].range.start.line, 3);
  });

  it('reports a duplicate key at the second key', async () => {
    const all = await check('journey: x\nneed: a\nneed: b\noutcome: c\nsteps: []\n');
    const [f] = byRule(all, 'yaml-syntax');
    assert.ok(f, show(all));
    assert.match(f.message, /Duplicate key/);
    assert.deepStrictEqual(f.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } });
  });

  it('gives one clear finding for a file with several documents', async () => {
    const all = await check('journey: a\n---\njourney: b\n');
    const several = byRule(all, 'yaml-syntax').filter((f) => /documents/.test(f.message));
    assert.strictEqual(several.length, 1, show(all));
    assert.strictEqual(several[0].range.start.line, 1);
  });

  it('refuses an alias bomb with a finding instead of expanding it', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const all = await check(bomb.join('\n'));
    assert.ok(all.some((f) => f.rule === 'yaml-syntax' && /Too many aliases/.test(f.message)), show(all));
  });

  it('prints nothing on the console for a collection used as a key: the schema reports it', async () => {
    const warnings: unknown[] = [];
    const emit = process.emitWarning;
    process.emitWarning = (w: string | Error) => void warnings.push(w);
    try {
      const all = await check('journey: x\n[a, b]: c\n');
      assert.ok(all.some((f) => f.rule === 'schema' && /Unknown key '\[ a, b \]'/.test(f.message)), show(all));
    } finally {
      process.emitWarning = emit;
    }
    assert.deepStrictEqual(warnings, []);
  });

  it('explains a tab used as indentation', async () => {
    const all = await check('journey: x\nsteps:\n\t- id: a\n');
    assert.ok(byRule(all, 'yaml-syntax').length >= 1, show(all));
  });
});

describe('line index', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks, as VS Code does', () => {
    const lines = new LineIndex('a\r\nbb\rccc\nd');
    assert.deepStrictEqual(lines.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(lines.positionAt(6), { line: 2, character: 0 });
    assert.deepStrictEqual(lines.positionAt(10), { line: 3, character: 0 });
    assert.strictEqual(lines.lineEnd(0), 1);
    assert.strictEqual(lines.offsetAt({ line: 2, character: 2 }), 8);
  });

  it('never places a position between the \\r and \\n of a CRLF (found by the fuzz tests)', () => {
    const lines = new LineIndex('a\r\n\r\nb');
    assert.deepStrictEqual(lines.positionAt(2), { line: 0, character: 1 });
    assert.deepStrictEqual(lines.positionAt(4), { line: 1, character: 0 });
  });

  it('reads lone CR line endings (old Mac files) as line breaks, as YAML and VS Code do', async () => {
    const lf = 'journey: x\nowner: a\nneed: n\noutcome: o\nsteps:\n  - id: a\n    customer: c\n    channel: web\n';
    const [f] = await check(lf.replace(/\n/g, '\r'));
    assert.deepStrictEqual(f, (await check(lf))[0]);
    assert.strictEqual(f.rule, 'fallback-missing');
  });

  it('keeps positions right in a CRLF journey', async () => {
    const text = 'journey: x\r\nowner: a\r\nneed: n\r\noutcome: o\r\nsteps:\r\n  - id: a\r\n    customer: c\r\n    channel: web\r\n';
    const [f] = byRule(await check(text), 'fallback-missing');
    assert.deepStrictEqual(f.range, { start: { line: 7, character: 13 }, end: { line: 7, character: 16 } });
  });
});
