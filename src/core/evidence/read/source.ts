/**
 * Opens a log for streaming: regular files only, decided without ever
 * blocking. stat() first (a FIFO or a folder is refused unopened); then
 * open with O_NONBLOCK and fstat the descriptor, because the path may have
 * been replaced by a FIFO in between, and opening a FIFO without O_NONBLOCK
 * waits for a writer forever. The stream yields the decompressed bytes;
 * progress counts the file's own (compressed) bytes.
 */
import * as fs from 'fs';
import { Readable } from 'stream';
import * as zlib from 'zlib';
import type { LogProblem } from '../types';
import { logFormatOf, type LogFormat } from './format';

/** Each chunk read from disk; larger than Node's 64 KiB default, for fewer callbacks per megabyte. */
const CHUNK_BYTES = 256 * 1024;

export interface LogSource {
  format: LogFormat;
  /** The log's bytes, decompressed. */
  stream: Readable;
  /** Calls back once with the first failure of the file, the decompression or the signal. */
  onFailure(callback: (problem: LogProblem) => void): void;
  /** Stops reading and closes the file. */
  close(): void;
}

export interface SourceOptions {
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

const CANCELLED: LogProblem = { kind: 'unreadable', format: 'io', detail: 'the read was cancelled' };

export async function openSource(absPath: string, options: SourceOptions = {}): Promise<{ ok: true; source: LogSource } | { ok: false; problem: LogProblem }> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(absPath);
  } catch (e) {
    return { ok: false, problem: fileProblem(e) };
  }
  if (!stat.isFile()) return { ok: false, problem: { kind: 'not-a-file' } };
  const format = logFormatOf(absPath);
  if (!format) return { ok: false, problem: { kind: 'unknown-extension' } };
  if (options.signal?.aborted) return { ok: false, problem: CANCELLED };
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(absPath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, problem: fileProblem(e) };
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) {
      await handle.close();
      return { ok: false, problem: { kind: 'not-a-file' } };
    }
    return { ok: true, source: streamOf(handle, opened.size, format, options) };
  } catch (e) {
    await handle.close().catch(() => undefined);
    return { ok: false, problem: fileProblem(e) };
  }
}

/**
 * The same over bytes the caller read (the editor, from a file system that
 * Node cannot reach): `name` gives the format, progress counts the bytes
 * handed on.
 */
export function openBytes(name: string, bytes: Uint8Array, options: SourceOptions = {}): { ok: true; source: LogSource } | { ok: false; problem: LogProblem } {
  const format = logFormatOf(name);
  if (!format) return { ok: false, problem: { kind: 'unknown-extension' } };
  if (options.signal?.aborted) return { ok: false, problem: CANCELLED };
  function* chunks(): Generator<Buffer> {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(CHUNK_BYTES, bytes.length - at));
  }
  const file = Readable.from(chunks(), { objectMode: false });
  return { ok: true, source: sourceOf(file, bytes.length, format, options) };
}

function streamOf(handle: fs.promises.FileHandle, size: number, format: LogFormat, options: SourceOptions): LogSource {
  // The stream owns the handle now and closes it at its end or when destroyed.
  return sourceOf(fs.createReadStream('', { fd: handle, highWaterMark: CHUNK_BYTES }), size, format, options);
}

function sourceOf(file: Readable, size: number, format: LogFormat, options: SourceOptions): LogSource {
  const gunzip = format.gzip ? zlib.createGunzip({ chunkSize: CHUNK_BYTES }) : undefined;
  const stream: Readable = gunzip ? file.pipe(gunzip) : file;
  let failed: ((problem: LogProblem) => void) | undefined;
  let reported = false;
  const fail = (problem: LogProblem) => {
    if (reported) return;
    reported = true;
    close();
    failed?.(problem);
  };
  const close = () => {
    options.signal?.removeEventListener('abort', abort);
    file.destroy();
    gunzip?.destroy();
  };
  const abort = () => fail(CANCELLED);
  options.signal?.addEventListener('abort', abort, { once: true });
  file.on('error', (e) => fail(fileProblem(e)));
  gunzip?.on('error', (e) => fail({ kind: 'unreadable', format: 'gzip', detail: gzipDetail(e) }));
  if (options.onProgress) {
    const progress = options.onProgress;
    let bytes = 0;
    file.on('data', (chunk: Buffer | string) => progress((bytes += chunk.length), size));
  }
  return {
    format,
    stream,
    onFailure: (callback) => { failed = callback; },
    close,
  };
}

function fileProblem(e: unknown): LogProblem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  if (code === 'EISDIR') return { kind: 'not-a-file' };
  return { kind: 'unreadable', format: 'io', detail: e instanceof Error ? e.message : String(e) };
}

function gzipDetail(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'Z_BUF_ERROR') return 'the gzip file is truncated (it ends before its data does)';
  if (code === 'Z_DATA_ERROR') return `the file is not valid gzip (${e.message})`;
  return e.message;
}
