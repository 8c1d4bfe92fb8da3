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
  async peek(absPath: string, settings: EvidenceSettings): Promise<ReadResult | undefined> {
    try {
      return this.entries.get(cacheKey(absPath, await fs.promises.stat(absPath), settings));
    } catch {
      return undefined;
    }
  }

  async read(absPath: string, settings: EvidenceSettings, options: ReadOptions = {}): Promise<ReadResult> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(absPath);
    } catch {
      return readLog(absPath, settings, options);
    }
    const key = cacheKey(absPath, stat, settings);
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

function cacheKey(absPath: string, stat: fs.Stats, settings: EvidenceSettings): string {
  // Every selection key, by name, so that a setting added later is not forgotten silently: `log` and `actors` are left out.
  const selection = Object.entries(settings).filter(([key]) => key !== 'actors' && key !== 'log').sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([absPath, stat.size, stat.mtimeMs, selection]);
}
