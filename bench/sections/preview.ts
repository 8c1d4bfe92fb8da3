/**
 * The preview applying an `update` in headless Chromium: the built
 * media/preview.js fed the blueprint that src/core/blueprint builds from a
 * generated journey, timed from postMessage to the next animation frame.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { buildBlueprint } from '../../src/core/blueprint/build';
import { EXPORT_PALETTE } from '../../src/core/blueprint/export-html';
import { CatalogCache } from '../../src/core/model/catalogs';
import { analyseText } from '../../src/core/engine/check';
import { HARNESS_JS, ORIGIN, PAGE_HTML } from './preview-page';
import { benchJourney } from '../../test/fixtures/generated/corpus/journey';
import { median } from '../measure';
import { ROOT } from '../paths';
import { ms, type Row } from '../table';
import { JOURNEY_PATH } from '../tools/checker';
import { catalogHost, TODAY } from '../tools/journey-lens';
import { sizeLabel } from './side-by-side';

export const PREVIEW_SIZES = [30, 300];
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SECTION = 'Preview';

/** Why the preview cannot be timed here, if it cannot. */
export function previewMissing(): string | undefined {
  if (!existsSync(path.join(ROOT, 'src/webview/main.ts'))) return 'the preview page (src/webview/main.ts) is not there yet';
  const protocol = path.join(ROOT, 'src/webview/protocol.ts');
  if (!existsSync(protocol) || !/type: 'update'/.test(readFileSync(protocol, 'utf8'))) return "the preview's `update` message is not in src/webview/protocol.ts yet";
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  return undefined;
}

async function updateMessage(n: number): Promise<{ message: object; input: string }> {
  const text = benchJourney(n);
  const analysis = await analyseText(JOURNEY_PATH, text, catalogHost(), { today: TODAY, catalogs: new CatalogCache(), maxBytes: Infinity });
  const message = { type: 'update', uri: `file://${JOURNEY_PATH}`, locked: false, version: 1, blueprint: buildBlueprint(analysis), stale: false, defaultView: 'blueprint' };
  return { message, input: sizeLabel(n, Buffer.byteLength(text)) };
}

interface Timed {
  frame: number[];
  handler: number[];
  cells: number;
}

const MEDIA_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf' };

export async function preview(floors: ReadonlyMap<number, number>, log: (line: string) => void): Promise<Row[]> {
  const missing = previewMissing();
  if (missing) return PREVIEW_SIZES.map((n) => ({ section: SECTION, measure: 'Preview applies an update', input: `${n} steps`, value: `n/a (${missing})`, key: `preview-${n}` }));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const rows: Row[] = [];
  try {
    for (const n of PREVIEW_SIZES) {
      const { message, input } = await updateMessage(n);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Served from memory: the page makes no network request.
      await page.route(`${ORIGIN}/**`, (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/preview.html') return route.fulfill({ contentType: 'text/html', body: PAGE_HTML });
        if (url.pathname === '/harness.js') return route.fulfill({ contentType: 'text/javascript', body: HARNESS_JS });
        if (url.pathname === '/palette.css') return route.fulfill({ contentType: 'text/css', body: EXPORT_PALETTE });
        const file = path.join(ROOT, url.pathname);
        if (url.pathname.startsWith('/media/') && existsSync(file)) return route.fulfill({ contentType: MEDIA_TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
        return route.fulfill({ status: 404, body: '' });
      });
      await page.goto(`${ORIGIN}/preview.html`);
      await page.waitForFunction('window.__posted.some((m) => m.type === "ready")');
      const result = (await page.evaluate(([m, warmup, runs]) => (globalThis as unknown as { __timeUpdates: (m: object, w: number, r: number) => Promise<Timed> }).__timeUpdates(m as object, warmup as number, runs as number), [message, 3, n >= 300 ? 15 : 25])) as Timed;
      const fit = (await page.evaluate(([warmup, runs]) => (globalThis as unknown as { __timeFit: (w: number, r: number) => Promise<number[]> }).__timeFit(warmup, runs), [2, 9])) as number[];
      await page.close();
      if (errors.length > 0) throw new Error(`the preview page failed: ${errors[0]}`);
      const t = median(result.frame);
      log(`  preview update, ${input}: ${ms(t)}`);
      rows.push({
        section: SECTION, measure: 'Preview applies an update (postMessage → next frame)', input, value: ms(t), ms: t, floorMs: floors.get(n), key: `preview-${n}`,
        note: `the page's message handler (the render) ${ms(median(result.handler))}, the rest is layout, arrows and the wait for the frame; ${result.cells} cells; ${result.frame.length} updates after 3 warm-up; headless Chromium ${browser.version()}, production bundle`,
      });
      log(`  preview Fit, ${input}: ${ms(median(fit))}`);
      rows.push({
        section: SECTION, measure: '"Fit" from the palette (zoom message → next frame, after a zoom in)', input, value: ms(median(fit)), ms: median(fit), key: `preview-fit-${n}`,
        note: `median of ${fit.length} after 2 warm-up; 1280 × 800 viewport`,
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
