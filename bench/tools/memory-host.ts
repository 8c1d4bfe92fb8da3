/** A FileHost that serves files from memory, so that disk I/O is not measured. */
import * as path from 'path';
import type { FileHost } from '../../src/core/catalogs';

export function memoryHost(files: ReadonlyMap<string, string>): FileHost {
  return {
    readFile: async (absPath) => files.get(path.resolve(absPath)),
    realPath: async (absPath) => (files.has(path.resolve(absPath)) ? path.resolve(absPath) : undefined),
  };
}
