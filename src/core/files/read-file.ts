/**
 * Reading a journey, catalog or config from disk, regular files only. A FIFO
 * blocks a plain read forever and /dev/zero never ends, so the file is opened
 * with O_NONBLOCK and inspected through the open handle (a FIFO swapped in
 * between a stat and the open cannot block), and the size limit holds before
 * and during the read. Each failure says why, for the command line to report.
 */
import { constants, promises as fs, type Stats } from 'fs';
import { MAX_READ_BYTES } from '../engine/limits';

export type ReadResult = { text: string } | { missing: true; reason: string } | { missing: false; reason: string };
export type ReadBytesResult = { bytes: Buffer } | { missing: true; reason: string } | { missing: false; reason: string };

const CHUNK = 1024 * 1024;

export async function readRegularFile(absPath: string, maxBytes = MAX_READ_BYTES): Promise<ReadResult> {
  const read = await readRegularBytes(absPath, maxBytes);
  return 'bytes' in read ? { text: read.bytes.toString('utf8') } : read;
}

/** The same, as bytes: for binary files (a spreadsheet). */
export async function readRegularBytes(absPath: string, maxBytes = MAX_READ_BYTES): Promise<ReadBytesResult> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return failure(e);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { missing: false, reason: `it is ${kindOf(stats)}, not a regular file` };
    if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      // The file grew while it was read.
      if (total > maxBytes) return tooLarge(total, maxBytes);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return failure(e);
  } finally {
    await handle.close();
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'something else';
}

const tooLarge = (bytes: number, max: number): ReadBytesResult => ({
  missing: false,
  reason: `it is larger than ${Math.round(max / 1024 / 1024)} MB (at least ${bytes} bytes); Journey Lens does not read files that large`,
});

function failure(e: unknown): ReadBytesResult {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return { missing: true, reason: 'it does not exist (or is a symbolic link to nothing)' };
    case 'ENOTDIR':
      return { missing: true, reason: 'a part of its path is not a folder' };
    case 'EACCES':
    case 'EPERM':
      return { missing: false, reason: 'permission denied' };
    case 'ELOOP':
      return { missing: false, reason: 'its symbolic links form a loop' };
    case 'EISDIR':
      return { missing: false, reason: 'it is a folder, not a regular file' };
    default:
      return { missing: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
