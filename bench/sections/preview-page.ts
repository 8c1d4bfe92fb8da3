/**
 * The page the preview benchmark loads: media/preview.js and its styles, a
 * stand-in for acquireVsCodeApi, and a timer that posts `update` messages
 * and waits for the next animation frame after each render.
 */

export const ORIGIN = 'http://journey-lens.bench';

export const PAGE_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="${ORIGIN}/palette.css">
<link rel="stylesheet" href="${ORIGIN}/media/preview.css">
<script src="${ORIGIN}/harness.js"></script>
</head><body class="vscode-light"><div id="app"></div>
<script src="${ORIGIN}/media/preview.js"></script>
</body></html>`;

/**
 * Runs in the page. window.__timeUpdates(message, warmup, runs) posts the
 * message again and again with rising versions (the page drops older ones),
 * each time with one more character in the middle step's customer text, as
 * typing does, and resolves with, for each, the time from postMessage to the first
 * animation frame after the page handled it (`frame`), and to the end of the
 * page's own message handler (`handler`: the render itself). Our listener is
 * added after the page's, so it runs after the render; the page draws its
 * arrows in an earlier frame callback, and reading the layout makes sure
 * that layout is done.
 */
export const HARNESS_JS = `
window.__posted = [];
window.acquireVsCodeApi = () => ({
  postMessage: (m) => window.__posted.push(m),
  getState: () => undefined,
  setState: () => undefined,
});
/* "Fit" from the palette: a zoom message, then the first frame after it with the layout done.
   Each Fit follows a zoom in, so that every run really changes the layout. */
window.__timeFit = async (warmup, runs) => {
  const app = document.getElementById('app');
  const times = [];
  const post = (command) => new Promise((resolve) => {
    const start = performance.now();
    const onMessage = () => {
      window.removeEventListener('message', onMessage);
      requestAnimationFrame(() => {
        app.getBoundingClientRect();
        resolve(performance.now() - start);
      });
    };
    window.addEventListener('message', onMessage);
    window.postMessage({ type: 'zoom', command }, '*');
  });
  for (let i = 0; i < warmup + runs; i++) {
    await post('in');
    const t = await post('fit');
    if (i >= warmup) times.push(t);
  }
  return times;
};
window.__timeUpdates = async (base, warmup, runs) => {
  const app = document.getElementById('app');
  const frame = [];
  const handler = [];
  let version = base.version;
  for (let i = 0; i < warmup + runs; i++) {
    // As typing does: each update changes the customer text of the middle step.
    const steps = base.blueprint.steps.slice();
    const mid = Math.floor(steps.length / 2);
    steps[mid] = Object.assign({}, steps[mid], { customer: (steps[mid].customer || '') + 'abcdefghij'[i % 10] });
    const message = Object.assign({}, base, { version: ++version, blueprint: Object.assign({}, base.blueprint, { steps }) });
    const [toFrame, toHandled] = await new Promise((resolve) => {
      let start = 0;
      const onMessage = () => {
        const handled = performance.now() - start;
        window.removeEventListener('message', onMessage);
        requestAnimationFrame(() => {
          app.getBoundingClientRect();
          resolve([performance.now() - start, handled]);
        });
      };
      window.addEventListener('message', onMessage);
      start = performance.now();
      window.postMessage(message, '*');
    });
    if (i >= warmup) {
      frame.push(toFrame);
      handler.push(toHandled);
    }
  }
  return { frame, handler, cells: app.querySelectorAll('[data-select]').length };
};`;
