/**
 * One measurement in a process of its own: `floor` streams the file through
 * the same parser as readLog with nothing else (sax with no handlers, or
 * csv-parse with the options readLog uses), `read` is readLog itself. Prints
 * the wall time and the process's peak RSS as JSON.
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import * as sax from 'sax';
import * as zlib from 'zlib';
import { readLog } from '../../src/core/evidence/read';
import { csvParser, delimiterOf } from '../../src/core/evidence/read/csv';
import { logFormatOf } from '../../src/core/evidence/read/format';

const SETTINGS = {
  log: '', case: 'case:concept:name', activity: 'concept:name', time: 'time:timestamp', timezone: 'Europe/Amsterdam',
  timeFormat: 'auto' as const, missingValues: [], mergeRepeats: false, where: [], actors: [],
};

function floor(file: string): Promise<number> {
  const format = logFormatOf(file)!;
  const raw = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  const bytes = format.gzip ? raw.pipe(zlib.createGunzip({ chunkSize: 256 * 1024 })) : raw;
  return new Promise((resolve, reject) => {
    if (format.syntax === 'xes') {
      const parser = sax.parser(true, { trim: false, normalize: false });
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let n = 0;
      bytes.on('data', (chunk: Buffer) => { n++; parser.write(decoder.decode(chunk, { stream: true })); });
      bytes.on('end', () => { parser.close(); resolve(n); });
    } else {
      let parser: ReturnType<typeof csvParser> | undefined;
      let n = 0;
      bytes.on('data', (chunk: Buffer) => {
        parser ??= csvParser(delimiterOf(chunk.subarray(0, Math.max(0, chunk.indexOf(10)))))
          .on('data', () => n++).on('end', () => resolve(n)).on('error', reject);
        if (!parser.write(chunk)) { bytes.pause(); parser.once('drain', () => bytes.resume()); }
      });
      bytes.on('end', () => parser?.end());
    }
    bytes.on('error', reject);
  });
}

async function main(): Promise<void> {
  const [job, file] = process.argv.slice(2);
  const start = performance.now();
  let note: string;
  if (job === 'floor') {
    note = `${await floor(file)} records/chunks`;
  } else {
    const result = await readLog(file, SETTINGS);
    note = result.ok ? `${result.cases.events.counted} events, ${result.cases.cases.length} cases` : JSON.stringify(result.problem);
  }
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, note })}\n`);
}

void main();
