/** Reading event logs: evidence.md, "Reading the log" (CSV, XES, values, skips, problems). */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { readLog } from '../../src/core/evidence/read';
import { casesOf, csvOf, plain, problemOf, readWritten, settings, tempFolder, writeLog, xesOf, type Row } from './evidence-read-helpers';

const HEADER = 'case:concept:name,concept:name,time:timestamp,org:group';

describe('evidence: reading CSV logs', () => {
  const dir = tempFolder('jl-read-csv-');

  it('reads a row per event, grouped into cases in the order their ids first appear', async () => {
    const csv = `${HEADER}\n2,Aanvragen,2024-03-01T09:00:00Z,Balie\n1,Aanvragen,2024-03-01T08:00:00Z,Web\n2,Beoordelen,2024-03-02T10:00:00Z,Backoffice\n`;
    const cases = casesOf(await readWritten(dir(), 'a.csv', csv));
    assert.deepStrictEqual(plain(cases), [
      ['2', [['Aanvragen', 'Balie', '2024-03-01T09:00:00.000Z'], ['Beoordelen', 'Backoffice', '2024-03-02T10:00:00.000Z']]],
      ['1', [['Aanvragen', 'Web', '2024-03-01T08:00:00.000Z']]],
    ]);
    assert.deepStrictEqual(cases.events, { read: 3, counted: 3, skipped: 0 });
    assert.deepStrictEqual(cases.activities, ['Aanvragen', 'Beoordelen'], 'activity names are interned once each');
    assert.strictEqual(cases.actorAttribute, 'org:group');
    assert.deepStrictEqual(cases.attributes, HEADER.split(','), 'the header is kept for completion of the evidence keys');
  });

  it('takes the delimiter the first line holds most of, ties in the order , ; tab', async () => {
    const semicolon = 'case:concept:name;concept:name;time:timestamp\n1;A,B;2024-01-01\n';
    assert.deepStrictEqual(plain(casesOf(await readWritten(dir(), 'semi.csv', semicolon)))[0][1][0][0], 'A,B');
    const tab = 'case:concept:name\tconcept:name\ttime:timestamp\n1\tA;B\t2024-01-01\n';
    assert.deepStrictEqual(plain(casesOf(await readWritten(dir(), 'tab.csv', tab)))[0][1][0][0], 'A;B');
    // One comma, one semicolon in the header: the comma wins the tie, so the names hold the semicolon.
    const tie = 'case:concept:name,x;y\n1,2\n';
    const problem = problemOf(await readWritten(dir(), 'tie.csv', tie));
    assert.deepStrictEqual(problem.kind === 'no-attribute' && problem.available, ['case:concept:name', 'x;y']);
  });

  it('reads UTF-8 with and without a byte order mark, and RFC 4180 quoting across lines', async () => {
    const csv = `${HEADER}\n1,"Bel ""terug""\nmorgen",2024-01-01,"Team, Noord"\n`;
    for (const bom of ['', '\ufeff']) {
      const cases = casesOf(await readWritten(dir(), `q${bom.length}.csv`, bom + csv));
      assert.deepStrictEqual(plain(cases), [['1', [['Bel "terug"\nmorgen', 'Team, Noord', '2024-01-01T00:00:00.000Z']]]]);
    }
  });

  it('counts no event for a blank line; missing trailing fields are empty, extra ones ignored; a repeated column: the first wins', async () => {
    const csv = 'case:concept:name,concept:name,time:timestamp,concept:name\n\n1,A,2024-01-01,B,extra,more\n\n1,C\n';
    const cases = casesOf(await readWritten(dir(), 'blank.csv', csv));
    assert.deepStrictEqual(plain(cases), [['1', [['A', null, '2024-01-01T00:00:00.000Z']]]]);
    // The short row has no time: skipped, and it is data row 2, blank lines not counted.
    assert.deepStrictEqual(cases.events, { read: 2, counted: 1, skipped: 1 });
    assert.deepStrictEqual(cases.firstSkip, { number: 2, reason: 'no-time' });
  });

  it('reads values as they stand; empty, white space and missing-values are no value', async () => {
    const csv = `${HEADER}\n 1 ,A ,2024-01-01,?\n1,A,2024-01-02,\t\n \t,A,2024-01-03,x\n?,A,2024-01-04,x\n`;
    const cases = casesOf(await readWritten(dir(), 'values.csv', csv, { missingValues: ['?'] }));
    assert.deepStrictEqual(plain(cases), [
      [' 1 ', [['A ', null, '2024-01-01T00:00:00.000Z']]],
      ['1', [['A', null, '2024-01-02T00:00:00.000Z']]],
    ]);
    assert.deepStrictEqual(cases.events, { read: 4, counted: 2, skipped: 2 });
    assert.deepStrictEqual(cases.firstSkip, { number: 3, reason: 'no-case' });
  });

  it('skips events without case id, activity or readable time, and names the first with its data row and reason', async () => {
    const csv = `${HEADER}\n1,A,2024-01-01,x\n1,,2024-01-02,x\n1,B,gisteren,x\n,C,2024-01-03,x\n`;
    const cases = casesOf(await readWritten(dir(), 'skips.csv', csv));
    assert.deepStrictEqual(cases.events, { read: 4, counted: 1, skipped: 3 });
    assert.deepStrictEqual(cases.firstSkip, { number: 2, reason: 'no-activity' });
  });

  it('takes org:group as actor when some event has a value for it, else org:resource, else none', async () => {
    const both = 'case:concept:name,concept:name,time:timestamp,org:group,org:resource\n1,A,2024-01-01,,Ans\n1,B,2024-01-02,Noord,Piet\n';
    const group = casesOf(await readWritten(dir(), 'both.csv', both));
    assert.strictEqual(group.actorAttribute, 'org:group');
    assert.deepStrictEqual(plain(group)[0][1].map((e) => e[1]), [null, 'Noord']);
    assert.deepStrictEqual(group.actorValues, ['Noord'], 'only the chosen attribute is interned');
    const resource = casesOf(await readWritten(dir(), 'resource.csv', 'case:concept:name,concept:name,time:timestamp,org:group,org:resource\n1,A,2024-01-01,,Ans\n'));
    assert.strictEqual(resource.actorAttribute, 'org:resource');
    const none = casesOf(await readWritten(dir(), 'none.csv', 'case:concept:name,concept:name,time:timestamp\n1,A,2024-01-01\n'));
    assert.strictEqual(none.actorAttribute, undefined);
    assert.deepStrictEqual(Array.from(none.cases[0].actor), [-1]);
    const named = casesOf(await readWritten(dir(), 'named.csv', both, { actor: 'org:resource' }));
    assert.deepStrictEqual(plain(named)[0][1].map((e) => e[1]), ['Ans', 'Piet']);
  });

  it('says which named attribute no event has, and lists the attributes the log has', async () => {
    const csv = 'id,activiteit,tijd\n1,A,2024-01-01\n';
    assert.deepStrictEqual(problemOf(await readWritten(dir(), 'names.csv', csv)),
      { kind: 'no-attribute', key: 'case', attribute: 'case:concept:name', available: ['id', 'activiteit', 'tijd'] });
    assert.deepStrictEqual(casesOf(await readWritten(dir(), 'names.csv', csv, { case: 'id', activity: 'activiteit', time: 'tijd' })).events.counted, 1);
    assert.deepStrictEqual(problemOf(await readWritten(dir(), 'names.csv', csv, { case: 'id', activity: 'activiteit', time: 'tijd', actor: 'team' })),
      { kind: 'no-attribute', key: 'actor', attribute: 'team', available: ['id', 'activiteit', 'tijd'] });
  });

  it('reads .csv.gz like .csv, and refuses other extensions, missing files and folders', async () => {
    const csv = `${HEADER}\n1,A,2024-01-01,x\n`;
    assert.deepStrictEqual(plain(casesOf(await readWritten(dir(), 'z.csv.gz', csv))), plain(casesOf(await readWritten(dir(), 'z.csv', csv))));
    assert.deepStrictEqual(problemOf(await readWritten(dir(), 'z.txt', csv)), { kind: 'unknown-extension' });
    assert.deepStrictEqual(problemOf(await readLog(path.join(dir(), 'nergens.csv'), settings())), { kind: 'missing' });
    await fs.mkdir(path.join(dir(), 'map.csv'));
    assert.deepStrictEqual(problemOf(await readLog(path.join(dir(), 'map.csv'), settings())), { kind: 'not-a-file' });
  });

  it('reports progress in bytes of the file up to its size, and stops when cancelled', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},Activiteit ${i % 7},2024-01-01T10:00:00Z,Team`).join('\n');
    const file = await writeLog(dir(), 'big.csv.gz', `${HEADER}\n${rows}\n`);
    const size = (await fs.stat(file)).size;
    let last = 0;
    const result = await readLog(file, settings(), { onProgress: (bytes, total) => { assert.strictEqual(total, size); last = bytes; } });
    assert.strictEqual(casesOf(result).events.read, 20_000);
    assert.strictEqual(last, size);
    const controller = new AbortController();
    const cancelled = readLog(file, settings(), { signal: controller.signal, onProgress: () => controller.abort() });
    assert.deepStrictEqual(problemOf(await cancelled), { kind: 'unreadable', format: 'io', detail: 'the read was cancelled' });
  });
});

describe('evidence: reading XES logs', () => {
  const dir = tempFolder('jl-read-xes-');

  it('reads traces as cases (one case per id), their events, and trace attributes as case:key', async () => {
    const xes = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0">
  <global scope="event"><string key="org:group" value="Standaard"/></global>
  <string key="concept:name" value="het log zelf"/>
  <trace>
    <string key="concept:name" value="7"/>
    <string key="channel" value="Internet"/>
    <event>
      <string key="concept:name" value="Aanvragen"/>
      <date key="time:timestamp" value="2024-03-01T09:00:00.000+01:00"/>
      <string key="org:group" value="Web"><string key="org:group" value="genest"/></string>
      <list key="org:group"><string key="org:group" value="in een lijst"/></list>
    </event>
  </trace>
  <trace>
    <event>
      <string key="concept:name" value="Zonder trace-id"/>
      <date key="time:timestamp" value="2024-03-01T10:00:00Z"/>
    </event>
    <string key="concept:name" value="7"/>
  </trace>
  <event><string key="concept:name" value="Buiten een trace"/></event>
</log>`;
    const cases = casesOf(await readWritten(dir(), 'a.xes', xes, { where: [['case:channel', ['Internet', '']]] }));
    assert.deepStrictEqual(plain(cases), [['7', [['Aanvragen', 'Web', '2024-03-01T08:00:00.000Z'], ['Zonder trace-id', null, '2024-03-01T10:00:00.000Z']]]]);
    assert.deepStrictEqual(cases.events, { read: 2, counted: 2, skipped: 0 });
  });

  it("lets an event's own case:key win over its trace's attribute", async () => {
    const xes = '<log><trace><string key="concept:name" value="1"/><string key="kanaal" value="Post"/>'
      + '<event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-01-01"/><string key="case:kanaal" value="Balie"/></event>'
      + '<event><string key="concept:name" value="B"/><date key="time:timestamp" value="2024-01-02"/></event></trace></log>';
    const cases = casesOf(await readWritten(dir(), 'own.xes', xes, { actor: 'case:kanaal' }));
    assert.deepStrictEqual(plain(cases)[0][1].map((e) => e[1]), ['Balie', 'Post']);
  });

  it('numbers skipped XES events by their place among the events in traces', async () => {
    const xes = '<log><trace><string key="concept:name" value="1"/>'
      + '<event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-01-01"/></event></trace>'
      + '<trace><event><string key="concept:name" value="B"/><date key="time:timestamp" value="2024-01-01"/></event></trace></log>';
    const cases = casesOf(await readWritten(dir(), 'skip.xes.gz', xes));
    assert.deepStrictEqual(cases.firstSkip, { number: 2, reason: 'no-case' });
    assert.deepStrictEqual(cases.events, { read: 2, counted: 1, skipped: 1 });
  });

  it('gives the same cases as the CSV of the same events', async () => {
    const rows: Row[] = [
      { 'case:concept:name': 'B', 'case:kanaal': 'Post', 'concept:name': 'Aanvragen', 'time:timestamp': '2024-03-31T01:30:00', 'org:group': 'Balie' },
      { 'case:concept:name': 'A', 'case:kanaal': 'Web', 'concept:name': 'Aanvragen, online', 'time:timestamp': '2024-03-31T02:30:00', 'org:group': 'Web & "co"' },
      { 'case:concept:name': 'B', 'case:kanaal': 'Post', 'concept:name': 'Beoordelen', 'time:timestamp': '2024-03-30T23:00:00.1234+01:00', 'lifecycle:transition': 'COMPLETE' },
      { 'case:concept:name': 'A', 'case:kanaal': 'Web', 'concept:name': 'Starten', 'time:timestamp': '2024-03-31T02:30:00', 'lifecycle:transition': 'start' },
      { 'case:concept:name': 'A', 'case:kanaal': 'Web', 'concept:name': 'Aanvragen, online', 'time:timestamp': '2024-04-01', 'org:group': 'Web & "co"' },
    ];
    const options = { timezone: 'Europe/Amsterdam', mergeRepeats: true, where: [['case:kanaal', ['Web', ' Post ']]] as const };
    const fromCsv = casesOf(await readWritten(dir(), 'same.csv', csvOf(rows), options));
    const fromXes = casesOf(await readWritten(dir(), 'same.xes', xesOf(rows), options));
    assert.deepStrictEqual(plain(fromXes), plain(fromCsv));
    assert.deepStrictEqual(fromXes.events, fromCsv.events);
    assert.deepStrictEqual(plain(fromCsv), [
      ['B', [['Beoordelen', null, '2024-03-30T22:00:00.123Z'], ['Aanvragen', 'Balie', '2024-03-31T00:30:00.000Z']]],
      // 'Starten' is a start event (some event is COMPLETE), so the second 'Aanvragen, online' repeats the first and merges.
      ['A', [['Aanvragen, online', 'Web & "co"', '2024-03-31T01:30:00.000Z']]],
    ]);
  });
});
