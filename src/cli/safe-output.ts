/**
 * Where `report --out` may write: a file in the working folder, not through
 * a symbolic link. A repository checked out in CI can hold `report.html` as a
 * link to ~/.bashrc or a file of the runner; following it would let a pull
 * request choose which file the job overwrites. --allow-outside lifts this.
 */
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import { isInside } from '../core';

export class OutputRefused extends Error {}

/** `exclusive` and the target exists (a file, a folder or a link): nothing was written. */
export class OutputExists extends Error {}

export interface WriteOptions {
  /** Refuse a target that exists instead of overwriting it (`import --out` without `--force`). */
  exclusive?: boolean;
}

/** Writes `text` to `target`, refusing links and places outside `cwd` unless `allowOutside`. */
export async function writeOutput(target: string, text: string | Buffer, cwd: string, allowOutside: boolean, options: WriteOptions = {}): Promise<void> {
  if (!allowOutside) await confine(target, cwd);
  // Told before any folder is made; O_EXCL below still refuses a file that appears meanwhile.
  if (options.exclusive && (await fs.lstat(target).then(() => true, () => false))) throw new OutputExists('it exists');
  await fs.mkdir(path.dirname(target), { recursive: true });
  // O_NOFOLLOW: a link swapped in after the checks above is still not followed.
  const flags = constants.O_WRONLY | constants.O_CREAT | (options.exclusive ? constants.O_EXCL : constants.O_TRUNC) | (allowOutside ? 0 : constants.O_NOFOLLOW);
  const handle = await fs.open(target, flags, 0o666).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ELOOP') throw new OutputRefused('it is a symbolic link');
    if (e.code === 'EEXIST' && options.exclusive) throw new OutputExists('it exists');
    throw e;
  });
  try {
    await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text));
  } finally {
    await handle.close();
  }
}

async function confine(target: string, cwd: string): Promise<void> {
  if (!isInside(target, cwd)) throw new OutputRefused('it is outside the working folder');
  const link = await fs.lstat(target).then((s) => s.isSymbolicLink(), () => false);
  if (link) throw new OutputRefused('it is a symbolic link');
  // A folder on the way may be a link too: the nearest folder that exists must really lie inside.
  let dir = path.dirname(target);
  while (!(await fs.stat(dir).then(() => true, () => false)) && isInside(path.dirname(dir), cwd) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const [realDir, realCwd] = await Promise.all([fs.realpath(dir), fs.realpath(cwd)]);
  if (!isInside(realDir, realCwd)) throw new OutputRefused('a folder on its path is a symbolic link that leads outside the working folder');
}
