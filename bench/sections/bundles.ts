/**
 * The shipped bundles: a production build (minified, as `npm run package`
 * makes it) and their sizes. The dev build is restored at the end of the
 * run by rebuild(), so others working in the tree keep their source maps.
 */
import { existsSync, statSync } from 'fs';
import * as path from 'path';
import { ROOT } from '../paths';
import { runNode } from '../spawn';
import { kb, type Row } from '../table';

const BUNDLES = [
  { file: 'dist/extension.js', what: 'Extension bundle', key: 'bundle-extension' },
  { file: 'dist/cli.js', what: 'CLI bundle', key: 'bundle-cli' },
  { file: 'media/preview.js', what: 'Preview (webview) bundle', key: 'bundle-preview' },
];

async function build(production: boolean): Promise<void> {
  const r = await runNode(['esbuild.mjs', ...(production ? ['--production'] : [])], { cwd: ROOT });
  if (r.code !== 0) throw new Error(`node esbuild.mjs${production ? ' --production' : ''} failed: ${r.stderr.trim()}`);
}

export const productionBuild = (): Promise<void> => build(true);
/** The same as `npm run build`. */
export const rebuild = (): Promise<void> => build(false);

export function bundleRows(): Row[] {
  return BUNDLES.map(({ file, what, key }) => {
    const at = path.join(ROOT, file);
    const exists = existsSync(at);
    return {
      section: 'Extension', measure: `${what} (minified)`, input: file, key,
      value: exists ? kb(statSync(at).size) : 'n/a (not built: its source is not there yet)',
    };
  });
}
