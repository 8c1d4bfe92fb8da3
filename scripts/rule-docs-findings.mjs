#!/usr/bin/env node
// Writes the findings block of every Dutch check page (docs/rules/nl) from
// its failing example, as `journey-lens check --lang nl` reports it. The
// Dutch pages are translations of the English ones with the same examples;
// their findings come from the engine, never by hand, and
// test/unit/examples.test.ts checks them. Needs the compiled engine in out/
// (npm run test:unit, or npx tsc -p tsconfig.test.json).
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { join, relative, resolve } from 'path';

const require = createRequire(import.meta.url);
const ROOT = resolve(new URL('..', import.meta.url).pathname);
const { checkText } = require(join(ROOT, 'out/src/core/check.js'));
const { CatalogCache } = require(join(ROOT, 'out/src/core/catalogs.js'));
const DIR = join(ROOT, 'docs/rules/nl');

/** As the test's checkFiles: in-memory files under /docs, today 2026-11-23. */
async function findings(files, language) {
  const root = resolve('/docs');
  const host = { readFile: async (p) => files[relative(root, p)] };
  const lines = [];
  for (const [name, text] of Object.entries(files)) {
    for (const f of await checkText(join(root, name), text, host, { today: '2026-11-23', catalogs: new CatalogCache(), language })) {
      lines.push(`${name}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.rule}]`);
    }
  }
  return lines;
}

let changed = 0;
for (const page of readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const file = join(DIR, page);
  const text = readFileSync(file, 'utf8');
  const fail = {};
  for (const m of text.matchAll(/<!-- example: fail (\S+) -->\n```yaml\n([\s\S]*?)```/g)) fail[m[1]] = m[2];
  const lines = await findings(fail, 'nl');
  const next = text.replace(/(<!-- findings -->\n```text\n)[\s\S]*?```/, (_, head) => `${head}${lines.join('\n')}\n\`\`\``);
  if (next !== text) {
    writeFileSync(file, next);
    changed++;
  }
}
console.log(`docs/rules/nl: ${changed} page(s) updated.`);
