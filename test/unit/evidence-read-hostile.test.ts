/**
 * Hostile and broken logs: each is answered with a problem within seconds,
 * never an exception, a hang or a blow-up (the mocha timeouts are the
 * "within seconds"; the bugs they guard against are hangs).
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { readLog } from '../../src/core/evidence/read';
import { MAX_LOG_RECORD_BYTES } from '../../src/core/engine/limits';
import { casesOf, problemOf, readWritten, settings, tempFolder, writeLog } from './evidence-read-helpers';

const CSV = 'case:concept:name,concept:name,time:timestamp\n1,Aanvragen,2024-01-01\n';

describe('evidence: hostile and broken logs', function () {
  this.timeout(10_000);
  const dir = tempFolder('jl-read-hostile-');

  it('refuses a truncated gzip and a .gz that is no gzip', async () => {
    const whole = gzipSync(Buffer.from(CSV.repeat(2000)));
    const truncated = await fs.writeFile(path.join(dir(), 'kort.csv.gz'), whole.subarray(0, whole.length / 2)).then(() => path.join(dir(), 'kort.csv.gz'));
    assert.deepStrictEqual(problemOf(await readLog(truncated, settings())),
      { kind: 'unreadable', format: 'gzip', detail: 'the gzip file is truncated (it ends before its data does)' });
    const fake = path.join(dir(), 'nep.xes.gz');
    await fs.writeFile(fake, '<log/>');
    const problem = problemOf(await readLog(fake, settings()));
    assert.deepStrictEqual(problem.kind === 'unreadable' && [problem.format, problem.detail.startsWith('the file is not valid gzip')], ['gzip', true]);
  });

  it('refuses malformed XML with its line', async () => {
    const xes = '<log>\n<trace>\n<event>\n<string key="concept:name" value="A">\n</event>\n</trace>\n</log>\n';
    const problem = problemOf(await readWritten(dir(), 'kapot.xes', xes));
    assert.deepStrictEqual(problem.kind === 'unreadable' && [problem.format, problem.row], ['xml', 5]);
    const unclosed = problemOf(await readWritten(dir(), 'open.xes', '<log>\n<trace>\n'));
    assert.deepStrictEqual(unclosed.kind === 'unreadable' && unclosed.format, 'xml');
  });

  it(`refuses a 100 MB line (rows are capped at ${MAX_LOG_RECORD_BYTES} bytes) with its row`, async () => {
    const line = Buffer.alloc(100 * 1024 * 1024, 'a');
    const csv = Buffer.concat([Buffer.from(`${CSV}2,`), line, Buffer.from(',2024-01-01\n')]);
    assert.deepStrictEqual(problemOf(await readLog(await writeLog(dir(), 'regel.csv.gz', csv), settings())),
      { kind: 'unreadable', format: 'csv', detail: 'a row is longer than 1 MB', row: 2 });
    const header = Buffer.concat([line, Buffer.from('\n')]);
    assert.deepStrictEqual(problemOf(await readLog(await writeLog(dir(), 'kop.csv.gz', header), settings())),
      { kind: 'unreadable', format: 'csv', detail: 'a row in the header is longer than 1 MB' });
  });

  it('does not expand an entity-expansion DTD ("billion laughs")', async () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)];
    const xes = `<?xml version="1.0"?>\n<!DOCTYPE log [\n${entities.join('\n')}\n]>\n<log><trace><string key="concept:name" value="&lol9;"/>`
      + '<event><string key="concept:name" value="&lol9;"/><date key="time:timestamp" value="2024-01-01"/></event></trace></log>\n';
    const before = process.memoryUsage().heapUsed;
    const problem = problemOf(await readWritten(dir(), 'lol.xes', xes));
    assert.deepStrictEqual(problem.kind === 'unreadable' && [problem.format, problem.row], ['xml', 14], 'the line of the first unknown entity');
    assert.ok(process.memoryUsage().heapUsed - before < 50 * 1024 * 1024, 'no blow-up');
  });

  it('refuses UTF-16 (with or without byte order mark) and bytes that are no UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
    assert.deepStrictEqual(problemOf(await readWritten(dir(), 'bom16.csv', utf16)),
      { kind: 'unreadable', format: 'encoding', detail: 'the log is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8' });
    const noBom = problemOf(await readWritten(dir(), 'le16.xes', Buffer.from('<log></log>', 'utf16le')));
    assert.deepStrictEqual(noBom.kind === 'unreadable' && noBom.format, 'encoding');
    const latin1 = Buffer.from(`${CSV}2,Café bellen,2024-01-02\n`, 'latin1');
    for (const name of ['latin1.csv', 'latin1.xes', 'latin1.csv.gz']) {
      const content = name.includes('xes') ? Buffer.from('<log><trace><string key="concept:name" value="Caf\xe9"/></trace></log>', 'latin1') : latin1;
      const problem = problemOf(await readWritten(dir(), name, content));
      assert.deepStrictEqual(problem.kind === 'unreadable' && problem.format, 'encoding', name);
    }
    // A multi-byte character split between two chunks is still UTF-8.
    const wide = `case:concept:name,concept:name,time:timestamp\n${'1,Überprüfen €,2024-01-01\n'.repeat(40_000)}`;
    assert.strictEqual(casesOf(await readWritten(dir(), 'wide.csv', wide)).events.read, 40_000);
  });

  it('refuses a FIFO without opening it for reading, at once', async function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(dir(), 'pijp.csv');
    execFileSync('mkfifo', [fifo]);
    assert.deepStrictEqual(problemOf(await readLog(fifo, settings())), { kind: 'not-a-file' });
  });

  it('refuses a log that is a folder', async () => {
    await fs.mkdir(path.join(dir(), 'log.xes.gz'));
    assert.deepStrictEqual(problemOf(await readLog(path.join(dir(), 'log.xes.gz'), settings())), { kind: 'not-a-file' });
  });

  it('says no-events for an empty file, a header-only CSV and an XES without traces', async () => {
    for (const [name, content] of [['leeg.csv', ''], ['kop.csv', 'case:concept:name,concept:name,time:timestamp\n'], ['leeg.xes', '<log/>'], ['leeg.csv.gz', '']]) {
      assert.deepStrictEqual(problemOf(await readWritten(dir(), name, content)), { kind: 'no-events' }, name);
    }
  });

  it('refuses an unknown time zone instead of throwing', async () => {
    const problem = problemOf(await readWritten(dir(), 'zone.csv', CSV, { timezone: 'Europe/Atlantis' }));
    assert.deepStrictEqual(problem, { kind: 'unreadable', format: 'io', detail: "the time zone 'Europe/Atlantis' is unknown" });
  });
});
