/**
 * Which files `journey-lens check` looks at: the files named, and under each
 * folder every file the config's include globs match and its exclude globs
 * do not. Paths are matched relative to the folder named.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import type { Config } from '../core/config';
import { fileKindOf } from '../core/files';

export async function discoverFiles(args: readonly string[], cwd: string, config: Readonly<Config>): Promise<{ files: string[]; missing: string[] }> {
  const include = picomatch(config.include, { dot: false });
  const exclude = picomatch(config.exclude, { dot: true });
  const files = new Set<string>();
  const missing: string[] = [];
  const rel = (root: string, p: string) => path.relative(root, p).split(path.sep).join('/');

  async function walk(dir: string, root: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      const r = rel(root, full);
      if (exclude(r) || exclude(`${r}/`)) continue;
      if (e.isDirectory()) await walk(full, root);
      else if (e.isFile() && include(r) && fileKindOf(full)) files.add(full);
    }
  }

  for (const arg of args.length > 0 ? args : ['.']) {
    const full = path.resolve(cwd, arg);
    const stat = await fs.stat(full).catch(() => undefined);
    if (!stat) missing.push(arg);
    else if (stat.isDirectory()) await walk(full, full);
    else files.add(full);
  }
  return { files: [...files], missing };
}
