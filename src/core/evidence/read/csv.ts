/**
 * CSV logs (evidence.md, Reading the log) through csv-parse's streaming
 * parser: RFC 4180 quoting, a BOM dropped, blank lines no event, rows of any
 * length (missing trailing fields are empty, extra ones ignored), and rows
 * longer than MAX_LOG_RECORD_BYTES refused. The delimiter is chosen on the
 * first line before parsing starts, so the parser needs one pass only.
 */
import { parse, type Parser } from 'csv-parse';
import { MAX_LOG_RECORD_BYTES } from '../../engine/limits';
import type { LogProblem } from '../types';
import type { EventCollector } from './collect';
import { NOT_UTF8, Utf8Check, encodingProblemAtStart } from './encoding';
import type { LogSource } from './source';

const DELIMITERS = [',', ';', '\t'] as const;

/** The parser as the floor benchmark runs it too: the same options, nothing else. */
export function csvParser(delimiter: string): Parser {
  return parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_LOG_RECORD_BYTES });
}

/** Whichever of `,` `;` and tab the first line holds most of; ties in that order. */
export function delimiterOf(firstLine: Buffer): string {
  let best: string = DELIMITERS[0];
  let most = -1;
  for (const d of DELIMITERS) {
    const code = d.charCodeAt(0);
    let n = 0;
    for (const b of firstLine) if (b === code) n++;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

/** Reads the whole CSV into the collector; resolves with the header's names, or the problem that stopped it. */
export function readCsv(source: LogSource, collector: EventCollector): Promise<{ ok: true; header: string[] } | { ok: false; problem: LogProblem }> {
  return new Promise((resolve) => {
    const { stream } = source;
    const utf8 = new Utf8Check();
    const head: Buffer[] = [];
    let headBytes = 0;
    let parser: Parser | undefined;
    let header: string[] | undefined;
    let slots: number[] = [];
    const values: (string | undefined)[] = collector.attributes.map(() => undefined);
    let row = 0;
    let done = false;
    const finish = (result: { ok: true; header: string[] } | { ok: false; problem: LogProblem }) => {
      if (done) return;
      done = true;
      if (!result.ok) source.close();
      resolve(result);
    };
    source.onFailure((problem) => finish({ ok: false, problem }));

    const start = () => {
      const first = Buffer.concat(head);
      const newline = first.indexOf(10);
      parser = csvParser(delimiterOf(newline < 0 ? first : first.subarray(0, newline)));
      parser.on('data', (record: string[]) => {
        if (!header) {
          header = record;
          // A repeated column name: the first column wins.
          slots = collector.attributes.map((name) => header!.indexOf(name));
          return;
        }
        row++;
        for (let i = 0; i < slots.length; i++) values[i] = slots[i] < 0 ? undefined : record[slots[i]];
        collector.add(values, row);
      });
      parser.on('error', (e: Error & { code?: string }) => finish({
        ok: false,
        problem: { kind: 'unreadable', format: 'csv', detail: csvDetail(e, header === undefined), ...(header ? { row: row + 1 } : {}) },
      }));
      parser.on('end', () => finish({ ok: true, header: header ?? [] }));
      parser.on('drain', () => stream.resume());
      for (const chunk of head) parser.write(chunk);
    };

    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      if (!parser) {
        if (head.length === 0) {
          const problem = encodingProblemAtStart(chunk);
          if (problem) return finish({ ok: false, problem: { kind: 'unreadable', format: 'encoding', detail: problem } });
        }
      }
      if (!utf8.chunk(chunk)) return finish({ ok: false, problem: { kind: 'unreadable', format: 'encoding', detail: NOT_UTF8 } });
      if (!parser) {
        head.push(chunk);
        headBytes += chunk.length;
        if (chunk.includes(10) || headBytes > MAX_LOG_RECORD_BYTES) start();
        return;
      }
      if (!parser.write(chunk)) stream.pause();
    });
    stream.on('end', () => {
      if (done) return;
      if (!utf8.end()) return finish({ ok: false, problem: { kind: 'unreadable', format: 'encoding', detail: NOT_UTF8 } });
      if (!parser) start();
      parser!.end();
    });
  });
}

function csvDetail(e: Error & { code?: string }, inHeader: boolean): string {
  const where = inHeader ? ' in the header' : '';
  if (e.code === 'CSV_MAX_RECORD_SIZE') return `a row${where} is longer than ${MAX_LOG_RECORD_BYTES / 1024 / 1024} MB`;
  return `${e.message}${where}`;
}
