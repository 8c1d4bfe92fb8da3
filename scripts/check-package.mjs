#!/usr/bin/env node
// Checks what the .vsix holds: only what runs or what users read, at most 5 MB (issue 16: the
// exporters' font and resvg's WebAssembly are most of it).
// Lists the contents (vsce ls) so CI logs show them.
import { execFileSync } from 'child_process';
import { statSync } from 'fs';

const MAX_BYTES = 5 * 1024 * 1024;
const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' }).trim().split('\n');
console.log(`package contents (${files.length} files):\n  ${files.join('\n  ')}`);
const problems = [];
const source = files.filter((f) => /\.(ts|map)$/.test(f) || /^(src|test|bench|scripts|node_modules)\//.test(f));
if (source.length) problems.push(`source or test files in the package: ${source.join(', ')}`);
const size = statSync('journey-lens.vsix').size;
console.log(`journey-lens.vsix: ${(size / 1024).toFixed(1)} KB`);
if (size > MAX_BYTES) problems.push(`the package is ${(size / 1024).toFixed(0)} KB, more than ${MAX_BYTES / 1024} KB`);
for (const required of ['dist/extension.js', 'dist/cli.js', 'dist/evidence-worker.js', 'dist/exporters.js', 'dist/sheets.js', 'dist/resvg.wasm', 'dist/fonts/DejaVuSans.ttf', 'dist/fonts/DejaVuSans-Bold.ttf', 'dist/fonts/LICENSE', 'schemas/journey.schema.json', 'package.json', 'README.md', 'LICENSE']) {
  if (!files.includes(required)) problems.push(`missing ${required}`);
}
if (problems.length) {
  console.error(`check-package: ${problems.join('; ')}`);
  process.exit(1);
}
