/**
 * The HTML report's stylesheet, inlined into the page: the report is one
 * file that opens anywhere (a browser, a CI artifact, a VS Code webview)
 * without fetching anything. Light and dark follow the reader's system.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --surface: #ffffff; --text: #1f2328; --muted: #59636e; --border: #d8dee4; --stripe: #f8f9fb;
  --accent: #0b57d0;
  --bad: #b42318; --bad-bg: #fdecea; --warn: #8a5300; --warn-bg: #fff3d6; --ok: #1a7f37; --ok-bg: #e7f5ea;
  --font: system-ui, -apple-system, "Segoe UI", Ubuntu, Roboto, sans-serif;
  --mono: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1318; --surface: #171c22; --text: #e6edf3; --muted: #9aa4ae; --border: #2f3740; --stripe: #1b2129;
    --accent: #7cb3ff;
    --bad: #ff8a80; --bad-bg: #3b1d1c; --warn: #f0c05a; --warn-bg: #3a2f14; --ok: #6fdc8c; --ok-bg: #16301f;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.5 var(--font); }
main { max-width: 1240px; margin: 0 auto; padding: 32px 24px 48px; }
header h1 { margin: 0 0 4px; font-size: 28px; letter-spacing: -0.01em; }
header p { margin: 0; color: var(--muted); }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
nav { margin: 16px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 14px; }
.figures { list-style: none; margin: 24px 0 8px; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; }
.figures a { display: block; height: 100%; padding: 12px 14px; border: 1px solid var(--border); border-left: 5px solid var(--ok); border-radius: 8px; background: var(--surface); color: var(--text); }
.figures a:hover { text-decoration: none; border-color: var(--accent); }
.figures .bad { border-left-color: var(--bad); }
.figures .warn { border-left-color: var(--warn); }
.figures .value { display: block; font-size: 30px; font-weight: 650; line-height: 1.1; font-variant-numeric: tabular-nums; }
.figures .total { font-size: 15px; font-weight: 500; color: var(--muted); }
.figures .bad .value { color: var(--bad); }
.figures .warn .value { color: var(--warn); }
.figures .what { display: block; margin-top: 2px; font-size: 14px; font-weight: 500; line-height: 1.35; }
.figures .context { display: block; margin-top: 4px; color: var(--muted); font-size: 12.5px; line-height: 1.35; }
section { margin-top: 40px; }
h2 { margin: 0 0 4px; font-size: 20px; }
.why { margin: 0 0 12px; color: var(--muted); max-width: 80ch; }
.none { padding: 12px 14px; border: 1px dashed var(--border); border-radius: 8px; color: var(--muted); background: var(--surface); }
.scroll { overflow-x: auto; border: 1px solid var(--border); border-radius: 8px; background: var(--surface); }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
caption { caption-side: top; text-align: left; padding: 10px 12px; color: var(--muted); font-size: 13px; border-bottom: 1px solid var(--border); }
th, td { padding: 8px 12px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--border); }
thead th { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); white-space: nowrap; background: var(--stripe); }
tbody tr:last-child > * { border-bottom: 0; }
tbody th { font-weight: 600; }
tbody.group + tbody.group { border-top: 2px solid var(--border); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.zero { color: var(--muted); opacity: 0.7; }
td.num.bad { color: var(--bad); font-weight: 650; }
td.num.warn { color: var(--warn); font-weight: 650; }
.sub { display: block; font-weight: 400; color: var(--muted); font-size: 12.5px; }
.path { font-family: var(--mono); font-size: 12px; overflow-wrap: break-word; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12.5px; font-weight: 600; white-space: nowrap; }
.pill.bad { color: var(--bad); background: var(--bad-bg); }
.pill.warn { color: var(--warn); background: var(--warn-bg); }
.pill.ok { color: var(--ok); background: var(--ok-bg); }
.pill.muted { color: var(--muted); background: var(--stripe); border: 1px solid var(--border); }
.steps { margin: 0; padding: 0; list-style: none; }
.steps li + li { margin-top: 2px; }
.steps .journey { font-weight: 600; }
.dir { white-space: nowrap; }
.dir .arrow { color: var(--muted); padding: 0 2px; }
.long { min-width: 22ch; max-width: 44ch; }
.who { min-width: 18ch; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
@media print {
  body { background: #fff; }
  .scroll, .figures a { border-color: #bbb; }
  nav { display: none; }
}
`;
