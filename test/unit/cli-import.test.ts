/**
 * `journey-lens import`: what the user sees on stdout and stderr and the exit
 * code, for a diagram file, a Markdown file with one or several journeys,
 * --out with and without --force, and every kind of bad input.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { USAGE } from '../../src/cli/args';
import { cli } from './cli-helpers';

const DIAGRAM = 'journey\n  title Renewing a passport\n  section Apply\n    Fill in the form: 2: Citizen\n    Pay the fee: 1: Citizen, Clerk\n  section Collect\n    Pick it up: 5: Citizen\n';
const WIKI = `# Journeys\n\n\`\`\`mermaid\n${DIAGRAM}\`\`\`\n\n\`\`\`mermaid\nflowchart TD\n  A --> B\n\`\`\`\n\n\`\`\`mermaid\njourney\n  section Untitled\n    Wait: 3: Me\n\`\`\`\n`;

describe('journey-lens import', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-import-'));
    await fs.writeFile(path.join(dir, 'passport.mmd'), DIAGRAM);
    await fs.writeFile(path.join(dir, 'wiki.md'), WIKI);
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('prints the journey of a diagram file and exits 0', async () => {
    const r = await cli(dir, 'import', 'passport.mmd');
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.err, '');
    assert.match(r.out, /^# Imported from the Mermaid journey diagram in passport\.mmd \(line 1\)\.\n/);
    const v = parse(r.out) as { journey: string; stages: string[]; steps: { id: string; emotion: number; 'x-actors': string[] }[] };
    assert.strictEqual(v.journey, 'Renewing a passport');
    assert.deepStrictEqual(v.stages, ['Apply', 'Collect']);
    assert.deepStrictEqual(v.steps.map((s) => [s.id, s.emotion, s['x-actors']]), [
      ['fill-in-the-form', -1, ['Citizen']], ['pay-the-fee', -2, ['Citizen', 'Clerk']], ['pick-it-up', 2, ['Citizen']],
    ]);
  });

  it('--out writes the file, refuses to overwrite it, and overwrites it with --force', async () => {
    const out = path.join(dir, 'passport.journey.yaml');
    const first = await cli(dir, 'import', 'passport.mmd', '--out', 'passport.journey.yaml');
    assert.deepStrictEqual(first, { code: 0, err: '', out: "Wrote a journey of 3 steps to passport.journey.yaml; 'journey-lens check passport.journey.yaml' shows what it still needs.\n" });
    const printed = await cli(dir, 'import', 'passport.mmd');
    assert.strictEqual(await fs.readFile(out, 'utf8'), printed.out);

    await fs.writeFile(out, 'my own edits\n');
    const again = await cli(dir, 'import', 'passport.mmd', '--out', 'passport.journey.yaml');
    assert.deepStrictEqual(again, { code: 2, out: '', err: 'journey-lens: passport.journey.yaml exists; add --force to overwrite it, or name another file.\n' });
    assert.strictEqual(await fs.readFile(out, 'utf8'), 'my own edits\n');

    const forced = await cli(dir, 'import', 'passport.mmd', '--out', 'passport.journey.yaml', '--force');
    assert.strictEqual(forced.code, 0, forced.err);
    assert.strictEqual(await fs.readFile(out, 'utf8'), printed.out);
  });

  it('the written journey passes the check without errors', async () => {
    await cli(dir, 'import', 'passport.mmd', '--out', 'passport.journey.yaml');
    const r = await cli(dir, 'check', '--format', 'text', 'passport.journey.yaml');
    assert.strictEqual(r.code, 0, r.out);
    assert.doesNotMatch(r.out, /\[schema\]/);
  });

  it('notes that a file not named *.journey.yaml will not be checked as a journey', async () => {
    const r = await cli(dir, 'import', 'passport.mmd', '--out', 'passport.yaml');
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.err, 'journey-lens: note: Journey Lens finds journeys by their name, *.journey.yaml; rename passport.yaml so that it is checked as one.\n');
  });

  it('lists the journey diagrams of a Markdown file that has several and exits 2, printing no journey', async () => {
    const r = await cli(dir, 'import', 'wiki.md');
    assert.deepStrictEqual(r, {
      code: 2, out: '',
      err: 'journey-lens: wiki.md has 2 journey diagrams; pick one with --diagram N:\n  1  line 3  Renewing a passport\n  2  line 18  (no title)\n',
    });
  });

  it('--diagram N imports the Nth journey diagram, with lines counted in the Markdown file', async () => {
    const r = await cli(dir, 'import', 'wiki.md', '--diagram', '2');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^# Imported from the Mermaid journey diagram in wiki\.md \(line 19\)\./);
    assert.match(r.out, /^journey: wiki # import: the diagram has no title; this is the file's name$/m);
    const out = await cli(dir, 'import', 'wiki.md', '--diagram', '3');
    assert.deepStrictEqual(out, { code: 2, out: '', err: 'journey-lens: cannot import wiki.md: there is no journey diagram 3: the file has 2, numbered from 1.\n' });
  });

  it('exits 1 with one line for a file that holds no journey to import', async () => {
    await fs.writeFile(path.join(dir, 'flow.mmd'), 'flowchart LR\n  A --> B\n');
    await fs.writeFile(path.join(dir, 'broken.mmd'), 'journey\n  section Plan: the first\n');
    await fs.writeFile(path.join(dir, 'empty.mmd'), 'journey\n  title Nothing yet\n  section Later\n');
    await fs.writeFile(path.join(dir, 'none.md'), '# No diagrams\n');
    await fs.writeFile(path.join(dir, 'plan.xlsx'), 'PK\u0003\u0004');
    await fs.writeFile(path.join(dir, 'plan.ods'), 'PK\u0003\u0004');
    const cases: [string, string][] = [
      ['flow.mmd', "journey-lens: cannot import flow.mmd: this is a Mermaid flowchart diagram ('flowchart' on line 1), not a journey: only 'journey' diagrams can be imported."],
      ['broken.mmd', "journey-lens: cannot import broken.mmd: line 2: a section name cannot hold ':' (Mermaid ends the name there); write #58; for a colon in the name."],
      ['empty.mmd', 'journey-lens: cannot import empty.mmd: the journey diagram on line 1 has no task, and a journey needs at least one step.'],
      ['none.md', 'journey-lens: cannot import none.md: the file has no ```mermaid block, so there is no journey diagram to import.'],
      ['plan.xlsx', 'journey-lens: cannot import plan.xlsx: the workbook is damaged (invalid zip data).'],
      ['plan.ods', 'journey-lens: cannot import plan.ods: importing .ods files is not supported; save the sheet as .xlsx or .csv (UTF-8) and import that.'],
    ];
    for (const [file, err] of cases) {
      const r = await cli(dir, 'import', file, '--out', 'x.journey.yaml');
      assert.deepStrictEqual(r, { code: 1, out: '', err: `${err}\n` }, file);
    }
    // Nothing was written for any of them.
    await assert.rejects(fs.stat(path.join(dir, 'x.journey.yaml')));
  });

  it('exits 2 for a file it cannot read, and says why', async () => {
    const r = await cli(dir, 'import', 'missing.mmd');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /^journey-lens: cannot read missing\.mmd: it does not exist/);
    const folder = await cli(dir, 'import', '.');
    assert.strictEqual(folder.code, 2);
    assert.match(folder.err, /^journey-lens: cannot read \.: it is a folder, not a regular file\.\n$/);
    await fs.writeFile(path.join(dir, 'utf16.mmd'), Buffer.from('journey\nsection S\n  T: 3: Me\n', 'utf16le'));
    assert.deepStrictEqual(await cli(dir, 'import', 'utf16.mmd'), { code: 1, out: '', err: 'journey-lens: cannot import utf16.mmd: the file is saved as UTF-16; save it as UTF-8 and import it again.\n' });
  });

  it('exits 2 with a usage line for wrong arguments', async () => {
    const cases: [string[], string][] = [
      [['import'], "'import' takes one file, such as 'journey-lens import wiki/journeys.md'."],
      [['import', 'a.mmd', 'b.mmd'], "'import' takes one file, such as 'journey-lens import wiki/journeys.md'."],
      [['import', 'wiki.md', '--diagram', '0'], "--diagram takes the number of a journey diagram (1, 2, ...), not '0'."],
      [['import', 'wiki.md', '--diagram', 'two'], "--diagram takes the number of a journey diagram (1, 2, ...), not 'two'."],
      [['import', 'passport.mmd', '--force'], '--force goes with --out: it lets --out overwrite a file.'],
      [['import', 'passport.mmd', '--format', 'json'], "--format does not belong to 'import'."],
      [['check', '--diagram', '1'], "--diagram belongs to 'import'."],
      [['report', '--force'], "--force belongs to 'import'."],
    ];
    for (const [argv, message] of cases) {
      assert.deepStrictEqual(await cli(dir, ...argv), { code: 2, out: '', err: `journey-lens: ${message}\nRun 'journey-lens --help' for usage.\n` }, argv.join(' '));
    }
    // The options of every command are taken, as elsewhere.
    assert.strictEqual((await cli(dir, 'import', 'passport.mmd', '--lang', 'nl', '--allow-outside')).code, 0);
    assert.strictEqual((await cli(dir, 'import', 'passport.mmd', '--diagram', '2')).err, 'journey-lens: cannot import passport.mmd: there is no diagram 2: a Mermaid file holds one diagram (the journey diagrams to pick from are those of a Markdown file).\n');
  });

  it('--out stays in the working folder and does not write through a link, unless --allow-outside', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-import-outside-'));
    try {
      const target = path.join(outside, 'p.journey.yaml');
      const r = await cli(dir, 'import', 'passport.mmd', '--out', target);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.err, `journey-lens: refusing to write the journey to ${target}: it is outside the working folder. Name a file in the working folder, or add --allow-outside to write there anyway.\n`);
      await fs.symlink(target, path.join(dir, 'link.journey.yaml'));
      const link = await cli(dir, 'import', 'passport.mmd', '--out', 'link.journey.yaml', '--force');
      assert.strictEqual(link.code, 2);
      assert.match(link.err, /: it is a symbolic link\./);
      await assert.rejects(fs.stat(target));
      assert.strictEqual((await cli(dir, 'import', 'passport.mmd', '--out', target, '--allow-outside')).code, 0);
      assert.match(await fs.readFile(target, 'utf8'), /^journey: Renewing a passport$/m);
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  });

  it('is in the help', () => {
    assert.match(USAGE, /journey-lens import FILE \[--diagram N\] \[--sheet NAME\] \[--layout blueprint\|table\]\n {27}\[--out FILE\] \[--force\]/);
    assert.match(USAGE, /Exit code of import: 0/);
  });
});
