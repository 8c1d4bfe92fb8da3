/**
 * The pre-scan that refuses a flow collection of more than MAX_FLOW_ITEMS
 * items before yaml builds its token tree: it must count only the commas
 * that separate items, and find the collection where they are.
 */
import * as assert from 'assert';
import { tooManyFlowItemsAt } from '../../src/core/yaml/flow-items';

const items = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`).join(', ');

describe('flow-items: the long-flow-collection pre-scan', () => {
  it('accepts a collection of exactly the limit, and refuses one item more, at its bracket', () => {
    assert.strictEqual(tooManyFlowItemsAt(`x: [${items(1_000)}]\n`, 1_000), undefined);
    assert.strictEqual(tooManyFlowItemsAt(`x: [${items(1_001)}]\n`, 1_000), 3);
    assert.strictEqual(tooManyFlowItemsAt(`a: 1\nx: {${items(1_001)}}\n`, 1_000), 8);
  });

  it('does not count commas in quotes, plain text, comments or block scalars', () => {
    const commas = ','.repeat(5_000);
    for (const text of [
      `x: "${commas}"\n`, `x: '${commas}'\n`, `x: a${commas}b\n`, `# ${commas}\nx: 1\n`, `x: |\n  [${commas}]\n`, `x: [ "${commas}", '${commas}' ]\n`,
    ]) assert.strictEqual(tooManyFlowItemsAt(text, 1_000), undefined, text.slice(0, 20));
  });

  it('counts each collection on its own: many short ones are fine, the long one inside is found', () => {
    const short = Array.from({ length: 2_000 }, (_, i) => `  - {id: s${i}, customer: c}`).join('\n');
    assert.strictEqual(tooManyFlowItemsAt(`steps:\n${short}\n`, 1_000), undefined);
    const text = `x: [1, 2, [${items(1_001)}], 3]\n`;
    assert.strictEqual(tooManyFlowItemsAt(text, 1_000), text.indexOf('[', 4));
  });

  it('counts an unclosed collection to the end of the file', () => {
    assert.strictEqual(tooManyFlowItemsAt(`x: [${items(1_001)}\n`, 1_000), 3);
  });
});
