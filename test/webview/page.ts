/// <reference lib="dom" />
/**
 * The preview page outside VS Code: a small local server hands Chromium the
 * built media/preview.js and preview.css inside a page with the same CSP as
 * the real webview and a stand-in for acquireVsCodeApi that records what the
 * page posts and keeps its state in sessionStorage (so it survives reloads).
 */
import { readFileSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { EXPORT_PALETTE, inlineFont } from '../../src/core/blueprint/export-html';
import type { FromPage, PreviewState, ToPage } from '../../src/webview/protocol';

export const ROOT = path.resolve(__dirname, '../../../..');
const MEDIA = path.join(ROOT, 'media');
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'webview');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const NONCE = 'dGVzdC1ub25jZQ';

/** VS Code's high-contrast colours for the variables the stylesheet uses. */
const HIGH_CONTRAST = `:root {
  --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px; --vscode-editor-font-family: monospace;
  --vscode-foreground: #ffffff; --vscode-descriptionForeground: #ffffff; --vscode-editor-background: #000000;
  --vscode-editorWidget-background: #0c141f; --vscode-sideBar-background: #000000; --vscode-panel-border: #6fc3df;
  --vscode-contrastBorder: #6fc3df; --vscode-contrastActiveBorder: #f38518; --vscode-focusBorder: #f38518;
  --vscode-badge-background: #000000; --vscode-badge-foreground: #ffffff; --vscode-button-secondaryBackground: #000000;
  --vscode-button-secondaryForeground: #ffffff; --vscode-charts-blue: #3794ff; --vscode-charts-green: #89d185;
  --vscode-charts-orange: #d18616; --vscode-charts-purple: #b180d7; --vscode-charts-red: #f14c4c; --vscode-charts-yellow: #cca700;
  --vscode-editorError-foreground: #f48771; --vscode-editorWarning-foreground: #cca700; --vscode-editorInfo-foreground: #3794ff;
  --vscode-list-inactiveSelectionBackground: #000000; --vscode-textBlockQuote-background: #000000; --vscode-textBlockQuote-border: #ffffff;
}`;

export type Theme = 'light' | 'dark' | 'high-contrast';

/** Where openHtml serves a standalone page from (memory, through a route). */
const STANDALONE = 'http://standalone.test/';

/** The exported page's stylesheet: the built preview.css with its font inlined, as the export command makes it. */
export function exportCss(): string {
  return inlineFont(readFileSync(path.join(MEDIA, 'preview.css'), 'utf8'), readFileSync(path.join(MEDIA, 'codicon.ttf')).toString('base64'));
}

function pageHtml(origin: string, theme: Theme): string {
  const csp = `default-src 'none'; style-src ${origin}; font-src ${origin}; script-src 'nonce-${NONCE}'; img-src ${origin} data:`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="${origin}/theme-${theme}.css">
<link rel="stylesheet" href="${origin}/media/preview.css">
<script nonce="${NONCE}" src="${origin}/stand-in.js"></script>
</head><body class="vscode-${theme}"><div id="app"></div>
<script nonce="${NONCE}" src="${origin}/media/preview.js"></script>
</body></html>`;
}

/** What VS Code's webview host provides, recorded for the tests. */
const STAND_IN = `
window.__posted = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.acquireVsCodeApi = () => ({
  postMessage: (m) => window.__posted.push(m),
  getState: () => JSON.parse(sessionStorage.getItem('state') || 'null'),
  setState: (s) => sessionStorage.setItem('state', JSON.stringify(s)),
});`;

export class PreviewPage {
  private constructor(private readonly server: Server, private readonly browser: Browser, readonly origin: string) {}

  static async start(): Promise<PreviewPage> {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const origin = `http://${req.headers.host}`;
      const send = (type: string, body: string | Buffer) => {
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      };
      const theme = /^\/(light|dark|high-contrast)\.html$/.exec(url.pathname);
      if (theme) return send('text/html', pageHtml(origin, theme[1] as Theme));
      if (url.pathname === '/stand-in.js') return send('text/javascript', STAND_IN);
      if (url.pathname === '/theme-light.css') return send('text/css', EXPORT_PALETTE);
      if (url.pathname === '/theme-dark.css') return send('text/css', EXPORT_PALETTE);
      if (url.pathname === '/theme-high-contrast.css') return send('text/css', HIGH_CONTRAST);
      const media = /^\/media\/(preview\.js|preview\.css|codicon\.ttf)$/.exec(url.pathname);
      if (media) {
        const type = media[1].endsWith('.js') ? 'text/javascript' : media[1].endsWith('.css') ? 'text/css' : 'font/ttf';
        return send(type, readFileSync(path.join(MEDIA, media[1])));
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    } catch (e) {
      // The suites' after() hooks have no page to stop when start() fails: a server left
      // listening would keep mocha running after its summary, and `npm test` would never end.
      await new Promise((resolve) => server.close(resolve));
      throw e;
    }
    return new PreviewPage(server, browser, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }

  /** A blank page in a fresh context. */
  async newPage(size = { width: 1280, height: 800 }, theme: Theme = 'light'): Promise<Page> {
    const context = await this.browser.newContext({ viewport: size, colorScheme: theme === 'dark' ? 'dark' : 'light' });
    return context.newPage();
  }

  /**
   * A fresh page showing `html` as a document of its own (an export, a
   * report). It records CSP violations from before any page script runs (read
   * them with violations()) and every request the page makes besides itself.
   */
  async openHtml(html: string, size?: { width: number; height: number }): Promise<{ page: Page; requests: string[] }> {
    const page = await this.newPage(size);
    await page.addInitScript(() => {
      const w = window as unknown as Recorded;
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const requests: string[] = [];
    page.on('request', (r) => { if (r.url() !== STANDALONE && !r.url().startsWith('data:')) requests.push(r.url()); });
    await page.route(STANDALONE, (r) => r.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(STANDALONE);
    return { page, requests };
  }

  /** A fresh page (fresh state) in the given theme, with the preview loaded and its `ready` posted. */
  async open(theme: Theme = 'light', size = { width: 1280, height: 800 }): Promise<Page> {
    const page = await this.newPage(size, theme);
    page.on('pageerror', (e) => { throw e; });
    await page.goto(`${this.origin}/${theme}.html`);
    await page.waitForFunction(() => (window as unknown as Recorded).__posted.some((m) => m.type === 'ready'));
    return page;
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

interface Recorded {
  __posted: FromPage[];
  __violations: string[];
}

/**
 * Delivers a message as the extension would, synchronously: the page has
 * handled it when this returns, so a test can look at the result at once
 * (window.postMessage would queue it behind the test's next query).
 */
export async function send(page: Page, message: ToPage): Promise<void> {
  await page.evaluate((m) => window.dispatchEvent(new MessageEvent('message', { data: m })), message);
}

export async function posted(page: Page): Promise<FromPage[]> {
  return page.evaluate(() => (window as unknown as Recorded).__posted);
}

export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Recorded).__violations);
}

export async function pageState(page: Page): Promise<PreviewState | null> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('state') || 'null') as PreviewState | null);
}
