#!/usr/bin/env node
// `npm test`: every layer in order (types, lint, unit, the preview page in
// Chromium, integration in VS Code,
// end-to-end in VS Code, the packaged extension), each with its wall time and
// test count, then one closing line "N passed, N failed". Stops at the first
// failing layer, so a broken build does not cascade into noise.
import { spawn } from 'child_process';

const LAYERS = [
  ['types', 'typecheck'],
  ['lint', 'lint'],
  ['build', 'build'],
  ['unit', 'test:unit'],
  ['webview', 'test:webview'],
  ['integration', 'test:integration'],
  ['end-to-end', 'test:e2e'],
  ['package', 'test:package'],
];

function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const relay = (stream, target) => stream.on('data', (d) => {
      out += d;
      target.write(d);
    });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const count = (out, word) => [...out.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);

const summary = [];
let passed = 0;
let failed = 0;
for (const [name, script] of LAYERS) {
  const start = Date.now();
  const { code, out } = await run(script);
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  const p = count(out, 'passing');
  const f = count(out, 'failing') + (code !== 0 && count(out, 'failing') === 0 ? 1 : 0);
  passed += p;
  failed += f;
  summary.push(`${name.padEnd(12)} ${code === 0 ? 'ok    ' : 'FAILED'} ${seconds.padStart(6)} s${p + f > 0 ? `  ${p} passed, ${f} failed` : ''}`);
  if (code !== 0) break;
}
console.log(`\nJourney Lens tests\n${summary.map((l) => `  ${l}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || summary.some((l) => l.includes('FAILED')) ? 1 : 0);
