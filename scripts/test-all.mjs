#!/usr/bin/env node
// `npm test`: first installs what the tests need (scripts/setup-test-machine.mjs),
// then every layer in order (types, lint, unit, the preview page in Chromium,
// integration in VS Code, end-to-end in VS Code, the packaged extension), each
// with its wall time and test count, then one closing line "N passed, N failed".
// Stops at the first failing layer, so a broken build does not cascade into noise.
import { spawn } from 'child_process';
import { fileURLToPath } from 'url';

const MINUTE = 60_000;
// Each layer's safety timeout, a few times its usual wall time on a slow shared
// machine: a layer that hangs (a browser or server left open) must still end,
// as FAILED in the summary, rather than keep `npm test` and CI waiting forever.
const LAYERS = [
  ['setup', 'setup-test-machine', 20 * MINUTE],
  ['types', 'typecheck', 10 * MINUTE],
  ['lint', 'lint', 10 * MINUTE],
  ['build', 'build', 10 * MINUTE],
  ['unit', 'test:unit', 20 * MINUTE],
  ['webview', 'test:webview', 15 * MINUTE],
  ['integration', 'test:integration', 20 * MINUTE],
  ['end-to-end', 'test:e2e', 30 * MINUTE],
  ['package', 'test:package', 20 * MINUTE],
];

let running;
// The layers run in process groups of their own (to be killed whole), so Ctrl+C
// reaches only this process: pass it on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    running?.kill('SIGKILL');
    process.exit(130);
  });
}

/** Sends `signal` to the child's whole process group (npm, mocha, code-server, Chromium). */
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already ended.
  }
}

/**
 * Runs `command` with its output relayed; kills its process group after
 * `timeoutMs`. Resolves with its exit code (1 when killed), its output and
 * whether it timed out.
 */
export function runLayer(command, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running = { kill: (signal) => killGroup(child, signal) };
    let out = '';
    let timedOut = false;
    const relay = (stream, target) => stream.on('data', (d) => {
      out += d;
      target.write(d);
    });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    const timer = setTimeout(() => {
      timedOut = true;
      process.stderr.write(`\ntest-all: no end after ${timeoutMs / 1000} s; stopping the layer and everything it started\n`);
      killGroup(child, 'SIGTERM');
      setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref();
    }, timeoutMs);
    // 'close' waits for the output pipes, which a process left behind by the layer may hold:
    // once the layer itself has exited, end the rest of its group.
    child.on('exit', () => killGroup(child, 'SIGKILL'));
    child.on('close', (code) => {
      clearTimeout(timer);
      running = undefined;
      resolve({ code: timedOut ? 1 : code ?? 1, out, timedOut });
    });
  });
}

const count = (out, word) => [...out.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);

/** Runs the layers in order, prints the summary and returns the exit code. */
export async function runLayers(layers) {
  const summary = [];
  let passed = 0;
  let failed = 0;
  for (const [name, command, timeoutMs] of layers) {
    const start = Date.now();
    const { code, out, timedOut } = await runLayer(command, timeoutMs);
    const seconds = ((Date.now() - start) / 1000).toFixed(1);
    const p = count(out, 'passing');
    const f = count(out, 'failing') + (code !== 0 && count(out, 'failing') === 0 ? 1 : 0);
    passed += p;
    failed += f;
    const status = code === 0 ? 'ok    ' : 'FAILED';
    summary.push(`${name.padEnd(12)} ${status} ${seconds.padStart(6)} s${p + f > 0 ? `  ${p} passed, ${f} failed` : ''}${timedOut ? `  (stopped: no end after ${timeoutMs / 1000} s)` : ''}`);
    if (code !== 0) break;
  }
  console.log(`\nJourney Lens tests\n${summary.map((l) => `  ${l}`).join('\n')}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || summary.some((l) => l.includes('FAILED')) ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(await runLayers(LAYERS.map(([name, script, timeoutMs]) => [name, ['npm', 'run', '--silent', script], timeoutMs])));
}
