/**
 * `export --format xlsx`: the sheets a reviewer opens (Blueprint with merged
 * stages, findings as notes on coloured cells, Steps, Findings, Evidence),
 * no cell ever a formula, and every example journey imported back from its
 * export with the same content.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import type { Blueprint } from '../../src/core';
import { FINDING_FILLS, writeXlsx } from '../../src/core/sheets';
import { blueprintOf } from './blueprint-helpers';
import { cli } from './cli-helpers';
import { importBytes, imported } from './sheets-helpers';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

async function read(bytes: Buffer): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** What a journey's steps say in the lanes the spreadsheet layouts carry. */
function content(bp: Blueprint) {
  return {
    title: bp.title, need: bp.need, outcome: bp.outcome,
    steps: bp.steps.map((s) => ({
      id: s.id, stage: s.stage, customer: s.customer, channel: s.channel?.id, emotion: s.emotion, pain: s.pain, idea: s.idea,
      fallbacks: s.fallbacks.map((f) => f.id), asks: s.asks, kano: s.kano, momentOfTruth: s.momentOfTruth,
      tasks: s.tasks.map((t) => [t.lane, t.actor?.id, t.does]),
      partners: s.partners.map((p) => p.id).sort(),
      systems: s.systems.map((x) => x.id).sort(),
    })),
  };
}

describe('export: xlsx', () => {
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-xlsx-'));
    await fs.cp(EXAMPLES, dir, { recursive: true });
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes Blueprint, Steps, Findings and Evidence sheets, with stages merged and findings as notes on coloured cells', async () => {
    const r = await cli(dir, 'export', 'jaarafrekening.journey.yaml', '--format', 'xlsx', '--out', 'j.xlsx');
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.err, 'journey-lens: wrote j.xlsx\n');
    const wb = await read(await fs.readFile(path.join(dir, 'j.xlsx')));
    assert.deepStrictEqual(wb.worksheets.map((w) => w.name), ['Blueprint', 'Steps', 'Findings', 'Evidence']);
    const bp = wb.getWorksheet('Blueprint')!;
    assert.deepStrictEqual([1, 2, 3, 5, 6, 7].map((row) => bp.getCell(row, 1).value), ['Journey', 'Need', 'Outcome', 'Stage', 'Step', 'Customer']);
    assert.strictEqual(bp.getCell(1, 2).value, 'Jaarafrekening betwisten');
    // Each of its stages has one step: nothing to merge.
    assert.deepStrictEqual(bp.model.merges, []);
    const noted: string[] = [];
    bp.eachRow((row) => row.eachCell((cell) => {
      if (cell.note) {
        noted.push(cell.address);
        const fill = cell.fill as { fgColor?: { argb?: string } };
        assert.ok(Object.values(FINDING_FILLS).includes(fill.fgColor?.argb ?? ''), `${cell.address} ${JSON.stringify(cell.fill)}`);
      }
    }));
    assert.ok(noted.length > 0);
    const findings = wb.getWorksheet('Findings')!;
    assert.deepStrictEqual([1, 2, 3, 4].map((c) => findings.getCell(1, c).value), ['Check', 'Severity', 'Step', 'Message']);
    assert.ok(findings.rowCount > 1);
    const evidence = wb.getWorksheet('Evidence')!;
    assert.strictEqual(evidence.getCell(1, 1).value, 'Step');
    assert.ok(evidence.rowCount > 2);
    assert.strictEqual(typeof evidence.getCell(2, 2).value === 'number' || /fewer than/.test(String(evidence.getCell(2, 2).value)), true);
  });

  it('writes its words in Dutch with --lang nl, and needs --out', async () => {
    const r = await cli(dir, 'export', 'verhuizing.journey.yaml', '--format', 'xlsx', '--out', 'v.xlsx', '--lang', 'nl');
    assert.strictEqual(r.code, 0, r.err);
    const wb = await read(await fs.readFile(path.join(dir, 'v.xlsx')));
    assert.deepStrictEqual(wb.worksheets.map((w) => w.name), ['Blueprint', 'Stappen', 'Bevindingen']);
    const bp = wb.getWorksheet('Blueprint')!;
    assert.strictEqual(bp.getCell(5, 1).value, 'Fase');
    // Verhuizen and Afronding have two steps each: their stage cells are merged over them.
    assert.deepStrictEqual([...bp.model.merges].sort(), ['D5:E5', 'F5:G5']);
    assert.deepStrictEqual([2, 3, 4, 6].map((c) => bp.getCell(5, c).value), ['Orientatie', 'Aanvraag', 'Verhuizen', 'Afronding']);
    const none = await cli(dir, 'export', 'verhuizing.journey.yaml', '--format', 'xlsx');
    assert.deepStrictEqual(none, { code: 2, out: '', err: "journey-lens: --format xlsx writes a binary file: say where with --out FILE.\nRun 'journey-lens --help' for usage.\n" });
  });

  it('never writes a formula: texts starting with = + - @ are text cells, read back as the same text', async () => {
    const hostile = ['=HYPERLINK("http://evil.example","klik")', '+31 20 123 4567', '-2 dagen', '@SUM(A1:A9)', '=1+1'];
    const text = [
      'journey: "=cmd|\' /C calc\'!A0"', 'need: "+need"', 'outcome: "@outcome"', 'stages: ["=stage"]', 'steps:',
      ...hostile.map((h, i) => `  - id: s${i}\n    stage: "=stage"\n    customer: ${JSON.stringify(h)}\n    pain: ${JSON.stringify(h)}\n    process:\n      - team: t\n        does: ${JSON.stringify(h)}`),
    ].join('\n');
    const bytes = await writeXlsx(await blueprintOf(text));
    const parts = unzipSync(bytes);
    const sheets = Object.keys(parts).filter((n) => n.startsWith('xl/worksheets/sheet'));
    assert.ok(sheets.length >= 3);
    for (const name of sheets) assert.doesNotMatch(new TextDecoder().decode(parts[name]), /<f[ >]/, name);
    const wb = await read(bytes);
    const ws = wb.getWorksheet('Blueprint')!;
    assert.strictEqual(ws.getCell(1, 2).value, "=cmd|' /C calc'!A0");
    assert.deepStrictEqual(hostile.map((_, i) => ws.getCell(7, i + 2).value), hostile);
    assert.strictEqual(ws.getCell(7, 2).numFmt, '@');
    // And back: the import takes them as the texts they are.
    const back = await imported(await importBytes('hostile.xlsx', bytes));
    assert.deepStrictEqual(back.value.steps.map((s) => s.customer), hostile);
  });

  it('imports every example journey back from its export with the same content', async function () {
    this.timeout(120_000);
    const names = (await fs.readdir(EXAMPLES)).filter((n) => /\.(journey|catalog)\.yaml$/.test(n));
    const files: Record<string, string> = {};
    for (const n of names) files[path.join(EXAMPLES, n)] = await fs.readFile(path.join(EXAMPLES, n), 'utf8');
    const journeys = names.filter((n) => n.endsWith('.journey.yaml'));
    assert.ok(journeys.length >= 4);
    for (const name of journeys) {
      const file = path.join(EXAMPLES, name);
      const before = await blueprintOf(files[file], files, file);
      const bytes = await writeXlsx(before);
      const { yaml } = await imported(await importBytes(`${name}.xlsx`, bytes));
      const after = await blueprintOf(yaml, {}, path.join(EXAMPLES, 'imported.journey.yaml'));
      assert.deepStrictEqual(content(after), content(before), name);
      // The Steps sheet (the table layout) gives the same steps.
      const table = await imported(await importBytes(`${name}.xlsx`, bytes, { sheet: 'Steps' }));
      assert.deepStrictEqual(content(await blueprintOf(table.yaml, {}, path.join(EXAMPLES, 'imported.journey.yaml'))).steps, content(before).steps, `${name} (Steps)`);
      assert.strictEqual((parse(yaml) as { steps: unknown[] }).steps.length, before.steps.length);
    }
  });
});
