/** Reading files from disk for the CLI and tests (the extension reads through vscode.workspace.fs). */
import { promises as fs } from 'fs';
import type { FileHost } from '../model/catalogs';
import { readRegularFile } from './read-file';

export const nodeFileHost: FileHost = {
  async readFile(absPath: string): Promise<string | undefined> {
    const read = await readRegularFile(absPath);
    return 'text' in read ? read.text : undefined;
  },
  async realPath(absPath: string): Promise<string | undefined> {
    try {
      return await fs.realpath(absPath);
    } catch {
      return undefined;
    }
  },
};
