#!/usr/bin/env node
// Runs the integration suites inside a real VS Code. Here (no VS Code download
// possible) runTests spawns our code-server launcher; with
// JOURNEY_LENS_VSCODE=desktop the very same call downloads and uses VS Code.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from '../runner/workbench.mjs';

// The suites edit files: they get a fresh copy of the fixture workspace.
const workspace = mkdtempSync(join(tmpdir(), 'journey-lens-ws-'));
cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

const desktop = process.env.JOURNEY_LENS_VSCODE === 'desktop';
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out', 'integration', 'test', 'integration', 'suite', 'index.js'),
    launchArgs: [workspace],
    vscodeExecutablePath: desktop ? undefined : join(ROOT, 'test', 'runner', 'launcher.mjs'),
  });
} catch (e) {
  console.error(`Integration tests failed: ${e.message}`);
  process.exit(1);
}
