/**
 * One fresh process: requires the extension bundle with the vscode stand-in
 * and calls activate(), with no document open or (with `open`) one 30-step journey.
 * Prints the times as JSON: require, activate() until it resolves, and the
 * first diagnostics of the open journey (which compile the schemas).
 * Usage: node out/bench/activation/child.js dist/extension.js [open]
 */
import Module from 'module';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { BENCH_CATALOG, CATALOG_FILE } from '../../test/fixtures/generated/corpus/catalog';
import { benchJourney } from '../../test/fixtures/generated/corpus/journey';
import { stubState } from './stub-state';

const WORKSPACE = '/bench-workspace';

interface Extension {
  activate(context: unknown): Promise<unknown>;
}

function installStub(): void {
  const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = loader._resolveFilename;
  const stub = require.resolve('./vscode-stub');
  loader._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub : resolve.call(this, request, ...rest);
  };
}

function openJourney(): void {
  const file = path.join(WORKSPACE, 'reis.journey.yaml');
  const text = benchJourney(30);
  stubState.files.set(path.join(WORKSPACE, CATALOG_FILE), BENCH_CATALOG);
  stubState.documents.push({
    uri: { scheme: 'file', path: file, fsPath: file, toString: () => `file://${file}` },
    fileName: file, languageId: 'yaml', version: 1, isClosed: false, isDirty: false, getText: () => text,
  });
}

async function main(): Promise<void> {
  const bundle = path.resolve(process.argv[2]);
  installStub();
  stubState.workspaceFolder = WORKSPACE;
  if (process.argv[3] === 'open') openJourney();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vscode = require('vscode') as { Uri: { file(p: string): unknown } };
  const context = { subscriptions: [], extensionUri: vscode.Uri.file(path.dirname(path.dirname(bundle))), extensionPath: path.dirname(path.dirname(bundle)) };
  const firstFindings = new Promise<number>((resolve) => { stubState.onDiagnostics = () => resolve(performance.now()); });
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(bundle) as Extension;
  const t1 = performance.now();
  await extension.activate(context);
  const t2 = performance.now();
  const t3 = await Promise.race([firstFindings, new Promise<number>((resolve) => setTimeout(() => resolve(NaN), 10000))]);
  process.stdout.write(JSON.stringify({ require: t1 - t0, activate: t2 - t1, total: t2 - t0, firstFindings: t3 - t0 }));
  process.exit(0);
}

void main();
