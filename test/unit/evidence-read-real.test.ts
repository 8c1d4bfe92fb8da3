/**
 * Real logs from ../shared/data/eventlogs (beside the repository; never
 * copied into it). Without that folder (a clone elsewhere) these tests say
 * that they skipped.
 */
import * as assert from 'assert';
import { existsSync } from 'fs';
import * as path from 'path';
import { readLog } from '../../src/core/evidence/read';
import { casesOf, plain, settings } from './evidence-read-helpers';

// From out/test/unit to the repository root, then beside it.
const LOGS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'data', 'eventlogs');

describe('evidence: reading the real logs of ../shared/data/eventlogs', function () {
  this.timeout(120_000);
  before(function () {
    if (!existsSync(LOGS)) {
      console.log(`    skipped: ${LOGS} is absent (the real logs live beside the repository, not in it)`);
      this.skip();
    }
  });

  it('reads receipt as CSV and as XES into the same 1,434 cases and 8,577 events', async () => {
    const csv = casesOf(await readLog(path.join(LOGS, 'receipt.csv.gz'), settings()));
    const xes = casesOf(await readLog(path.join(LOGS, 'receipt.xes.gz'), settings()));
    assert.deepStrictEqual(csv.events, { read: 8577, counted: 8577, skipped: 0 });
    assert.strictEqual(csv.cases.length, 1434);
    assert.deepStrictEqual(xes.events, csv.events);
    assert.deepStrictEqual(plain(xes), plain(csv));
    assert.strictEqual(csv.actorAttribute, 'org:group');
  });

  it('selects the same receipt cases from CSV and XES with where on a case attribute', async () => {
    const internet = settings({ where: [['case:channel', ['Internet']]] });
    const csv = casesOf(await readLog(path.join(LOGS, 'receipt.csv.gz'), internet));
    const xes = casesOf(await readLog(path.join(LOGS, 'receipt.xes.gz'), internet));
    assert.deepStrictEqual(plain(xes), plain(csv));
    assert.ok(csv.cases.length > 0 && csv.cases.length < 1434, `${csv.cases.length} Internet cases`);
  });

  it('counts every bpic2013-incidents event by default: its lifecycle holds statuses, none of them complete', async () => {
    const cases = casesOf(await readLog(path.join(LOGS, 'bpic2013-incidents.xes.gz'), settings()));
    assert.deepStrictEqual(cases.events, { read: 65533, counted: 65533, skipped: 0 });
    assert.strictEqual(cases.cases.length, 7554);
    assert.strictEqual(cases.actorAttribute, 'org:group');
    // Its statuses: In Progress 30,239, Awaiting Assignment 11,544, Resolved 6,115, Closed 5,716, …; no event lacks one.
    const resolved = casesOf(await readLog(path.join(LOGS, 'bpic2013-incidents.xes.gz'), settings({ lifecycle: 'resolved' })));
    assert.strictEqual(resolved.events.counted, 6115);
  });
});
