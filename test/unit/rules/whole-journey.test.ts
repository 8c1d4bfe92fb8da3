/**
 * What is not about one check: a clean journey, the Suppress fix every
 * finding offers, and a table for every check.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, analyseText, CatalogCache, fixesFor } from '../../../src/core';
import { JOURNEY, memoryHost, show, yaml } from '../helpers';
import { journey } from './heads';
import { TODAY } from './rule-tester';

describe('whole journeys', () => {
  it('the standard head with a good step has no findings at all', async () => {
    const a = await analyseText(JOURNEY, journey(yaml`
      - id: a
        customer: Calls
        channel: telefoon
        process:
          - team: ks
            does: Answers
    `), memoryHost({}), { today: TODAY, catalogs: new CatalogCache() });
    assert.deepStrictEqual(a.findings, [], show(a.findings));
  });

  it('every finding but an unused suppression offers to suppress its check on its line, last', async () => {
    // Findings of many checks at once: no owner, a missing fallback, an unclear handoff, a low point, an unused suppression.
    const text = journey(yaml`
      - id: a
        customer: Looks up
        channel: website
        emotion: -2
      - id: b
        customer: Calls
        channel: telefoon
        # journey-lens-disable-next-line asked-twice
        process:
          - team: ks
            does: Registers
          - team: fa
            does: Bills
    `).replace('owner: Ans de Vries\n', '');
    const a = await analyseText(JOURNEY, text, memoryHost({}), { today: TODAY, catalogs: new CatalogCache() });
    assert.deepStrictEqual(a.findings.map((f) => f.rule), ['owner-missing', 'fallback-missing', 'emotion-low-unaddressed', 'unused-suppression', 'handoff-unclear'], show(a.findings));
    for (const f of a.findings) {
      const titles = fixesFor(f, a).map((x) => x.title);
      if (f.rule === 'unused-suppression') assert.ok(!titles.some((t) => t.startsWith('Suppress')), titles.join(' | '));
      else assert.strictEqual(titles[titles.length - 1], `Suppress '${f.rule}' on this line`, titles.join(' | '));
    }
  });

  it('every check has a table of its own in test/unit/rules', () => {
    // The sources, not the compiled files: a deleted table must not survive in out/.
    const dir = path.resolve(__dirname, '../../../../test/unit/rules');
    const missing = ALL_RULES.map((r) => r.id).filter((id) => {
      const file = path.join(dir, `${id}.test.ts`);
      return !fs.existsSync(file) || !fs.readFileSync(file, 'utf8').includes(`ruleTester('${id}', {`);
    });
    assert.deepStrictEqual(missing, []);
  });
});
