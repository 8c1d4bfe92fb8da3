/**
 * Loaded by VS Code's extension host: runs every *.test.js of this folder with
 * mocha; JOURNEY_LENS_ONLY=quick runs only the files whose names start so.
 */
import Mocha from 'mocha';
import { readdirSync } from 'fs';
import * as path from 'path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js') && (!process.env.JOURNEY_LENS_ONLY || n.startsWith(process.env.JOURNEY_LENS_ONLY))).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
  });
}
