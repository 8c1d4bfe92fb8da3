/**
 * Where a journey's log is: relative to the journey file, and, like `uses`
 * catalogs, only inside the workspace root (after following symbolic links
 * where the host can), so that a journey shared by someone else cannot make
 * a CI job read a file outside the checked folder.
 */
import type { FileHost } from '../model/catalogs';
import { resolveBeside } from '../files/locations';
import { confinement } from '../files/workspace-root';

export type LogLocation = { ok: true; absPath: string } | { ok: false };

export async function locateLog(log: string, journeyFile: string, root: string | undefined, host: FileHost): Promise<LogLocation> {
  const absPath = resolveBeside(journeyFile, log);
  if (root === undefined) return { ok: true, absPath };
  return (await confinement(absPath, root, host)) === 'inside' ? { ok: true, absPath } : { ok: false };
}
