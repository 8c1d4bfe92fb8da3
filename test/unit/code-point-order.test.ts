import * as assert from 'assert';
import { compareCodePoints } from '../../src/core';

describe('compareCodePoints', () => {
  it('orders by code point, so an emoji (U+1F600) comes after U+FF01, unlike UTF-16 order', () => {
    assert.deepStrictEqual(['😀', '！', 'b', 'B', 'ab', 'a'].sort(compareCodePoints), ['B', 'a', 'ab', 'b', '！', '😀']);
  });
});
