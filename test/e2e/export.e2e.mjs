// "Export Journey…" from the palette, as an analyst uses it: every format,
// through its questions (format, view, findings, page size) and VS Code's own
// save dialog; then the HTML and the PDF are opened in a browser and
// photographed (test-output/e2e, copied into docs/images for the README).
import assert from 'assert';
import { readFileSync } from 'fs';
import { createServer } from 'http';
import { join } from 'path';
import { ROOT } from '../runner/workbench.mjs';
import { journeyLensWebview, pickCommand, quickOpen, runCommand } from './actions.mjs';
import { OUTPUT, openSession, slug } from './session.mjs';

const JOURNEY = 'jaarafrekening.journey.yaml';

/** Picks the row of the open quick pick whose label starts with `label`. */
async function choose(page, title, label) {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor();
  await page.locator('.quick-input-widget .quick-input-box input').fill(label);
  await page.locator(`.quick-input-list .monaco-list-row.focused[aria-label^="${label}"]`).waitFor();
  await page.keyboard.press('Enter');
}

/** VS Code's save dialog: waits for it to offer `file` (beside the journey), then saves there. */
async function save(page, file) {
  await page.waitForFunction((f) => document.querySelector('.quick-input-widget .quick-input-box input')?.value === f, file);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Waits for the extension's "Exported …" message (the file is written by then) and dismisses it. */
async function exported(page, name) {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: `Exported ${name}.` });
  await toast.waitFor();
  await toast.hover();
  await toast.locator('.codicon-notifications-clear').click();
  await toast.waitFor({ state: 'hidden' });
}

/** A page that renders `pdf` with pdf.js from node_modules, and says how many pages it drew. */
function servePdf(pdf) {
  const build = join(ROOT, 'node_modules', 'pdfjs-dist', 'legacy', 'build');
  const page = `<!DOCTYPE html><html><body style="margin:0;background:#888"><script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
const doc = await pdfjs.getDocument('/doc.pdf').promise;
for (let i = 1; i <= doc.numPages; i++) {
  const p = await doc.getPage(i);
  const viewport = p.getViewport({ scale: 1.5 });
  const canvas = Object.assign(document.createElement('canvas'), { width: viewport.width, height: viewport.height });
  canvas.style.cssText = 'display:block;margin:8px auto;width:' + viewport.width / 1.2 + 'px';
  document.body.append(canvas);
  await p.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
}
document.body.dataset.pages = String(doc.numPages);
</script></body></html>`;
  const files = { '/': ['text/html', page], '/doc.pdf': ['application/pdf', pdf], '/pdf.mjs': ['text/javascript', readFileSync(join(build, 'pdf.mjs'))], '/pdf.worker.mjs': ['text/javascript', readFileSync(join(build, 'pdf.worker.mjs'))] };
  const server = createServer((req, res) => {
    const f = files[req.url];
    if (!f) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': f[0] }).end(f[1]);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('Export Journey… from the palette', function () {
  this.timeout(240_000);
  let s;
  before(async () => {
    s = await openSession({ workspaceFrom: join(ROOT, 'examples') });
    await quickOpen(s.page, JOURNEY);
    await runCommand(s.page, 'Journey Lens: Open Preview to the Side');
    await journeyLensWebview(s.page).locator('.evidence-cell').first().waitFor();
    await quickOpen(s.page, JOURNEY);
  });
  after(async () => s?.close());
  afterEach(async function () {
    await s?.record(`export-${slug(this.currentTest.title)}`, this.currentTest.state === 'failed');
  });

  const formats = [
    { label: 'HTML', ext: 'html', head: '<!DOCTYPE html>' },
    { label: 'PDF', ext: 'pdf', head: '%PDF' },
    { label: 'PNG', ext: 'png', head: '\x89PNG' },
    { label: 'SVG', ext: 'svg', head: '<?xml' },
    { label: 'Mermaid', ext: 'md', head: '' },
  ];
  for (const f of formats) {
    it(`exports ${f.label}`, async () => {
      await pickCommand(s.page, 'Journey Lens: Export Journey…');
      await choose(s.page, 'Export Journey: format', f.label);
      if (f.ext !== 'md') {
        await choose(s.page, 'Export Journey: view', 'Blueprint');
        await choose(s.page, 'Export Journey: findings', 'With the findings');
      }
      if (f.ext === 'pdf') await choose(s.page, 'Export Journey: page size', 'A4');
      const file = join(s.workspace, `jaarafrekening.${f.ext}`);
      await save(s.page, file);
      await exported(s.page, `jaarafrekening.${f.ext}`);
      const content = readFileSync(file);
      assert.strictEqual(content.subarray(0, f.head.length).toString('latin1'), f.head);
      if (f.ext === 'md') assert.match(content.toString('utf8'), /```mermaid\njourney\n/);
      if (f.ext === 'svg') assert.match(content.toString('utf8'), /marker-end/);
    });
  }

  it('opens the HTML and the PDF in a browser, whole and with their arrows', async () => {
    const browser = s.page.context().browser();
    const view = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    try {
      await view.goto(`file://${join(s.workspace, 'jaarafrekening.html')}`);
      assert.ok(await view.locator('main.view.drawing svg polyline[marker-end]').count() >= 2, 'the handoff arrows');
      await view.screenshot({ path: join(OUTPUT, 'export-html.png') });
      await view.emulateMedia({ media: 'print' });
      assert.strictEqual(await view.locator('.print-page').count(), 1);
      assert.ok(await view.locator('.print-page svg').isVisible(), 'printing shows the pages');
      // The PDF drawn by pdf.js (Mozilla's renderer) into canvases, page by page: a second reader of the file.
      const server = await servePdf(readFileSync(join(s.workspace, 'jaarafrekening.pdf')));
      try {
        await view.emulateMedia({ media: 'screen' });
        await view.goto(`http://127.0.0.1:${server.address().port}/`);
        await view.locator('body[data-pages]').waitFor({ state: 'attached' });
        assert.strictEqual(await view.locator('body').getAttribute('data-pages'), '1');
        await view.screenshot({ path: join(OUTPUT, 'export-pdf.png') });
      } finally {
        server.close();
      }
    } finally {
      await view.close();
    }
  });
});
