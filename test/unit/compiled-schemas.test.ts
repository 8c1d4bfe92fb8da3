/** src/core/schema/validators.generated.ts is compiled from the JSON Schemas and must match them. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

describe('the compiled schema validators', () => {
  it('are what the schemas give (run `node scripts/compile-schemas.mjs` after a schema change)', () => {
    const r = spawnSync(process.execPath, [path.resolve(__dirname, '../../../scripts/compile-schemas.mjs'), '--check'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
  });
});
