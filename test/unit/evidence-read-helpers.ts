/** Small logs written by the tests themselves, and the cases read from them in a form to compare. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { readLog, type ReadResult } from '../../src/core/evidence/read';
import type { EvidenceSettings, LogCases, LogProblem } from '../../src/core';

export function settings(overrides: Partial<EvidenceSettings> = {}): EvidenceSettings {
  return {
    log: 'log.csv', case: 'case:concept:name', activity: 'concept:name', time: 'time:timestamp',
    timezone: 'UTC', timeFormat: 'auto', missingValues: [], mergeRepeats: false, where: [], actors: [],
    ...overrides,
  };
}

/** A temporary folder per test file, removed afterwards. */
export function tempFolder(prefix: string): () => string {
  let dir = '';
  before(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix)); });
  after(async () => { await fs.rm(dir, { recursive: true, force: true }); });
  return () => dir;
}

/** Writes a log (gzipped when the name ends in .gz) and returns its path. */
export async function writeLog(dir: string, name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await fs.writeFile(file, name.endsWith('.gz') ? gzipSync(bytes) : bytes);
  return file;
}

export async function readWritten(dir: string, name: string, content: string | Buffer, overrides: Partial<EvidenceSettings> = {}): Promise<ReadResult> {
  return readLog(await writeLog(dir, name, content), settings(overrides));
}

/** A case as the tests compare it: its id and events as [activity, raw actor or null, ISO time]. */
export type PlainCase = [id: string, events: [string, string | null, string][]];

export function plain(cases: LogCases): PlainCase[] {
  return cases.cases.map((c) => [c.id, Array.from(c.activity, (a, i) => [
    cases.activities[a], c.actor[i] < 0 ? null : cases.actorValues[c.actor[i]], new Date(c.time[i]).toISOString(),
  ] as [string, string | null, string])]);
}

export function casesOf(result: ReadResult): LogCases {
  if (!result.ok) throw new Error(`expected cases, got the problem ${JSON.stringify(result.problem)}`);
  return result.cases;
}

export function problemOf(result: ReadResult): LogProblem {
  if (result.ok) throw new Error(`expected a problem, got ${result.cases.cases.length} cases`);
  return result.problem;
}

/** The same events as CSV and as XES: rows of attribute → value ('case:…' are trace attributes in XES). */
export type Row = Record<string, string>;

export function csvOf(rows: readonly Row[], delimiter = ','): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const quote = (v: string) => (/[",;\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.map(quote).join(delimiter), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(delimiter))].join('\r\n') + '\r\n';
}

export function xesOf(rows: readonly Row[]): string {
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const attribute = (k: string, v: string) => `<${k === 'time:timestamp' ? 'date' : 'string'} key="${esc(k)}" value="${esc(v)}"/>`;
  const traces: string[] = [];
  for (const r of rows) {
    const caseAttributes = Object.entries(r).filter(([k]) => k.startsWith('case:')).map(([k, v]) => attribute(k.slice(5), v));
    const own = Object.entries(r).filter(([k]) => !k.startsWith('case:')).map(([k, v]) => attribute(k, v));
    // One trace per event: traces with the same id are one case, so this is the hardest layout for the reader.
    traces.push(`<trace>${caseAttributes.join('')}<event>${own.join('')}</event></trace>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n${traces.join('\n')}\n</log>\n`;
}
