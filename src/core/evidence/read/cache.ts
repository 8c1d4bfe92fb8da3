/**
 * Cases read from logs, kept by the file's identity (path, size,
 * modification time) and the settings that select them: every setting but
 * `actors`, which mapping applies. A design edit (`observed`, `next`, a
 * promise, `actors`) re-maps the cached cases; a changed log is read again.
 * Only the last few logs are kept, since a 5-million-event log takes some
 * hundreds of megabytes.
 */
import * as fs from 'fs';
import type { EvidenceSettings } from '../types';
import { readLog, type ReadOptions, type ReadResult } from './read-log';

/** Logs kept: the journeys open at once in an editor, or checked one after another in CI. */
const KEPT_LOGS = 4;

export class LogCache {
  private readonly entries = new Map<string, ReadResult>();

  constructor(private readonly capacity = KEPT_LOGS) {}

  /**
   * The kept result for the log as it is on disk now, without reading it:
   * undefined when the log is new, changed or was never read with these
   * settings. The editor asks this on the typing path, which may re-map
   * cached cases but never wait for a read.
   */
  async peek(absPath: string, settings: EvidenceSettings, identity?: string): Promise<ReadResult | undefined> {
    const now = identity ?? (await identityOnDisk(absPath));
    return now === undefined ? undefined : this.entries.get(cacheKey(absPath, now, settings));
  }

  /** `identity`: the log's size and modification time as the caller saw them, for `bytes` it read itself; default: from disk. */
  async read(absPath: string, settings: EvidenceSettings, options: ReadOptions & { identity?: string } = {}): Promise<ReadResult> {
    const identity = options.identity ?? (await identityOnDisk(absPath));
    if (identity === undefined) return readLog(absPath, settings, options);
    const key = cacheKey(absPath, identity, settings);
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last, so the oldest goes first.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const result = await readLog(absPath, settings, options);
    // A failed read of the file itself (cancelled, an I/O error) may succeed next time.
    if (result.ok || result.problem.kind !== 'unreadable' || result.problem.format !== 'io') {
      this.entries.set(key, result);
      while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    }
    return result;
  }
}

/**
 * A log's identity: its size and modification time. The cache, the worker
 * and the editor's watcher all compare these strings, so they are made here
 * only: one that drifted would re-read a log forever or never.
 */
export function logIdentity(size: number, mtimeMs: number): string {
  return `${size}:${mtimeMs}`;
}

/** The identity of a regular file on disk; undefined when it is missing or not a file (its read then says which). */
export async function identityOnDisk(absPath: string): Promise<string | undefined> {
  try {
    const stat = await fs.promises.stat(absPath);
    return stat.isFile() ? logIdentity(stat.size, stat.mtimeMs) : undefined;
  } catch {
    return undefined;
  }
}

function cacheKey(absPath: string, identity: string, settings: EvidenceSettings): string {
  // Every selection key, by name, so that a setting added later is not forgotten silently: `log` and `actors` are left out.
  const selection = Object.entries(settings).filter(([key]) => key !== 'actors' && key !== 'log').sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([absPath, identity, selection]);
}
