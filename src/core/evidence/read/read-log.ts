/**
 * Reading an event log (evidence.md, "Reading the log" and "Selection"):
 * `readLog` streams a CSV or XES file, plain or gzipped, into the compact
 * interned cases of types.ts, or says why the log cannot be used. It never
 * throws. Confinement to the workspace is the caller's job (it knows the
 * root); `actors` is mapping's, so a design edit never needs a new read.
 */
import { isKnownZone } from '../zone';
import type { EvidenceSettings, LogCases, LogProblem } from '../types';
import { EventCollector } from './collect';
import { readCsv } from './csv';
import { openBytes, openSource } from './source';
import { readXes } from './xes';


export interface ReadOptions {
  signal?: AbortSignal;
  /** Bytes of the file read so far (compressed, for a .gz) of its size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /**
   * The log's bytes, read by the caller: the editor reads a log of a virtual
   * file system (a URI, not a path) itself. The name then only tells the format.
   */
  bytes?: Uint8Array;
}

export type ReadResult = { ok: true; cases: LogCases } | { ok: false; problem: LogProblem };

export async function readLog(absPath: string, settings: EvidenceSettings, options: ReadOptions = {}): Promise<ReadResult> {
  try {
    if (!isKnownZone(settings.timezone)) {
      return { ok: false, problem: { kind: 'unreadable', format: 'io', detail: `the time zone '${settings.timezone}' is unknown` } };
    }
    const opened = options.bytes ? openBytes(absPath, options.bytes, options) : await openSource(absPath, options);
    if (!opened.ok) return opened;
    const { source } = opened;
    const collector = new EventCollector(settings);
    const read = source.format.syntax === 'csv' ? await readCsv(source, collector) : await readXes(source, collector);
    source.close();
    if (!read.ok) return read;
    return collector.finish('header' in read ? read.header : read.keys);
  } catch (e) {
    // Not expected: every failure above is a problem already. Still no exception reaches the caller.
    return { ok: false, problem: { kind: 'unreadable', format: 'io', detail: e instanceof Error ? e.message : String(e) } };
  }
}
