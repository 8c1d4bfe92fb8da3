/**
 * Where a journey's log is: relative to the journey file, and, like `uses`
 * catalogs, only inside the workspace root (after following symbolic links
 * where the host can), so that a journey shared by someone else cannot make
 * a CI job read a file outside the checked folder.
 */
import type { FileHost } from '../model/catalogs';
import { isInside, resolveBeside } from '../files/locations';

export type LogLocation = { ok: true; absPath: string } | { ok: false };

export async function locateLog(log: string, journeyFile: string, root: string | undefined, host: FileHost): Promise<LogLocation> {
  const absPath = resolveBeside(journeyFile, log);
  if (root === undefined) return { ok: true, absPath };
  if (!isInside(absPath, root)) return { ok: false };
  if (host.realPath) {
    const [real, realRoot] = await Promise.all([host.realPath(absPath), host.realPath(root)]);
    // A missing file has no real path: readLog reports it as missing.
    if (real !== undefined && realRoot !== undefined && !isInside(real, realRoot)) return { ok: false };
  }
  return { ok: true, absPath };
}
