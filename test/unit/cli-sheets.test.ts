/**
 * `journey-lens import` of spreadsheets and `export --format xlsx`, as a user
 * runs them: what is printed, what is written, the exit codes, and nothing
 * written when the sheet cannot be imported.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { cli } from './cli-helpers';
import { rows, workbook } from './sheets-helpers';

describe('journey-lens import of spreadsheets', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-sheets-'));
    await fs.writeFile(path.join(dir, 'map.xlsx'), await workbook({
      Notes: (ws) => { rows(ws, [['internal']]); ws.state = 'hidden'; },
      Kaart: (ws) => {
        rows(ws, [['Fase', 'Aanvraag', ''], ['Stap', 'Aanvragen', 'Betalen'], ['Klant', 'Vraagt aan', 'Betaalt'], ['Emotie', 4, 2]]);
        ws.mergeCells('B1:C1');
      },
    }));
    await fs.writeFile(path.join(dir, 'excel.csv'), '\ufeffStap;Klant\r\nAanvragen;Vraagt aan\r\n');
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('prints the journey of an .xlsx, writes it with --out, and refuses to overwrite it without --force', async () => {
    const r = await cli(dir, 'import', 'map.xlsx');
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.err, '');
    assert.match(r.out, /^# Imported from the sheet 'Kaart' of map\.xlsx, the blueprint layout/);
    assert.match(r.out, /# Hidden sheets were skipped: 'Notes'/);
    const v = parse(r.out) as { stages: string[]; steps: { id: string; stage: string; emotion: number }[] };
    assert.deepStrictEqual(v.steps.map((s) => [s.id, s.stage, s.emotion]), [['aanvragen', 'Aanvraag', 1], ['betalen', 'Aanvraag', -1]]);
    const w = await cli(dir, 'import', 'excel.csv', '--out', 'excel.journey.yaml');
    assert.deepStrictEqual(w, { code: 0, out: "Wrote a journey of 1 step to excel.journey.yaml; 'journey-lens check excel.journey.yaml' shows what it still needs.\n", err: '' });
    const again = await cli(dir, 'import', 'map.xlsx', '--out', 'excel.journey.yaml');
    assert.deepStrictEqual(again, { code: 2, out: '', err: 'journey-lens: excel.journey.yaml exists; add --force to overwrite it, or name another file.\n' });
    assert.strictEqual((await cli(dir, 'import', 'map.xlsx', '--out', 'excel.journey.yaml', '--force')).code, 0);
    assert.match(await fs.readFile(path.join(dir, 'excel.journey.yaml'), 'utf8'), /id: betalen/);
  });

  it('--sheet and --layout: usage errors exit 2, a sheet that cannot be imported exits 1, and nothing is written', async () => {
    const cases: [string[], number, string][] = [
      [['map.xlsx', '--sheet', 'Plan'], 2, "journey-lens: cannot import map.xlsx: the workbook has no sheet 'Plan'; its sheets are 'Notes', 'Kaart'.\n"],
      [['map.xlsx', '--sheet', 'Notes'], 1, "journey-lens: cannot import map.xlsx: the sheet 'Notes' has neither layout's headers: name the rows (blueprint layout) or the columns (table layout) Stage, Step, Customer, Channel, Emotion, Pain, Idea, Front office, Back office, Partners, Systems (or Fase, Stap, Klant, Kanaal, Emotie, Pijnpunt, Idee, Systemen), or choose a layout with --layout.\n"],
      [['excel.csv', '--sheet', 'A'], 2, 'journey-lens: cannot import excel.csv: a CSV file has one sheet; --sheet chooses among the sheets of an .xlsx workbook.\n'],
      [['map.xlsx', '--layout', 'grid'], 2, "journey-lens: --layout takes blueprint or table, not 'grid'.\nRun 'journey-lens --help' for usage.\n"],
      [['map.xlsx', '--diagram', '2'], 2, "journey-lens: --diagram belongs to importing Markdown; a spreadsheet's sheet is chosen with --sheet.\nRun 'journey-lens --help' for usage.\n"],
      [['flow.mmd', '--sheet', 'A'], 2, "journey-lens: --sheet belongs to importing a spreadsheet (.xlsx or .csv).\nRun 'journey-lens --help' for usage.\n"],
    ];
    for (const [argv, code, err] of cases) {
      const r = await cli(dir, 'import', ...argv, '--out', 'x.journey.yaml');
      assert.deepStrictEqual(r, { code, out: '', err }, argv.join(' '));
    }
    await assert.rejects(fs.stat(path.join(dir, 'x.journey.yaml')));
    const check = await cli(dir, 'check', '--sheet', 'A');
    assert.strictEqual(check.code, 2);
    assert.match(check.err, /--sheet belongs to 'import'/);
  });

  it('exports a journey as .xlsx that imports back', async () => {
    const journey = path.resolve(__dirname, '../../../examples/opzeggen.journey.yaml');
    await fs.copyFile(journey, path.join(dir, 'opzeggen.journey.yaml'));
    await fs.copyFile(path.resolve(__dirname, '../../../examples/energie.catalog.yaml'), path.join(dir, 'energie.catalog.yaml'));
    const e = await cli(dir, 'export', 'opzeggen.journey.yaml', '--out', 'opzeggen.xlsx');
    assert.deepStrictEqual(e, { code: 0, out: '', err: 'journey-lens: wrote opzeggen.xlsx\n' });
    const i = await cli(dir, 'import', 'opzeggen.xlsx');
    assert.strictEqual(i.code, 0, i.err);
    const original = parse(await fs.readFile(journey, 'utf8')) as { journey: string; steps: { id: string }[] };
    const back = parse(i.out) as { journey: string; steps: { id: string }[] };
    assert.strictEqual(back.journey, original.journey);
    assert.deepStrictEqual(back.steps.map((s) => s.id), original.steps.map((s) => s.id));
  });

  it('loads exceljs only for an .xlsx: not for check or a CSV import', () => {
    const main = path.resolve(__dirname, '../../src/cli/main.js');
    const loaded = (...argv: string[]) => execFileSync(process.execPath, ['-e', `
      require(${JSON.stringify(main)}).run(${JSON.stringify(argv)}, { cwd: ${JSON.stringify(dir)}, out: () => {}, err: () => {} })
        .then(() => process.stdout.write(String(Object.keys(require.cache).some((k) => k.includes('exceljs')))));
    `], { encoding: 'utf8' });
    assert.strictEqual(loaded('check', '.'), 'false');
    assert.strictEqual(loaded('import', 'excel.csv'), 'false');
    assert.strictEqual(loaded('import', 'map.xlsx'), 'true');
  });
});
