#!/usr/bin/env node
// Writes the findings block of every check page (docs/rules in English,
// docs/rules/nl in Dutch) from its failing example, as `journey-lens check`
// reports it. The Dutch pages are translations of the English ones with the
// same examples; findings come from the engine, never by hand, and
// test/unit/examples.test.ts checks them with the same code
// (test/unit/rule-pages.ts). Needs it compiled in out/: npm run test:unit,
// or npx tsc -p tsconfig.test.json.
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { join, resolve } from 'path';

const require = createRequire(import.meta.url);
const ROOT = resolve(new URL('..', import.meta.url).pathname);
const { checkExamples, examplesOf, withShownFindings } = require(join(ROOT, 'out/test/unit/rule-pages.js'));

for (const [dir, language] of [['docs/rules', 'en'], ['docs/rules/nl', 'nl']]) {
  let changed = 0;
  for (const page of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const file = join(ROOT, dir, page);
    const text = readFileSync(file, 'utf8');
    const examples = examplesOf(text);
    // A page's event logs (`<!-- example: log ... -->`) are read as the failing example names them.
    const next = withShownFindings(text, await checkExamples(examples.fail, language, examples.logs.fail));
    if (next !== text) {
      writeFileSync(file, next);
      changed++;
    }
  }
  console.log(`${dir}: ${changed} page(s) updated.`);
}
