#!/usr/bin/env node
// Runs the integration suites inside a real VS Code. Here (no VS Code download
// possible) runTests spawns our code-server launcher; with
// JOURNEY_LENS_VSCODE=desktop the very same call downloads and uses VS Code.
//
// Two runs: the suites on a folder on disk, then the virtual-* suites on a
// virtual workspace (memfs:/ws, an in-memory file system that the fixture
// extension test/fixtures/memfs-extension provides, as vscode.dev provides one).
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from '../runner/workbench.mjs';

const VIRTUAL = 'virtual-';
const only = process.env.JOURNEY_LENS_ONLY || undefined;
/** JOURNEY_LENS_ONLY=virtual… names only virtual-* suites: the run on disk is left out. */
const onlyVirtual = only !== undefined && (only.startsWith(VIRTUAL) || VIRTUAL.startsWith(only));
const desktop = process.env.JOURNEY_LENS_VSCODE === 'desktop';
const common = {
  extensionTestsPath: join(ROOT, 'out', 'integration', 'test', 'integration', 'suite', 'index.js'),
  vscodeExecutablePath: desktop ? undefined : join(ROOT, 'test', 'runner', 'launcher.mjs'),
};

try {
  if (!onlyVirtual) {
    // The suites edit files: they get a fresh copy of the fixture workspace.
    const workspace = mkdtempSync(join(tmpdir(), 'journey-lens-ws-'));
    cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    await runTests({ ...common, extensionDevelopmentPath: ROOT, launchArgs: [workspace] });
  }
  if (!only || onlyVirtual) {
    await runTests({
      ...common,
      extensionDevelopmentPath: [ROOT, join(ROOT, 'test', 'fixtures', 'memfs-extension')],
      launchArgs: ['--folder-uri=memfs:/ws'],
    });
  }
} catch (e) {
  console.error(`Integration tests failed: ${e.message}`);
  process.exit(1);
}
