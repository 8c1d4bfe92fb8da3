/**
 * Which files `journey-lens check` looks at: the files named; under each
 * folder every file the config's include globs match and its exclude globs
 * do not (relative to that folder); and the files a glob argument matches.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import type { Config } from '../core/config';
import { compareCodePoints } from '../core/code-point-order';
import { fileKindOf } from '../core/files';
import { compileGlobs } from '../core/glob';

const toPosix = (p: string) => p.split(path.sep).join('/');

export async function discoverFiles(args: readonly string[], cwd: string, config: Readonly<Config>): Promise<{ files: string[]; missing: string[] }> {
  const exclude = compileGlobs(config.exclude, true);
  const files = new Set<string>();
  const missing: string[] = [];

  /** Walks a folder, keeping files whose path relative to `root` passes `accept`. */
  async function walk(dir: string, root: string, accept: (rel: string) => boolean): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => compareCodePoints(a.name, b.name))) {
      const full = path.join(dir, e.name);
      const rel = toPosix(path.relative(root, full));
      if (exclude(rel)) continue;
      if (e.isDirectory()) await walk(full, root, accept);
      else if (e.isFile() && fileKindOf(full) && accept(rel)) files.add(full);
    }
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
  return { files: [...files], missing };
}
