// A real VS Code for tests on machines that cannot download one: code-server
// 4.100.3 (VS Code 1.100.3) plus Debian's Chromium driven by playwright-core.
// Used by the integration launcher and the end-to-end suites. See
// ../../../shared/testing.md for the recipe and why each flag is there.
import { spawn } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync, createWriteStream } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { fileURLToPath } from 'url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER = join(ROOT, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const EXTENSION_ID = 'journey-lens.journey-lens';

const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'git.enabled': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.acceptSuggestionOnEnter': 'off',
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};

function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.unref();
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });
}

async function waitForHealth(port, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('code-server did not become healthy within 60 s');
}

/**
 * Starts code-server with a fresh user-data folder. `settings` are merged over
 * the defaults; `env` reaches the extension host. `workspaceTrust`: keep
 * VS Code's workspace trust (off by default, so that every suite runs trusted).
 */
export async function startCodeServer({ settings = {}, env = {}, extensionsDir, locale, workspaceTrust = false } = {}) {
  const run = mkdtempSync(join(tmpdir(), 'journey-lens-vscode-'));
  const user = join(run, 'user-data', 'User');
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  if (locale) writeFileSync(join(user, 'locale.json'), JSON.stringify({ locale }));
  writeFileSync(join(run, 'config.yaml'), '{}\n');
  const port = await freePort();
  const log = join(run, 'code-server.log');
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', '--config', join(run, 'config.yaml'),
    '--user-data-dir', join(run, 'user-data'), '--extensions-dir', extensionsDir ?? join(run, 'extensions'),
  ];
  if (locale) args.push('--locale', locale);
  const child = spawn(CODE_SERVER, args, {
    env: { ...process.env, ...env, XDG_CONFIG_HOME: join(run, 'xdg-config'), XDG_DATA_HOME: join(run, 'xdg-data'), XDG_CACHE_HOME: join(run, 'xdg-cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(log);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  await waitForHealth(port, child, Date.now() + 60_000);
  return {
    port,
    run,
    log,
    stop: () => new Promise((res) => {
      if (child.exitCode !== null) return res();
      child.once('exit', () => res());
      child.kill('SIGTERM');
    }),
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * The workbench URL for a folder (a path on the server, or a URI such as
 * memfs:/ws for a virtual workspace), with the extensions under development
 * (a path or several) and a test suite in the payload.
 */
export function workbenchUrl(port, { folder, extensionPath = ROOT, testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  for (const p of [extensionPath ?? []].flat()) payload.push(['extensionDevelopmentPath', remote(p)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const query = new URLSearchParams({ folder });
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query}`;
}

/** Waits until the workbench has restored its editors and handled extension points. */
export async function waitForWorkbench(page, timeout = 60_000) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.waitForFunction(
    () => performance.getEntriesByName('code/didHandleExtensionPoints').length > 0 && performance.getEntriesByName('code/didRestoreEditors').length > 0,
    undefined,
    { timeout },
  );
}
