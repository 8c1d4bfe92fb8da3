/**
 * Spreadsheets that must not be imported, each refused with one sentence and
 * quickly: not a spreadsheet, damaged, encrypted, a zip bomb, only hidden
 * sheets, an empty sheet, 100,000 rows, a formula without a saved result.
 */
import * as assert from 'assert';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { listSheets, MAX_UNPACKED_BYTES } from '../../src/core/sheets';
import { importBytes, imported, problemOf, rows, workbook } from './sheets-helpers';

/** A small workbook whose central directory claims `size` bytes for its sheet. */
async function claimingSize(size: number): Promise<Uint8Array> {
  const real = await workbook({ Sheet: (ws) => rows(ws, [['Step'], ['A']]) });
  const bytes = new Uint8Array(real);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Every central directory header (PK\1\2) gets the uncompressed size at offset 24.
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return bytes;
}

describe('import: hostile spreadsheets', () => {
  it('refuses a file that is not a spreadsheet, a damaged one, an encrypted one and a zip that is no workbook', async () => {
    assert.strictEqual(problemOf(await importBytes('plan.xlsx', 'Stage,Step\n')), 'It is not an .xlsx workbook (an .xlsx file is a zip archive, and this one is not).');
    const real = await workbook({ Sheet: (ws) => rows(ws, [['Step'], ['A']]) });
    assert.match(problemOf(await importBytes('cut.xlsx', real.subarray(0, real.length - 200))), /^The workbook is damaged \(/);
    const parts = unzipSync(real);
    parts['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Step</t></is></c>');
    const broken = problemOf(await importBytes('broken.xlsx', zipSync(parts)));
    assert.match(broken, /^The workbook is damaged \(.+\)\.$/);
    assert.doesNotMatch(broken, /\n/);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    assert.strictEqual(problemOf(await importBytes('secret.xlsx', ole)),
      'It is a password-protected (encrypted) workbook or an Excel 97-2003 .xls file; save it in Excel as .xlsx without a password and import that.');
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') });
    assert.match(problemOf(await importBytes('calc.xlsx', ods)), /^It is a zip archive but not an Excel workbook \(it has no xl\/workbook\.xml/);
    assert.match(problemOf(await importBytes('zip.csv', ods)), /^The file is a zip archive \(an \.xlsx workbook\?\), not a CSV text/);
    assert.strictEqual(problemOf(await importBytes('u16.csv', Buffer.from('\ufeffStep;Customer\n', 'utf16le'))), 'The file is saved as UTF-16; save it as CSV UTF-8 and import it again.');
  });

  it('refuses a zip bomb by the sizes its directory declares, before unpacking anything', async function () {
    this.timeout(30_000);
    const started = Date.now();
    assert.match(problemOf(await importBytes('bomb.xlsx', await claimingSize(0xfffffff0))), /^The workbook would unpack to \d+ MB, more than the 100 MB Journey Lens unpacks \(a zip bomb/);
    // A real one: 101 MB of zeros packed into about 100 KB.
    const zeros = new Uint8Array(MAX_UNPACKED_BYTES + 1024 * 1024);
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': zeros }, { level: 1 });
    assert.ok(bomb.length < 1024 * 1024, `${bomb.length}`);
    assert.match(problemOf(await importBytes('bomb.xlsx', bomb)), /^The workbook would unpack to 101 MB/);
    assert.ok(Date.now() - started < 15_000);
  });

  it('names the hidden sheets when all are hidden, and says an empty sheet is empty', async () => {
    const hidden = await workbook({ A: (ws) => { rows(ws, [['Step'], ['x']]); ws.state = 'hidden'; }, B: (ws) => { rows(ws, [['Step'], ['y']]); ws.state = 'veryHidden'; } });
    assert.strictEqual(problemOf(await importBytes('h.xlsx', hidden)), "All its sheets are hidden ('A', 'B'); choose one with --sheet.");
    const empty = await workbook({ Leeg: () => undefined, Data: (ws) => rows(ws, [['Step', 'Customer'], ['a', 'b']]) });
    assert.strictEqual(problemOf(await importBytes('e.xlsx', empty)), "The sheet 'Leeg' is empty: there is no journey to import.");
    assert.strictEqual((await imported(await importBytes('e.xlsx', empty, { sheet: 'data' }))).value.steps.length, 1);
    const unknown = await importBytes('e.xlsx', empty, { sheet: 'Nope' });
    assert.ok(!unknown.ok && 'problem' in unknown && unknown.usage);
    assert.strictEqual(unknown.problem.message, "The workbook has no sheet 'Nope'; its sheets are 'Leeg', 'Data'.");
    assert.strictEqual(problemOf(await importBytes('e.csv', '\ufeff;;\r\n;;\r\n')), "The sheet 'e.csv' is empty: there is no journey to import.");
    // What the editor offers to choose from, read from the workbook's directory of sheets alone.
    const named = await workbook({ 'R&D <2026>': () => undefined, "Klant's": () => undefined }, (wb) => { wb.worksheets[1].state = 'hidden'; });
    assert.deepStrictEqual(listSheets(named), [{ name: 'R&D <2026>', hidden: false }, { name: "Klant's", hidden: true }]);
    assert.strictEqual(listSheets(Buffer.from('not a workbook')), undefined);
  });

  it('refuses a sheet of 100,000 rows within seconds, as xlsx and as CSV', async function () {
    this.timeout(60_000);
    const table = [['Stage', 'Step', 'Customer'], ...Array.from({ length: 100_000 }, (_, i) => [`s${i % 10}`, `step ${i}`, `does ${i}`])];
    const csv = table.map((r) => r.join(';')).join('\r\n');
    let started = Date.now();
    assert.strictEqual(problemOf(await importBytes('big.csv', csv)), "The sheet 'big.csv' has 100,000 steps; Journey Lens imports at most 5,000 (more is a data dump, not a journey).");
    assert.ok(Date.now() - started < 3_000, `${Date.now() - started} ms`);
    const xlsx = await workbook({ Big: (ws) => { for (const r of table) ws.addRow(r); } });
    started = Date.now();
    assert.strictEqual(problemOf(await importBytes('big.xlsx', xlsx)), "The sheet 'Big' has 100,000 steps; Journey Lens imports at most 5,000 (more is a data dump, not a journey).");
    assert.ok(Date.now() - started < 15_000, `${Date.now() - started} ms`);
    // A CSV can be anything: a million rows, or a row wider than Excel allows, is refused before it is looked at.
    started = Date.now();
    assert.strictEqual(problemOf(await importBytes('tall.csv', 'Step\n'.repeat(1_000_000))), "The sheet 'tall.csv' has 1,000,000 rows; Journey Lens reads at most 250,000 (a journey has hundreds at most).");
    assert.strictEqual(problemOf(await importBytes('wide.csv', `Step${','.repeat(20_000)}\nx\n`)), "The sheet 'wide.csv' has 20,001 columns; Journey Lens reads at most 16,384, as many as Excel has.");
    assert.ok(Date.now() - started < 5_000, `${Date.now() - started} ms`);
  });

  it('takes a formula\'s saved result, never its formula, and comments a formula without one', async () => {
    const bytes = await workbook({
      S: (ws) => {
        rows(ws, [['Step', 'Customer', 'Emotion'], ['a', null, 1], ['b', 'Pays', null]]);
        ws.getCell('B2').value = { formula: 'UPPER("x")', result: 'X' } as never;
        ws.getCell('C3').value = { formula: 'C2+1' } as never;
      },
    });
    const { value, yaml } = await imported(await importBytes('f.xlsx', bytes));
    assert.deepStrictEqual(value.steps.map((s) => [s.customer, s.emotion]), [['X', 1], ['Pays', undefined]]);
    assert.match(yaml, /# import: C3 is a formula without a saved result \(the file was not saved by a spreadsheet program\), so it is empty here/);
  });
});
