#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests
// spawns: it translates --extensionDevelopmentPath / --extensionTestsPath and
// the workspace argument into a code-server workbench in Chromium, relays the
// suite's output and exits with the suite's exit code.
import { mkdtempSync, readFileSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { format } from 'util';
import { launchBrowser, startCodeServer, waitForWorkbench, workbenchUrl } from './workbench.mjs';

const TIMEOUT_MS = Number(process.env.JOURNEY_LENS_TEST_TIMEOUT ?? 10 * 60_000);

function parseArgs(argv) {
  const all = (name) => argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
  // A folder path, or with --folder-uri= (as VS Code takes it) the URI of a virtual workspace folder.
  const folder = all('folder-uri')[0] ?? argv.find((a) => !a.startsWith('-'));
  const extensionPaths = all('extensionDevelopmentPath');
  return { extensionPath: extensionPaths.length > 1 ? extensionPaths : extensionPaths[0], testsPath: all('extensionTestsPath')[0], folder };
}

async function main() {
  const { extensionPath, testsPath, folder } = parseArgs(process.argv.slice(2));
  if (!extensionPath || !testsPath || !folder) {
    console.error('launcher: needs --extensionDevelopmentPath=, --extensionTestsPath= and a workspace folder');
    return 2;
  }
  // The workbench's payload holds one extension under development: any further ones (a test
  // fixture such as the memfs file system) are installed into the extensions folder as links to
  // their folders, so that they still find the files beside them.
  const [developed, ...installed] = [extensionPath].flat();
  let extensionsDir;
  if (installed.length > 0) {
    extensionsDir = mkdtempSync(join(tmpdir(), 'journey-lens-extensions-'));
    for (const dir of installed) {
      const { publisher, name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      symlinkSync(dir, join(extensionsDir, `${publisher}.${name}-${version}`), 'dir');
      console.log(`launcher: installed ${basename(dir)} as ${publisher}.${name}`);
    }
  }
  const server = await startCodeServer({ env: { JOURNEY_LENS_TEST: '1' }, extensionsDir });
  const browser = await launchBrowser();
  let timer;
  try {
    const page = await browser.newPage();
    const exit = new Promise((resolve) => {
      page.exposeFunction('codeAutomationLog', (type, args) => {
        // The extension host sends console arguments: apply printf-style formats as console.log would.
        const line = format(...(Array.isArray(args) ? args : [args]));
        (type === 'error' ? console.error : console.log)(line);
      });
      page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
      timer = setTimeout(() => {
        console.error(`launcher: the suite did not finish within ${TIMEOUT_MS / 1000} s; code-server log: ${server.log}`);
        resolve(1);
      }, TIMEOUT_MS);
    });
    page.on('pageerror', (e) => console.error(`[workbench] ${e.message}`));
    await page.goto(workbenchUrl(server.port, { folder, extensionPath: developed, testsPath }));
    await waitForWorkbench(page).catch((e) => console.error(`launcher: workbench not ready: ${e.message}`));
    const code = await exit;
    if (code !== 0) console.error(`launcher: code-server log kept at ${server.log}`);
    return code;
  } finally {
    clearTimeout(timer);
    await browser.close();
    await server.stop();
  }
}

main().then((code) => process.exit(code), (e) => {
  console.error(`launcher: ${e.stack ?? e}`);
  process.exit(1);
});
