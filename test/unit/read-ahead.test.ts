/** readAhead: the CLI's files in the order given, each read while the one before is checked. */
import * as assert from 'assert';
import type { ReadResult } from '../../src/core';
import { readAhead } from '../../src/cli/read-ahead';

describe('readAhead', () => {
  it('yields every file in order, the next read already started, an unreadable one with its reason', async () => {
    const started: string[] = [];
    const pending = new Map<string, () => void>();
    const read = (file: string): Promise<ReadResult> => {
      started.push(file);
      // Reads finish only when the test says so.
      return new Promise((resolve) => pending.set(file, () => resolve(file === 'gone' ? { missing: true, reason: 'it does not exist' } : { text: `text of ${file}` })));
    };
    const files = ['a', 'gone', 'c'];
    const it = readAhead(files, read);
    const first = it.next();
    pending.get('a')!();
    assert.deepStrictEqual((await first).value, ['a', { text: 'text of a' }]);
    // While 'a' is being checked, 'gone' is already being read.
    assert.deepStrictEqual(started, ['a', 'gone']);
    const second = it.next();
    pending.get('gone')!();
    assert.deepStrictEqual((await second).value, ['gone', { missing: true, reason: 'it does not exist' }]);
    const third = it.next();
    pending.get('c')!();
    assert.deepStrictEqual((await third).value, ['c', { text: 'text of c' }]);
    assert.strictEqual((await it.next()).done, true);
    assert.deepStrictEqual(started, files);
  });
});
