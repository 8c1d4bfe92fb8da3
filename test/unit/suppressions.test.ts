/** Suppression comments and unused-suppression. */
import * as assert from 'assert';
import { byRule, check, show, yaml } from './helpers';

const base = (comment: string, top = '') => top + yaml`
  journey: Suppressions
  owner: Ans
  need: A need
  outcome: An outcome
  steps:
    - id: a
      customer: Looks up
` + comment + '    channel: web\n';

describe('suppressions', () => {
  it('disable-next-line suppresses the named check on the next line only', async () => {
    const all = await check(base('    # journey-lens-disable-next-line fallback-missing\n'));
    assert.deepStrictEqual(all, [], show(all));
  });

  it('disable at the top suppresses a check in the whole file', async () => {
    const all = await check(base('', '# journey-lens-disable fallback-missing\n'));
    assert.deepStrictEqual(all, [], show(all));
  });

  it('a disable comment below content does not act on the whole file, and says so', async () => {
    const all = await check(base('    # journey-lens-disable fallback-missing\n'));
    assert.strictEqual(byRule(all, 'fallback-missing').length, 1, show(all));
    const [f] = byRule(all, 'unused-suppression');
    assert.match(f.message, /works only in the comments at the top of the file/);
    assert.strictEqual(f.range.start.line, 7);
  });

  it('reads a reason after -- as a reason, not as check ids', async () => {
    const all = await check(base('    # journey-lens-disable-next-line fallback-missing -- the SMS is one-way\n'));
    assert.deepStrictEqual(all, [], show(all));
  });

  it('reports a suppression that matches nothing, at the id', async () => {
    const all = await check(base('    # journey-lens-disable-next-line fallback-missing owner-missing\n'));
    const [f] = byRule(all, 'unused-suppression');
    assert.ok(f, show(all));
    assert.strictEqual(f.severity, 'hint');
    assert.strictEqual(f.range.start.line, 7);
    assert.strictEqual(f.range.start.character, 54);
    assert.match(f.message, /no 'owner-missing' finding on the next line/);
    assert.strictEqual(byRule(all, 'fallback-missing').length, 0);
  });

  it('suggests the right id for a misspelt one', async () => {
    const all = await check(base('    # journey-lens-disable-next-line fallback-mising\n'));
    const [f] = byRule(all, 'unused-suppression');
    assert.match(f.message, /'fallback-mising' is not a Journey Lens check — did you mean 'fallback-missing'\?/);
  });
});
