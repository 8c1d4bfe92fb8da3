/** docs/format.md is generated from the JSON Schemas and must match them. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

describe('the format reference', () => {
  it('is what the schemas give (run `node scripts/format-doc.mjs` after a schema change)', () => {
    const r = spawnSync(process.execPath, [path.resolve(__dirname, '../../../scripts/format-doc.mjs'), '--check'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
  });
});
