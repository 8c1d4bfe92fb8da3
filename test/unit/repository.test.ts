/** The repository itself: no file keeps the conflict markers of a merge (several branches land each round). */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('the repository', () => {
  it('holds no merge conflict markers', function () {
    let files: string[];
    try {
      files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|mjs|js|json|md|yaml|yml|css|html|code-snippets)$/.test(f));
    } catch {
      console.log('    not a git checkout: skipped');
      return this.skip();
    }
    const marked = files.filter((f) => {
      const file = path.join(ROOT, f);
      return fs.existsSync(file) && /^(<{7} |>{7} |={7}$)/m.test(fs.readFileSync(file, 'utf8'));
    });
    assert.deepStrictEqual(marked, []);
  });
});
