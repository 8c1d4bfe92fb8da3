/**
 * Finds the drawn exporters and their assets at run time. In the package
 * they are a bundle of their own beside the caller (dist/exporters.js, with
 * dist/fonts and dist/resvg.wasm), required only when someone exports, so
 * that pdfkit and resvg cost nothing until then; in the tests, which run the
 * compiled sources, they are the module itself and the files in node_modules.
 * The paths are computed, so a bundler leaves the require alone.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as Exporters from '.';

export interface LoadedExporters {
  exporters: typeof Exporters;
  fontsDir: string;
  wasmFile: string;
}

/** `here`: the caller's __dirname (dist/ in the package, out/src/<folder> in the tests). */
export function loadExporters(here: string): LoadedExporters {
  const root = path.resolve(here, '..', '..', '..');
  const bundled = path.join(here, 'exporters.js');
  const module = fs.existsSync(bundled) ? bundled : path.join(here, '..', 'core', 'export', 'index.js');
  const fontsDir = [path.join(here, 'fonts'), path.join(root, 'node_modules', 'dejavu-fonts-ttf', 'ttf')].find((d) => fs.existsSync(d)) ?? path.join(here, 'fonts');
  const wasmFile = [path.join(here, 'resvg.wasm'), path.join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm')].find((f) => fs.existsSync(f)) ?? path.join(here, 'resvg.wasm');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { exporters: require(module) as typeof Exporters, fontsDir, wasmFile };
}
