// One code-server + Chromium + workbench page per e2e suite, with the
// extension under development loaded and a fresh copy of the fixture workspace.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { launchBrowser, ROOT, startCodeServer, waitForWorkbench, workbenchUrl } from '../runner/workbench.mjs';

export const OUTPUT = join(ROOT, 'test-output', 'e2e');

/** `workspaceFrom`: the folder copied as the workspace (default: the fixture workspace). */
export async function openSession({ settings, locale, extensionsDir, extensionPath, workspaceFrom, workspaceTrust } = {}) {
  mkdirSync(OUTPUT, { recursive: true });
  const workspace = mkdtempSync(join(tmpdir(), 'journey-lens-e2e-'));
  cpSync(workspaceFrom ?? join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  const server = await startCodeServer({ settings, locale, extensionsDir, workspaceTrust });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  // extensionPath null: no extension under development (the packaged copy is tested).
  await page.goto(workbenchUrl(server.port, { folder: workspace, extensionPath: extensionPath === undefined ? ROOT : extensionPath }));
  await waitForWorkbench(page);
  return {
    page,
    workspace,
    server,
    /** Screenshot for a scenario; on failure also keep the logs, and say where. */
    async record(name, failed) {
      const file = join(OUTPUT, `${name}.png`);
      await page.screenshot({ path: file }).catch(() => undefined);
      if (failed) {
        writeFileSync(join(OUTPUT, `${name}.console.log`), consoleLines.join('\n'));
        copyFileSync(server.log, join(OUTPUT, `${name}.code-server.log`));
        console.error(`    e2e: screenshot and logs of '${name}' in ${OUTPUT}`);
      }
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

export function slug(title) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
