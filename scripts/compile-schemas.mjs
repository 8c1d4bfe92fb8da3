#!/usr/bin/env node
// Compiles the JSON Schemas into validator code at build time (ajv standalone),
// so that no schema is compiled when the extension activates or a check runs:
// compiling the three schemas costs about 60 ms, validating a journey far less.
// Writes src/core/schema/validators.generated.ts; `--check` fails (exit 1) when
// that file differs from what the schemas give, and a unit test runs it.
// First it writes the `checks` of schemas/config.schema.json from the rule
// modules (their ids, default severities and descriptions), so that a new
// check needs no schema edit by hand; `--check` fails on a stale list too.
import Ajv, { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'core', 'schema', 'validators.generated.ts');
const load = (name) => JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8'));
const checking = process.argv.includes('--check');
const stale = [];

/** Every check of src/core/rules/index.ts and the severities it can be set to, read from the TypeScript through a bundle. */
function ruleCatalogue() {
  const dir = mkdtempSync(join(tmpdir(), 'journey-lens-rules-'));
  try {
    const file = join(dir, 'rules.cjs');
    esbuild.buildSync({
      stdin: { contents: "export { ALL_RULES } from './src/core/rules'; export { SEVERITY_SETTINGS } from './src/core/engine/types';", resolveDir: root, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', outfile: file, logLevel: 'silent',
    });
    return createRequire(import.meta.url)(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One setting per check, in the catalogue's order. */
function checkSettings({ ALL_RULES: rules, SEVERITY_SETTINGS: severities }) {
  return Object.fromEntries(rules.map((r) => [r.id, {
    type: 'string',
    enum: severities,
    enumDescriptions: ['shown as an error; the CLI fails', 'shown as a warning', 'shown as information', 'shown as a faint hint in the editor only', 'not checked'],
    description: `How '${r.id}' reports (default: ${r.defaultSeverity}). ${r.description.en}`,
    examples: [r.defaultSeverity === 'error' ? 'warning' : 'error', 'off'],
    'x-what': 'a severity',
  }]));
}

{
  const file = join(root, 'schemas', 'config.schema.json');
  const current = readFileSync(file, 'utf8');
  const config = JSON.parse(current);
  config.properties.checks.properties = checkSettings(ruleCatalogue());
  const text = `${JSON.stringify(config, null, 2)}\n`;
  if (text !== current) {
    if (checking) stale.push('schemas/config.schema.json (its `checks`)');
    else writeFileSync(file, text);
  }
}

// verbose: errors carry the failing schema and value, which the messages need.
// allowUnionTypes: "one value or a list" is a union type, which gives one
// error per problem where anyOf would give three.
// strictRequired off: the task's "team or partner" lists each in a oneOf branch.
// code.formats: the generated code takes the formats from src/core/schema/formats.ts,
// through an import (not a require) so that TypeScript and esbuild see the dependency.
const ajv = new Ajv.default({
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  code: { source: true, esm: true, lines: true, formats: _`formats` },
});
// Annotations that ajv does not know. Editors read the first ones (the Red
// Hat YAML extension shows them); `x-what` names what a value should be
// ("a channel id") and `x-keys` what a mapping's keys are, for messages.
ajv.addVocabulary(['patternErrorMessage', 'enumDescriptions', 'defaultSnippets', 'markdownDescription', 'x-what', 'x-keys']);
// Only their names and types matter here: the generated code calls formats.ts.
for (const name of ['duration', 'date', 'timezone']) ajv.addFormat(name, { type: 'string', validate: () => true });
// Keyed by file name, so the relative $refs between the files resolve here
// exactly as they do for an editor that loads them from disk.
ajv.addSchema(load('definitions.schema.json'), 'definitions.schema.json');
for (const kind of ['journey', 'catalog', 'config']) ajv.addSchema(load(`${kind}.schema.json`), kind);

// ajv gathers a nested validator's errors with `vErrors = vErrors.concat(…)`, which copies
// the list so far on every item: 130,000 wrong steps took minutes (issue 19, point 4).
// Appending in place gives the same errors, in the same order, in linear time.
const APPEND = /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;
const code = standaloneCode.default(ajv, { journey: 'journey', catalog: 'catalog', config: 'config' })
  .replace(APPEND, (_m, v) => `if (vErrors === null) vErrors = ${v}.errors; else for (const e of ${v}.errors) vErrors.push(e);`);
if (code.includes('vErrors.concat')) throw new Error('ajv gathers errors in a way compile-schemas.mjs does not know: update APPEND.');
const text = [
  '// @ts-nocheck',
  '/* eslint-disable */',
  '// Generated by scripts/compile-schemas.mjs from schemas/*.json: do not edit.',
  '// After a schema change run `node scripts/compile-schemas.mjs`.',
  "import * as formats from './formats';",
  code.replace(/^"use strict";/, ''),
  '',
].join('\n');

if (checking) {
  let current = '';
  try { current = readFileSync(out, 'utf8'); } catch { /* missing: differs */ }
  if (current !== text) stale.push('src/core/schema/validators.generated.ts');
  if (stale.length > 0) {
    console.error(`${stale.join(' and ')} ${stale.length > 1 ? 'are' : 'is'} not what the rules and schemas give: run \`node scripts/compile-schemas.mjs\`.`);
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  console.log(`Wrote src/core/schema/validators.generated.ts (${Math.round(text.length / 1024)} KB)`);
}
