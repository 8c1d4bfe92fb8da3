/**
 * docs/evidence.md's worked example is true: its journey and log, written to
 * a folder, give through `journey-lens evidence --format json` exactly the
 * JSON the page shows (and works out by hand), and the text says "fewer than
 * 5 cases" for it, as the page says.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './cli-helpers';

const PAGE = fs.readFileSync(path.resolve(__dirname, '../../../docs/evidence.md'), 'utf8');

/** The code block right after `<!-- worked-example: NAME -->`. */
function block(name: string): string {
  const m = PAGE.match(new RegExp(`<!-- worked-example: ${name.replace(/\./g, '\\.')} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``));
  assert.ok(m, `docs/evidence.md has the block ${name}`);
  return `${m[1]}\n`;
}

describe('docs/evidence.md, the worked example', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-evidence-doc-'));
    fs.writeFileSync(path.join(dir, 'repair.journey.yaml'), block('repair.journey.yaml'));
    fs.writeFileSync(path.join(dir, 'repairs.csv'), block('repairs.csv'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives exactly the JSON the page shows', async () => {
    const r = await cli(dir, 'evidence', 'repair.journey.yaml', '--format', 'json');
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(JSON.parse(r.out), JSON.parse(block('output')));
  });

  it('reads "fewer than 5 cases" in the text, as the page says', async () => {
    const r = await cli(dir, 'evidence', 'repair.journey.yaml', '--lang', 'en');
    assert.match(r.out, /^ {2}report — fewer than 5 cases$/m);
    assert.doesNotMatch(r.out, /\b97\.0 h\b/);
  });
});
