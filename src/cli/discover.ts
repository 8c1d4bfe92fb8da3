/**
 * Which files `journey-lens check` looks at: the files named; under each
 * folder every file the config's include globs match and its exclude globs
 * do not (relative to that folder); and the files a glob argument matches.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { compareCodePoints, compileGlobs, type Config, fileKindOf, isInside } from '../core';

const toPosix = (p: string) => p.split(path.sep).join('/');

/** A folder or link that a walk could not follow, and why: reported, never skipped in silence. */
export interface Unreadable {
  path: string;
  reason: string;
}

export async function discoverFiles(args: readonly string[], cwd: string, config: Readonly<Config>): Promise<{ files: string[]; missing: string[]; unreadable: Unreadable[] }> {
  const exclude = compileGlobs(config.exclude, true);
  const files = new Set<string>();
  const missing: string[] = [];
  const unreadable: Unreadable[] = [];

  /** Walks a folder, keeping files whose path relative to `root` passes `accept`. */
  async function walk(dir: string, root: string, accept: (rel: string) => boolean): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: dir, reason: readdirReason(e) });
      return;
    }
    for (const e of entries.sort((a, b) => compareCodePoints(a.name, b.name))) {
      const full = path.join(dir, e.name);
      const rel = toPosix(path.relative(root, full));
      if (exclude(rel)) continue;
      if (e.isDirectory()) await walk(full, root, accept);
      else if (!fileKindOf(full) || !accept(rel)) continue;
      else if (e.isSymbolicLink()) await linked(full, root);
      // A FIFO or socket by a journey's name is kept too: reading it reports it, where skipping would hide it.
      else files.add(full);
    }
  }

  /** A journey or catalog that is a link: read where it leads, if that lies inside the walked folder. */
  async function linked(full: string, root: string): Promise<void> {
    const [real, realRoot] = await Promise.all([fs.realpath(full).catch((e: unknown) => e as Error), fs.realpath(root)]);
    if (real instanceof Error) unreadable.push({ path: full, reason: (real as NodeJS.ErrnoException).code === 'ELOOP' ? 'its symbolic links form a loop' : 'it is a symbolic link to nothing' });
    else if (!isInside(real, realRoot)) unreadable.push({ path: full, reason: 'it is a symbolic link that leads outside the folder, and is not followed' });
    else files.add(full);
  }

  const include = compileGlobs(config.include);
  for (const arg of args.length > 0 ? args : ['.']) {
    const full = path.resolve(cwd, arg);
    const stat = await fs.stat(full).catch(() => undefined);
    if (stat?.isDirectory()) await walk(full, full, include);
    else if (stat) files.add(full);
    else if (picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(toPosix(arg));
      const root = path.resolve(cwd, base || '.');
      const before = files.size;
      await walk(root, root, compileGlobs([glob]));
      if (files.size === before) missing.push(arg);
    } else missing.push(arg);
  }
  return { files: [...files], missing, unreadable };
}

function readdirReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'its symbolic links form a loop';
  return e instanceof Error ? e.message : String(e);
}
