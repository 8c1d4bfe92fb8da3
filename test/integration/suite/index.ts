/**
 * Loaded by VS Code's extension host: runs every *.test.js of this folder with
 * mocha; JOURNEY_LENS_ONLY=quick runs only the files whose names start so.
 * The virtual-* files run in the virtual workspace (memfs:, see ../run.mjs),
 * the others on the folder on disk.
 */
import Mocha from 'mocha';
import { readdirSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const virtual = vscode.workspace.workspaceFolders?.[0]?.uri.scheme === 'memfs';
  const wanted = (n: string) => n.endsWith('.test.js') && n.startsWith('virtual-') === virtual && (!process.env.JOURNEY_LENS_ONLY || n.startsWith(process.env.JOURNEY_LENS_ONLY));
  for (const f of readdirSync(__dirname).filter(wanted).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
  });
}
