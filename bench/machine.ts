/** The machine and the tool versions a run was made with, for the record. */
import { readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './paths';

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {
    // Not Linux: os.cpus() still knows.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

const load = (l: number[]): string => l.map((x) => x.toFixed(2)).join(', ');

/** `loadAtStart`: os.loadavg() when the run began; other work on the machine slows every row. */
export function machine(loadAtStart: number[]): string[] {
  return [
    `- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Machine: ${os.cpus().length} cores (nproc), ${cpuModel()}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; yaml ${versionOf('yaml')}, yaml-language-server ${versionOf('yaml-language-server')}, @stoplight/spectral-core ${versionOf('@stoplight/spectral-core')}, @stoplight/spectral-functions ${versionOf('@stoplight/spectral-functions')}, playwright-core ${versionOf('playwright-core')}`,
    `- Load average (1, 5, 15 min): ${load(loadAtStart)} at the start, ${load(os.loadavg())} at the end`,
    '- Command: `npm run bench`',
  ];
}
