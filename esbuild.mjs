// Bundles the extension, the CLI and (when present) the preview page.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** One entry per bundle; entries whose source does not exist yet are skipped. */
const entries = [
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    // The evidence worker thread, started by the extension: logs are read and mapped there.
    entryPoints: ['src/extension/evidence/worker.ts'],
    outfile: 'dist/evidence-worker.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    // The drawn exports (SVG, PNG, PDF): loaded only when someone exports (src/core/export/loader.ts).
    entryPoints: ['src/core/export/index.ts'],
    outfile: 'dist/exporters.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    // Spreadsheets in and out (.xlsx, with exceljs): loaded only when someone imports or exports one (src/core/sheets/loader.ts).
    entryPoints: ['src/core/sheets/index.ts'],
    outfile: 'dist/sheets.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    entryPoints: ['src/webview/main.ts'],
    outfile: 'media/preview.js',
    platform: 'browser',
    format: 'iife',
  },
  {
    // The preview's styles with the codicon font, copied next to them as media/codicon.ttf.
    entryPoints: ['src/webview/preview.css'],
    outfile: 'media/preview.css',
    platform: 'browser',
    loader: { '.ttf': 'file' },
    assetNames: '[name]',
  },
];

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  target: 'node20',
  logLevel: 'warning',
};

// A production build leaves no source maps of an earlier development build behind
// (the package's allowlist takes all of media/ and dist/).
if (production) {
  for (const dir of ['dist', 'media']) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.map')) rmSync(`${dir}/${f}`);
  }
}

// What the exporters read at run time, beside them: the font with its licence, and resvg's WebAssembly.
mkdirSync('dist/fonts', { recursive: true });
for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) copyFileSync(`node_modules/dejavu-fonts-ttf/ttf/${f}`, `dist/fonts/${f}`);
copyFileSync('node_modules/dejavu-fonts-ttf/LICENSE', 'dist/fonts/LICENSE');
copyFileSync('node_modules/@resvg/resvg-wasm/index_bg.wasm', 'dist/resvg.wasm');

const builds = entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => ({ ...common, ...e, target: e.platform === 'browser' ? 'es2022' : 'node20' }));
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
