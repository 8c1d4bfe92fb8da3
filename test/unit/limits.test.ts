/**
 * Never a hang: inputs built to freeze or crash a YAML checker each finish
 * with a finding. Nothing here asserts a time (machines differ); mocha's
 * generous timeout is the bound, and bench/hostile.ts measures the times.
 */
import * as assert from 'assert';
import * as hostile from '../fixtures/generated/hostile';
import { DEFAULT_MAX_BYTES, MAX_SYNTAX_PROBLEMS, clipQuotes, oversize, utf8Length } from '../../src/core/engine/limits';
import { type CheckOptions, SegmentedParser } from '../../src/core';
import { byRule, check, dataOf, JOURNEY, show } from './helpers';
import { assertWellFormed } from './well-formed';

/** Checks as the command line does (no size limit) unless told otherwise, and asserts well-formed ranges. */
async function checked(text: string, options: CheckOptions = { maxBytes: Infinity }) {
  const findings = await check(text, {}, options);
  assertWellFormed(findings, JOURNEY, { [JOURNEY]: text });
  return findings;
}

const JOURNEY_HEAD = 'journey: T\nowner: Ans\nneed: n\noutcome: o\n';

const TOO_DEEP = /^Journey Lens stops reading here: mappings or lists nest more than 100 levels deep/;

describe('limits: hostile input ends in a finding, not a hang', function () {
  this.timeout(120_000);

  describe('aliases', () => {
    it('refuses "billion laughs" (10^9 expansions) with one finding', async () => {
      const all = await checked(hostile.billionLaughs());
      assert.deepStrictEqual(all.map((f) => f.rule), ['yaml-syntax'], show(all));
      assert.match(all[0].message, /^Too many aliases/);
    });

    it('reads an alias that contains itself without looping', async () => {
      const all = await checked('journey: x\nneed: n\noutcome: o\nowner: a\nx-loop: &l [*l]\nsteps: &s\n  - id: a\n    customer: c\n    channel: phone\n    next: *s\n');
      assert.ok(all.length > 0, show(all));
    });
  });

  describe('nesting', () => {
    for (const [name, text] of [
      ['10,000 levels of [ ]', () => hostile.deepFlow(10_000, '[')],
      ['10,000 levels of { }', () => hostile.deepFlow(10_000, '{')],
      ['10,000 unclosed [', () => hostile.deepFlow(10_000, '[', false)],
      ['10,000 unclosed {', () => hostile.deepFlow(10_000, '{', false)],
      ['10,000 sequences on one line (- - - x)', () => hostile.deepSequence(10_000)],
    ] as const) {
      it(`stops at ${name} with a finding where the nesting goes too deep`, async () => {
        const all = await checked(text());
        const deep = all.filter((f) => TOO_DEEP.test(f.message));
        assert.strictEqual(deep.length, 1, show(all));
        assert.strictEqual(deep[0].rule, 'yaml-syntax');
        assert.strictEqual(deep[0].range.start.line, name.includes('sequences') ? 10 : 4, show(all));
      });
    }

    it('stops at 2,000 block mappings, each indented one more', async () => {
      const all = await checked(hostile.deepBlock(2_000));
      assert.ok(all.some((f) => TOO_DEEP.test(f.message)), show(all));
    });

    it('shows the real syntax errors when broken YAML reads as ever deeper nesting (a: b: c on 10,000 lines)', async () => {
      const all = await checked(hostile.nestedCompactMappings(10_000));
      assert.ok(all.every((f) => f.rule === 'yaml-syntax'), show(all));
      assert.strictEqual(all[0].range.start.line, 0);
      assert.match(all[0].message, /^A colon followed by a space starts a new key in YAML/);
      assert.match(all[all.length - 1].message, TOO_DEEP);
      assert.ok(all.length <= MAX_SYNTAX_PROBLEMS + 1, show(all));
    });

    it('accepts 100 levels, the limit itself', async () => {
      const all = await checked(hostile.deepFlow(99, '['));
      assert.ok(!all.some((f) => TOO_DEEP.test(f.message)), show(all));
    });
  });

  describe('size', () => {
    it('answers a 10 MB file with one finding while typing', async () => {
      const text = hostile.largeFile(10 * 1024 * 1024);
      const all = await checked(text, {});
      assert.deepStrictEqual(all.map((f) => f.rule), ['yaml-syntax'], show(all));
      assert.strictEqual(all[0].message, 'This file is too large to check while typing (10 MB, limit 1 MB); it is checked on save and by the command line (journey-lens check).');
      assert.deepStrictEqual(all[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 16 } });
    });

    it('checks the same 10 MB file in full when the limit is lifted (a 200,000-key mapping)', async () => {
      assert.deepStrictEqual(await checked(hostile.largeFile(10 * 1024 * 1024)), []);
    });

    it('counts the limit in UTF-8 bytes, as the file is on disk', () => {
      const euro = '€'.repeat(DEFAULT_MAX_BYTES / 3 + 1);
      assert.strictEqual(utf8Length(euro), euro.length * 3);
      assert.strictEqual(oversize(euro, DEFAULT_MAX_BYTES), euro.length * 3);
      assert.strictEqual(oversize('€'.repeat(DEFAULT_MAX_BYTES / 3), DEFAULT_MAX_BYTES), undefined);
    });

    it('checks a 20,000-key mapping before the steps while typing, with the editor\'s segmented parser', async () => {
      const text = hostile.largeFile(DEFAULT_MAX_BYTES * 0.8, 'last');
      const parser = new SegmentedParser();
      for (const edit of ['', 'x', 'xy']) {
        assert.deepStrictEqual(await checked(text.replace('customer: Calls', `customer: Calls${edit}`), { parse: (t) => parser.parse(t) }), []);
        assert.ok(parser.lastWasSegmented);
      }
    });

    it('checks a list of 100,000 steps, with its 10,000 findings', async () => {
      const all = await checked(hostile.manySteps(100_000));
      assert.strictEqual(all.length, 10_000);
      assert.deepStrictEqual([...new Set(all.map((f) => f.rule))], ['fallback-missing']);
    });

    // Before: yaml's token tree took 4 GB and 40 s for this (out of memory on a smaller heap).
    it('stops at a 10 MB flow list of numbers at its opening bracket, without building its token tree', async () => {
      const text = `${JOURNEY_HEAD}steps:\n  - {id: s, customer: c}\nx-data: [${'1, '.repeat(3_500_000)}1]\n`;
      const heap = process.memoryUsage().heapUsed;
      const all = await checked(text);
      assert.deepStrictEqual(all.map((f) => [f.rule, f.range.start.line, f.range.start.character]), [['yaml-syntax', 6, 8]], show(all));
      assert.match(all[0].message, /^Journey Lens stops reading here: this list or mapping in \[ \] or \{ \} holds more than 100,000 items/);
      assert.ok(process.memoryUsage().heapUsed - heap < 500 * 1024 * 1024, 'the check kept less than 500 MB');
    });

    it('stops at a long flow list while typing too, with the editor\'s segmented parser', async () => {
      const text = `${JOURNEY_HEAD}steps:\n  - {id: s, customer: c, x-data: [${'1,'.repeat(100_000)}1]}\n`;
      const parser = new SegmentedParser();
      const all = await checked(text, { parse: (t) => parser.parse(t) });
      assert.deepStrictEqual(all.map((f) => [f.rule, f.range.start.line]), [['yaml-syntax', 5]], show(all));
      assert.match(all[0].message, /holds more than 100,000 items/);
    });

    // Before: ajv gathered each step's errors by copying the list so far (42 s for this through the CLI).
    it('checks 130,000 steps that are not mappings, with a schema finding each', async function () {
      this.timeout(20_000);
      const all = await checked(`${JOURNEY_HEAD}steps:\n${'  - 1\n'.repeat(130_000)}`);
      const schema = byRule(all, 'schema');
      assert.strictEqual(schema.length, 130_000, show(all.slice(0, 3)));
      assert.deepStrictEqual([schema[0].range.start.line, schema[129_999].range.start.line], [5, 130_004]);
    });

    it('reports 100 syntax errors of 10,000 and says how many more there are', async () => {
      const all = await checked(hostile.manySyntaxErrors(10_000));
      assert.strictEqual(all.length, MAX_SYNTAX_PROBLEMS + 1);
      assert.match(all[all.length - 1].message, /^9900 more YAML syntax problems after this one are not shown/);
    });
  });

  describe('long lines', () => {
    it('checks a 1 MB title on one line (under the typing limit) with no findings', async () => {
      assert.deepStrictEqual(await checked(hostile.longValue(1_000_000), {}), []);
    });

    it('compares a 1 MB reference with 1,000 declared ids, and quotes only its beginning', async () => {
      const all = await checked(hostile.longReference(1_000_000, 1_000));
      const [f] = byRule(all, 'unknown-reference');
      assert.ok(f, show(all));
      assert.ok(f.message.length < 400, `message of ${f.message.length} characters`);
      assert.match(f.message, /^Unknown channel 'x{60}…'/);
    });

    it('reads a 1 MB suppression comment naming 200,000 unknown checks', async () => {
      const all = await checked(hostile.longSuppression(200_000));
      assert.strictEqual(byRule(all, 'unused-suppression').length, 200_000);
    });

    it('reads a 1 MB comment', async () => {
      assert.deepStrictEqual(await checked(hostile.longComment(1_000_000)), []);
    });
  });

  describe('suggestions', () => {
    // Before the Suggester, every unknown reference was compared with every declared id: 17 s here.
    it('10,000 unknown `next` references each get their finding', async () => {
      const all = byRule(await checked(hostile.unknownNexts(10_000)), 'unknown-reference');
      assert.strictEqual(all.length, 10_000);
      assert.strictEqual(all[9_999].message, "Unknown step 's9999xy'. Declare it under the steps of this journey or use one that is declared.");
    });

    it('the first unknown references of a kind get a "did you mean", the rest say where to declare', async () => {
      const steps = Array.from({ length: 2_000 }, (_, i) => `  - {id: s${i}, customer: c, next: [s${i}x]}`);
      const all = byRule(await checked(`${JOURNEY_HEAD}steps:\n${steps.join('\n')}\n`), 'unknown-reference');
      assert.strictEqual(all.length, 2_000);
      const suggested = all.findIndex((f) => dataOf(f).suggestion === undefined);
      assert.ok(suggested > 0, show(all.slice(0, 3)));
      assert.strictEqual(all[suggested - 1].message, `Unknown step 's${suggested - 1}x'. Did you mean 's${suggested - 1}'?`);
      assert.deepStrictEqual(all.slice(suggested).filter((f) => dataOf(f).suggestion !== undefined), []);
      assert.strictEqual(all[1_999].message, "Unknown step 's1999x'. Declare it under the steps of this journey or use one that is declared.");
    });

    it('20,000 channels and 10,000 unknown channel references each get their finding', async () => {
      const all = byRule(await checked(hostile.unknownChannels(20_000, 10_000)), 'unknown-reference');
      assert.strictEqual(all.length, 10_000);
      assert.strictEqual(all[9_999].message, "Unknown channel 'ch9999zz'. Declare it under `channels` or use one that is declared.");
    });
  });

  it('clipQuotes shortens only long quotes and keeps the advice around them', () => {
    assert.strictEqual(clipQuotes("Unknown team 'ks'. Declare it."), "Unknown team 'ks'. Declare it.");
    assert.strictEqual(clipQuotes(`Unknown team '${'k'.repeat(500)}'. Declare it.`), `Unknown team '${'k'.repeat(60)}…'. Declare it.`);
    // The words between two short quotes are no quote, however long.
    const rule = "'a b' is not a valid step id: an id starts with a letter or digit and holds only letters, digits, '-' and '_' (no spaces).";
    assert.strictEqual(clipQuotes(rule), rule);
  });

  it('clipQuotes shortens a long quote that holds quote marks of its own', () => {
    const x = 'x'.repeat(1_000_000);
    assert.strictEqual(clipQuotes(`Unknown channel 'it's ${x}'. Declare it.`), `Unknown channel 'it's ${'x'.repeat(55)}…'. Declare it.`);
    assert.strictEqual(clipQuotes(`Unknown channel 'a' ${x}'. Declare it.`), `Unknown channel 'a' ${'x'.repeat(57)}…'. Declare it.`);
  });

  it('quotes only the beginning of a 1 MB channel that holds an apostrophe', async () => {
    const all = await checked(`journey: T\nneed: n\nowner: o\noutcome: o\nsteps:\n  - id: a\n    customer: c\n    channel: "it's ${'x'.repeat(1_000_000)}"\n    end: true\n`);
    assert.ok(all.length > 0, show(all));
    for (const f of all) assert.ok(f.message.length < 400, `${f.rule}: message of ${f.message.length} characters`);
    assert.match(byRule(all, 'unknown-reference')[0]?.message ?? '', /^Unknown channel 'it's x{55}…'/);
  });
});
