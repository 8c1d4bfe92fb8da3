/** Where evidence names can be completed: `observed` values and the `evidence` keys that name attributes, on half-typed lines. */
import * as assert from 'assert';
import { evidenceSlotAt } from '../../src/core';

/** The slot at `|`, with the replaced text instead of offsets. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const slot = evidenceSlotAt(text, offset);
  if (!slot) return undefined;
  const { start, end, ...rest } = slot;
  return { ...rest, replaces: text.slice(start, end) };
}

describe('evidence completion slots', () => {
  it('finds observed as a scalar, in a flow list and in a block list, on steps and tasks', () => {
    assert.deepStrictEqual(at('steps:\n  - id: a\n    observed: |'), { kind: 'activity', key: 'observed', place: 'block', typed: '', replaces: '' });
    assert.deepStrictEqual(at('    observed: Meld|ing'), { kind: 'activity', key: 'observed', place: 'block', typed: 'Meld', replaces: 'Melding' });
    assert.deepStrictEqual(at('    observed: [A_SUBMITTED, A_P|]'), { kind: 'activity', key: 'observed', place: 'flow', typed: 'A_P', replaces: 'A_P' });
    assert.deepStrictEqual(at('    observed:\n      - A\n      - W_|  # comment'), { kind: 'activity', key: 'observed', place: 'block', typed: 'W_', replaces: 'W_' });
    assert.deepStrictEqual(at('    observed:\n    - A\n    - |'), { kind: 'activity', key: 'observed', place: 'block', typed: '', replaces: '' });
    assert.deepStrictEqual(at('    process:\n      - observed: Reg|'), { kind: 'activity', key: 'observed', place: 'block', typed: 'Reg', replaces: 'Reg' });
    assert.deepStrictEqual(at('    process: [{ team: ks, observed: [X, |] }]'), { kind: 'activity', key: 'observed', place: 'flow', typed: '', replaces: '' });
    assert.deepStrictEqual(at('      - { team: ks, observed: Ana| }'), { kind: 'activity', key: 'observed', place: 'flow', typed: 'Ana', replaces: 'Ana' });
  });
  it('takes in the quotes the user opened, and the closing one the editor added', () => {
    assert.deepStrictEqual(at('    observed: "W_Af|"'), { kind: 'activity', key: 'observed', place: 'block', quote: '"', typed: 'W_Af', replaces: '"W_Af"' });
    assert.deepStrictEqual(at("    observed: ['a', 'b|"), { kind: 'activity', key: 'observed', place: 'flow', quote: "'", typed: 'b', replaces: "'b" });
  });
  it('finds the attribute keys of evidence, and the keys of where', () => {
    assert.deepStrictEqual(at('evidence:\n  log: x.csv\n  case: |'), { kind: 'attribute', key: 'case', place: 'block', typed: '', replaces: '' });
    assert.deepStrictEqual(at('evidence:\n  actor: org:|'), { kind: 'attribute', key: 'actor', place: 'block', typed: 'org:', replaces: 'org:' });
    assert.deepStrictEqual(at('evidence: { log: x.csv, time: ti| }'), { kind: 'attribute', key: 'time', place: 'flow', typed: 'ti', replaces: 'ti' });
    assert.deepStrictEqual(at('evidence:\n  where:\n    case:ty|'), { kind: 'attribute', key: 'where', place: 'key', typed: 'case:ty', replaces: 'case:ty' });
    assert.deepStrictEqual(at('evidence:\n  where: { case:type: x, |'), { kind: 'attribute', key: 'where', place: 'key', typed: '', replaces: '' });
  });
  it('reads CRLF files and comments between a block key and its items', () => {
    assert.deepStrictEqual(at('evidence:\r\n  # which column\r\n  case: c|\r\n'), { kind: 'attribute', key: 'case', place: 'block', typed: 'c', replaces: 'c' });
    assert.deepStrictEqual(at('    observed:   # patterns\r\n      # first\r\n      - "a|"\r\n'), { kind: 'activity', key: 'observed', place: 'block', quote: '"', typed: 'a', replaces: '"a"' });
  });
  it('follows a flow list or map over several lines', () => {
    assert.deepStrictEqual(at('    observed: [\n      A_SUBMITTED,\n      A_P|\n    ]'), { kind: 'activity', key: 'observed', place: 'flow', typed: 'A_P', replaces: 'A_P' });
    assert.deepStrictEqual(at('evidence:\n  where: {\n    case:type: x,\n    |'), { kind: 'attribute', key: 'where', place: 'key', typed: '', replaces: '' });
    assert.strictEqual(at('    observed: [\n      A\n    ]\n    customer: |'), undefined);
    assert.strictEqual(at('    observed: [A, B]\n    process:\n      - team: x\n        does: |'), undefined);
  });
  it('offers nothing elsewhere: other keys, comments, values of where, a closed quote, keys named alike outside evidence', () => {
    assert.strictEqual(at('    customer: |'), undefined);
    assert.strictEqual(at('    # observed: |'), undefined);
    assert.strictEqual(at('    observed: A # |'), undefined);
    assert.strictEqual(at('    observed: "A" |'), undefined);
    assert.strictEqual(at('evidence:\n  where:\n    case:type: |'), undefined);
    assert.strictEqual(at('steps:\n  - id: a\n    case: |'), undefined);
    assert.strictEqual(at('other:\n  evidence:\n    case: |'), undefined);
    assert.strictEqual(at('other:\n  evidence: { case: |'), undefined);
    assert.strictEqual(at('other:\n  evidence: { where: { |'), undefined);
    assert.deepStrictEqual(at('evidence: { where: { |'), { kind: 'attribute', key: 'where', place: 'key', typed: '', replaces: '' });
    assert.strictEqual(at('    fallback:\n      - |'), undefined);
  });
});
