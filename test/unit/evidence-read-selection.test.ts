/** Selection of evidence.md: lifecycle, where, case order, merge-repeats and the window. */
import * as assert from 'assert';
import { casesOf, plain, problemOf, readWritten, tempFolder } from './evidence-read-helpers';

const HEADER = 'case:concept:name,concept:name,time:timestamp,lifecycle:transition,org:group,kanaal';

describe('evidence: selecting events and cases', () => {
  const dir = tempFolder('jl-read-select-');
  const read = async (rows: string, overrides = {}) => casesOf(await readWritten(dir(), 'log.csv', `${HEADER}\n${rows}`, overrides));
  /** Each case as 'id: activity activity …'. */
  const names = (cases: Awaited<ReturnType<typeof read>>) => plain(cases).map(([id, events]) => `${id}: ${events.map((e) => e[0]).join(' ')}`);

  it('counts only complete events and those without lifecycle when some event is complete (case-insensitive)', async () => {
    const cases = await read('1,A,2024-01-01,start,,\n1,B,2024-01-02,Complete,,\n1,C,2024-01-03,,,\n');
    assert.deepStrictEqual(names(cases), ['1: B C']);
    assert.deepStrictEqual(cases.events, { read: 3, counted: 2, skipped: 0 });
  });

  it('counts every event when no event is complete (statuses such as BPI 2013 "In Progress"), and with lifecycle: all', async () => {
    assert.deepStrictEqual(names(await read('1,A,2024-01-01,In Progress,,\n1,B,2024-01-02,Awaiting Assignment,,\n')), ['1: A B']);
    assert.deepStrictEqual(names(await read('1,A,2024-01-01,start,,\n1,B,2024-01-02,complete,,\n', { lifecycle: 'all' })), ['1: A B']);
  });

  it('keeps the events of another lifecycle value, case-insensitively, and those without one', async () => {
    const cases = await read('1,A,2024-01-01,In Progress,,\n1,B,2024-01-02,complete,,\n1,C,2024-01-03,,,\n', { lifecycle: 'in progress' });
    assert.deepStrictEqual(names(cases), ['1: A C']);
  });

  it('filters events (not cases) on where, trimmed, one of a list; a missing attribute reads as empty', async () => {
    const rows = '1,A,2024-01-01,,, Web \n1,B,2024-01-02,,,Post\n2,C,2024-01-03,,,\n3,D,2024-01-04,,,Balie\n';
    assert.deepStrictEqual(names(await read(rows, { where: [['kanaal', ['Web ', '']]] })), ['1: A', '2: C']);
    assert.deepStrictEqual(names(await read(rows, { where: [['kanaal', ['Post', 'Balie']]] })), ['1: B', '3: D']);
  });

  it('refuses a where attribute that no event has', async () => {
    const problem = problemOf(await readWritten(dir(), 'w.csv', `${HEADER}\n1,A,2024-01-01,,,\n`, { where: [['case:type', ['lening']]] }));
    assert.deepStrictEqual(problem.kind === 'no-attribute' && [problem.key, problem.attribute], ['where', 'case:type']);
  });

  it('orders each case by time, keeping the file order of events at the same time', async () => {
    const cases = await read('1,C,2024-01-03,,,\n1,A,2024-01-01T10:00,,,\n1,B2,2024-01-01T11:00,,,\n1,B1,2024-01-01T11:00,,,\n');
    assert.deepStrictEqual(names(cases), ['1: A B2 B1 C']);
  });

  it('with merge-repeats drops an event with the activity and raw actor of the previous counted one, two without actor alike', async () => {
    const rows = '1,A,2024-01-01,,Noord,\n1,A,2024-01-02,,Noord,\n1,A,2024-01-03,,Zuid,\n1,B,2024-01-04,,,\n1,B,2024-01-05,,,\n1,A,2024-01-06,,Zuid,\n';
    const cases = await read(rows, { mergeRepeats: true });
    assert.deepStrictEqual(plain(cases)[0][1].map((e) => `${e[0]}@${e[1]} ${e[2].slice(8, 10)}`), ['A@Noord 01', 'A@Zuid 03', 'B@null 04', 'A@Zuid 06']);
    assert.deepStrictEqual(cases.events, { read: 6, counted: 4, skipped: 0 });
    assert.strictEqual((await read(rows)).events.counted, 6, 'without merge-repeats every row counts');
  });

  it('keeps the cases whose first counted event lies in the window as a local date in the zone, bounds included', async () => {
    // Case 1 starts 2024-01-31T23:30Z: 1 February in Amsterdam. Case 3's start event is a start event, not counted.
    const rows = '1,A,2024-01-31T23:30:00Z,,,\n2,A,2024-02-29T12:00:00Z,,,\n3,A,2024-01-15T12:00:00Z,start,,\n3,B,2024-02-10T12:00:00Z,complete,,\n4,A,2024-03-01T00:30:00+01:00,,,\n';
    const cases = await read(rows, { since: '2024-02-01', until: '2024-02-29', timezone: 'Europe/Amsterdam' });
    assert.deepStrictEqual(names(cases), ['1: A', '2: A', '3: B']);
    assert.deepStrictEqual(cases.events, { read: 5, counted: 3, skipped: 0 });
    assert.deepStrictEqual(names(await read(rows, { since: '2024-02-01', until: '2024-02-29' })), ['2: A', '3: B', '4: A'],
      'in UTC case 1 starts on 31 January and case 4 on 29 February');
  });

  it('says no-events when nothing is counted', async () => {
    assert.deepStrictEqual(problemOf(await readWritten(dir(), 'none.csv', `${HEADER}\n1,A,2024-01-01,,,\n`, { since: '2025-01-01' })), { kind: 'no-events' });
    assert.deepStrictEqual(problemOf(await readWritten(dir(), 'skipped.csv', `${HEADER}\n1,A,nooit,,,\n`)), { kind: 'no-events' });
  });
});
