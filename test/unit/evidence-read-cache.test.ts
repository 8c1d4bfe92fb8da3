/** LogCache: cases kept by the log's identity and the selection keys, not by `actors`. */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import { LogCache } from '../../src/core';
import { casesOf, settings, tempFolder, writeLog } from './evidence-read-helpers';

const HEADER = 'case:concept:name,concept:name,time:timestamp\n';

describe('evidence: the log cache', () => {
  const dir = tempFolder('jl-read-cache-');

  it('answers a second read with the same cases, also when only actors changed', async () => {
    const file = await writeLog(dir(), 'a.csv', `${HEADER}1,A,2024-01-01\n`);
    const cache = new LogCache();
    const first = casesOf(await cache.read(file, settings()));
    assert.strictEqual(casesOf(await cache.read(file, settings())), first);
    assert.strictEqual(casesOf(await cache.read(file, settings({ actors: [['* 2nd', 'tweede-lijn']] }))), first);
  });

  it('reads again when a selection key changes or the file changes', async () => {
    const file = await writeLog(dir(), 'b.csv', `${HEADER}1,A,2024-01-01\n`);
    const cache = new LogCache();
    const first = casesOf(await cache.read(file, settings()));
    const merged = casesOf(await cache.read(file, settings({ mergeRepeats: true })));
    assert.notStrictEqual(merged, first);
    await fs.writeFile(file, `${HEADER}1,A,2024-01-01\n2,B,2024-01-02\n`);
    assert.strictEqual(casesOf(await cache.read(file, settings())).cases.length, 2);
  });

  it('keeps only the last few logs', async () => {
    const cache = new LogCache(2);
    const files = await Promise.all(['c1', 'c2', 'c3'].map((n) => writeLog(dir(), `${n}.csv`, `${HEADER}1,${n},2024-01-01\n`)));
    const first = casesOf(await cache.read(files[0], settings()));
    const second = casesOf(await cache.read(files[1], settings()));
    assert.strictEqual(casesOf(await cache.read(files[0], settings())), first, 'kept');
    await cache.read(files[2], settings());
    assert.strictEqual(casesOf(await cache.read(files[0], settings())), first, 'c1 was used after c2, so c3 pushed c2 out');
    assert.notStrictEqual(casesOf(await cache.read(files[1], settings())), second, 'read again');
  });

  it('peeks without reading: nothing for a log never read or changed since, the kept cases otherwise', async () => {
    const file = await writeLog(dir(), 'p.csv', `${HEADER}1,A,2024-01-01\n`);
    const cache = new LogCache();
    assert.strictEqual(await cache.peek(file, settings()), undefined, 'never read');
    const first = casesOf(await cache.read(file, settings()));
    assert.strictEqual(casesOf((await cache.peek(file, settings()))!), first);
    assert.strictEqual(await cache.peek(file, settings({ mergeRepeats: true })), undefined, 'other selection');
    await fs.writeFile(file, `${HEADER}1,A,2024-01-01\n2,B,2024-01-02\n`);
    assert.strictEqual(await cache.peek(file, settings()), undefined, 'the log changed on disk');
    assert.strictEqual(await cache.peek(`${file}.missing`, settings()), undefined);
  });
});
