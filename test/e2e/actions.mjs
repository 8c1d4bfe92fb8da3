// What an analyst does in the workbench, with selectors that held up (testing.md).
// Every step waits for a condition, never for time.
import { basename } from 'path';
import { errors } from 'playwright-core';

export async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator(`.quick-input-list .monaco-list-row.focused[aria-label*="${name}"]`).waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor();
  await editorLines(page, name).waitFor();
}

export function editorLines(page, name) {
  return page.locator(`.monaco-editor[data-uri$="${name}"] .view-lines`);
}

const ATTEMPTS = 5;
const ATTEMPT_MS = 15_000;

/**
 * Picks a command in the palette (F1); what it opens next (a picker, a dialog) may reuse the same box.
 * The palette lists the commands known when it opens: right after the workbench appears, the
 * Extensions commands may register a moment later (seen on a loaded CI machine), so a palette
 * that shows "No matching commands" is closed and opened again, a bounded number of times.
 * A palette that shows neither the command nor that row (once on CI, right after a fresh
 * workbench in Dutch came up; its picture stayed on that machine) gets the same second chance
 * after ATTEMPT_MS; the last attempt's error says which rows it showed.
 */
export async function pickCommand(page, title) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const rows = page.locator('.quick-input-list .monaco-list-row');
  const row = page.locator(`.quick-input-list .monaco-list-row.focused[aria-label*="${title}"]`);
  const none = page.locator('.quick-input-list .monaco-list-row[aria-label*="No matching commands"]');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    // Only a timeout means "try again": a closed page or a broken selector fails at once.
    const shown = await row.or(none).first().waitFor({ timeout: ATTEMPT_MS }).then(
      () => true,
      (e) => {
        if (e instanceof errors.TimeoutError) return false;
        throw e;
      },
    );
    if (shown && (await row.isVisible())) break;
    if (attempt === ATTEMPTS) {
      const labels = await rows.evaluateAll((r) => r.map((e) => e.getAttribute('aria-label')));
      throw new Error(`the command palette has no command "${title}" after ${ATTEMPTS} tries; it shows: ${JSON.stringify(labels)}`);
    }
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }
  await page.keyboard.press('Enter');
}

/** Runs a command that asks nothing: the palette closes. */
export async function runCommand(page, title) {
  await pickCommand(page, title);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

export async function showProblems(page) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible' });
  return panel;
}

/** The Problems panel row whose text contains `text` (message, source, [Ln x, Col y]). */
export function problemRow(page, text) {
  return page.locator('.markers-panel .monaco-list-row', { hasText: text });
}

/** Puts the cursor at line/column (1-based) with Go to Line. */
export async function goToLine(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  // Go to Line is Quick Open with a ":" prefix; filling the box replaces the prefix, so write it.
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Picks a colour theme with "Preferences: Color Theme", as a user does, and waits until it is applied. */
export async function setColorTheme(page, theme) {
  const before = await page.locator('.monaco-workbench').evaluate((e) => getComputedStyle(e).backgroundColor);
  // Ctrl+K Ctrl+T opens the theme picker (the palette ranks "Browse Color Themes" first).
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(theme);
  await page.locator(`.quick-input-list .monaco-list-row.focused[aria-label*="${theme}"]`).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.waitForFunction((bg) => getComputedStyle(document.querySelector('.monaco-workbench')).backgroundColor !== bg, before);
}

/**
 * The page inside one of Journey Lens's webview panels (a preview, the
 * portfolio report), through VS Code's two iframes; `title` is the panel's
 * title, or any panel when left out. Re-resolved on every use.
 */
const JOURNEY_LENS_FRAME = 'iframe.webview.ready[src*="extensionId=journey-lens.journey-lens"]';

export function journeyLensWebview(page, title) {
  return page
    .frameLocator(JOURNEY_LENS_FRAME)
    .frameLocator(title === undefined ? 'iframe#active-frame' : `iframe#active-frame[title="${title}"]`);
}

/**
 * Installs a .vsix with "Extensions: Install from VSIX...", typing its path
 * into VS Code's own file dialog, and waits until VS Code says it is done.
 * The file should sit in a folder of a few entries, for the dialog to show it.
 */
export async function installFromVsix(page, file) {
  await pickCommand(page, 'Extensions: Install from VSIX...');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Install from VSIX' }).waitFor();
  // The dialog starts in the home folder and writes its path once it has listed it: typed
  // before then, the text is overwritten.
  await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-box input')?.value.startsWith('/'));
  await page.locator('.quick-input-list .monaco-list-row', { hasText: /^\.\.$/ }).waitFor();
  await input.fill(file);
  // The dialog lists the typed folder once it has read it (and draws only the rows that fit:
  // keep the file in a small folder); then Install takes the typed path.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: basename(file) }).waitFor();
  await page.waitForFunction((f) => document.querySelector('.quick-input-widget .quick-input-box input')?.value === f, file);
  await page.locator('.quick-input-widget .monaco-button', { hasText: /^Install$/ }).click();
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Completed installing' });
  await toast.waitFor();
  // Dismissed, so that the next install waits for its own message.
  await toast.hover();
  await toast.locator('.codicon-notifications-clear').click();
  await toast.waitFor({ state: 'hidden' });
}

/**
 * journeyLensWebview() for a panel titled `title` while other Journey Lens
 * panels are open too (a preview beside a report): waits for the panel and
 * picks its outer frame, which carries no title of its own.
 */
export async function journeyLensPanel(page, title) {
  const outer = JOURNEY_LENS_FRAME;
  const found = await page.waitForFunction(([o, t]) => {
    const i = [...document.querySelectorAll(o)].findIndex((f) => f.contentDocument?.querySelector(`iframe#active-frame[title="${t}"]`));
    return i + 1;
  }, [outer, title]);
  return page.frameLocator(outer).nth((await found.jsonValue()) - 1).frameLocator(`iframe#active-frame[title="${title}"]`);
}
