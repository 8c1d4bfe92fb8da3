/** The New Journey template checks clean in both languages, with any title. */
import * as assert from 'assert';
import { plainText } from '../../src/core/fixes';
import { journeyTemplate } from '../../src/core/template';
import { check, show } from './helpers';

describe('new journey template', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`(${language}) has no findings once filled in as offered`, async () => {
      const text = plainText(journeyTemplate(language, 'Verhuizing {$x} doorgeven', '2026-11-23'));
      const all = await check(text);
      assert.deepStrictEqual(all, [], show(all));
      assert.match(text, /^journey: Verhuizing \{\$x\} doorgeven$/m);
    });
  }
});
