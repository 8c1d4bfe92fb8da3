#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests
// spawns: it translates --extensionDevelopmentPath / --extensionTestsPath and
// the workspace argument into a code-server workbench in Chromium, relays the
// suite's output and exits with the suite's exit code.
import { format } from 'util';
import { launchBrowser, startCodeServer, waitForWorkbench, workbenchUrl } from './workbench.mjs';

const TIMEOUT_MS = Number(process.env.JOURNEY_LENS_TEST_TIMEOUT ?? 10 * 60_000);

function parseArgs(argv) {
  const get = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const folder = argv.find((a) => !a.startsWith('-'));
  return { extensionPath: get('extensionDevelopmentPath'), testsPath: get('extensionTestsPath'), folder };
}

async function main() {
  const { extensionPath, testsPath, folder } = parseArgs(process.argv.slice(2));
  if (!extensionPath || !testsPath || !folder) {
    console.error('launcher: needs --extensionDevelopmentPath=, --extensionTestsPath= and a workspace folder');
    return 2;
  }
  const server = await startCodeServer({ env: { JOURNEY_LENS_TEST: '1' } });
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
    await page.goto(workbenchUrl(server.port, { folder, extensionPath, testsPath }));
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
