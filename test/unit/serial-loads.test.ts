/** Settings reloads (src/extension/settings.ts) run through SerialLoads: an older, slower load never wins. */
import * as assert from 'assert';
import { SerialLoads } from '../../src/extension/serial-loads';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('serial loads', () => {
  it('an older slow load cannot win over a newer fast one', async () => {
    const loads = new SerialLoads();
    let config = 'default';
    const slow = deferred();
    const started = deferred();
    const log: string[] = [];
    const older = loads.run(async () => {
      log.push('older starts');
      started.resolve();
      await slow.promise;
      config = 'older';
      log.push('older ends');
    });
    // The older load is reading (a slow file system) when the newer one is asked for.
    await started.promise;
    const newer = loads.run(async () => {
      log.push('newer starts');
      config = 'newer';
      log.push('newer ends');
    });
    slow.resolve();
    await Promise.all([older, newer]);
    assert.strictEqual(config, 'newer');
    assert.deepStrictEqual(log, ['older starts', 'older ends', 'newer starts', 'newer ends']);
  });

  it('runs only the newest of the loads that waited, and every caller sees its result', async () => {
    const loads = new SerialLoads();
    const slow = deferred();
    const ran: number[] = [];
    let config = 0;
    const started = deferred();
    const first = loads.run(async () => { ran.push(1); started.resolve(); await slow.promise; config = 1; });
    await started.promise;
    const waiting = [2, 3, 4].map((n) => loads.run(async () => { ran.push(n); config = n; }));
    const seen = waiting.map((p) => p.then(() => config));
    slow.resolve();
    await first;
    assert.deepStrictEqual(await Promise.all(seen), [4, 4, 4]);
    assert.deepStrictEqual(ran, [1, 4]);
  });

  it('a failed load rejects its caller only, and the next load still runs', async () => {
    const loads = new SerialLoads();
    let config = 'default';
    const failed = loads.run(async () => { throw new Error('unreadable'); });
    await assert.rejects(failed, /unreadable/);
    await loads.run(async () => { config = 'loaded'; });
    assert.strictEqual(config, 'loaded');
  });

  it('of loads asked for together, only the last runs', async () => {
    const loads = new SerialLoads();
    const ran: number[] = [];
    await Promise.all([1, 2, 3].map((n) => loads.run(async () => { ran.push(n); })));
    assert.deepStrictEqual(ran, [3]);
  });

  it('a load asked for after the others finished runs at once', async () => {
    const loads = new SerialLoads();
    let n = 0;
    await loads.run(async () => { n++; });
    await loads.run(async () => { n++; });
    assert.strictEqual(n, 2);
  });
});
