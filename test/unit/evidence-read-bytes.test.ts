/**
 * A log read from bytes the caller read (the editor, for a log of a virtual
 * file system): the same cases as from disk, gzip and progress included, and
 * cached by the identity the caller gives.
 */
import * as assert from 'assert';
import { gzipSync } from 'zlib';
import { evaluateDesign, LogCache } from '../../src/core';
import { readLog } from '../../src/core/evidence';
import { casesOf, plain, problemOf, settings, tempFolder, writeLog } from './evidence-read-helpers';

const HEADER = 'case:concept:name,concept:name,time:timestamp\n';
const LOG = `${HEADER}1,A,2024-01-01\n1,B,2024-01-02\n2,A,2024-01-03\n`;
const NAME = 'memfs:/ws/logs/k.csv';

describe('evidence: a log read from bytes', () => {
  const dir = tempFolder('jl-read-bytes-');

  it('gives the cases the same log gives from disk, plain and gzipped', async () => {
    const onDisk = plain(casesOf(await readLog(await writeLog(dir(), 'k.csv', LOG), settings())));
    assert.deepStrictEqual(plain(casesOf(await readLog(NAME, settings(), { bytes: Buffer.from(LOG) }))), onDisk);
    assert.deepStrictEqual(plain(casesOf(await readLog(`${NAME}.gz`, settings(), { bytes: gzipSync(LOG) }))), onDisk);
  });

  it('reports progress up to the whole size, and a broken gzip as one', async () => {
    const bytes = Buffer.from(LOG);
    const seen: [number, number][] = [];
    await readLog(NAME, settings(), { bytes, onProgress: (read, total) => seen.push([read, total]) });
    assert.deepStrictEqual(seen.at(-1), [bytes.length, bytes.length]);
    assert.strictEqual(problemOf(await readLog(`${NAME}.gz`, settings(), { bytes: Buffer.from('not gzip') })).kind, 'unreadable');
    assert.deepStrictEqual(problemOf(await readLog('memfs:/ws/logs/k.txt', settings(), { bytes })), { kind: 'unknown-extension' });
  });

  it('is cached by the identity the caller gives, and peeked by it', async () => {
    const cache = new LogCache();
    assert.strictEqual(await cache.peek(NAME, settings(), '10:1'), undefined);
    const first = casesOf(await cache.read(NAME, settings(), { bytes: Buffer.from(LOG), identity: '10:1' }));
    assert.strictEqual(casesOf((await cache.peek(NAME, settings(), '10:1'))!), first);
    assert.strictEqual(await cache.peek(NAME, settings(), '11:2'), undefined, 'changed since');
  });

  it('is evaluated beside a URI-named journey, and a cold peek says so', async () => {
    const cache = new LogCache();
    const design: Parameters<typeof evaluateDesign>[1] = [];
    const options = { root: 'memfs:/ws', cache, identity: '1:1' };
    assert.strictEqual(await evaluateDesign(settings({ log: 'logs/k.csv' }), design, 'memfs:/ws/a.journey.yaml', { ...options, cachedOnly: true }), 'cold');
    const read = await evaluateDesign(settings({ log: 'logs/k.csv' }), design, 'memfs:/ws/a.journey.yaml', { ...options, bytes: Buffer.from(LOG), cachedOnly: false });
    assert.ok(read !== 'cold' && read.ok, JSON.stringify(read));
    const outside = await evaluateDesign(settings({ log: '../k.csv' }), design, 'memfs:/ws/a.journey.yaml', { ...options, bytes: Buffer.from(LOG) });
    assert.deepStrictEqual(outside, { ok: false, problem: { kind: 'outside-workspace' } });
  });
});
