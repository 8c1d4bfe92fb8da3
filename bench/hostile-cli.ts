/**
 * Times the command line on the reproducers of issue 19 (points 1, 2, 4, 6
 * and 8): `node out/bench/hostile-cli.js [path/to/cli.js]` (default
 * dist/cli.js, after `npm run build`). Each case is written to a fresh
 * temporary folder and run there, as a user would, with a time cap: a case
 * that hangs is stopped and recorded as "> 60 s". Prints a Markdown table
 * for bench/README.md. Not a test: the unit tests assert the findings.
 */
import { execFileSync, spawn } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { ROOT } from './paths';

const CAP_MS = 60_000;
const HEAD = 'journey: T\nneed: n\noutcome: o\n';

interface Case {
  point: number;
  name: string;
  /** Writes the input into `dir`. */
  setup(dir: string): void;
  args: string[];
}

const write = (dir: string, file: string, text: string) => writeFileSync(path.join(dir, file), text);

/** `count` steps, each handing work from team a to team b without `within` (a handoff-unclear finding each). */
function handoffSteps(count: number): string {
  const steps: string[] = [];
  for (let i = 0; i < count; i++) {
    steps.push(`  - {id: s${i}, customer: c, channel: phone, process: [{team: a, does: x, handoff: {to: b}}, {team: b, does: y}]}`);
  }
  return `${HEAD}owner: O\nchannels: {phone: {kind: phone}}\nteams: {a: {name: A}, b: {name: B}}\nsteps:\n${steps.join('\n')}\n`;
}

const CASES: Case[] = [
  {
    point: 1, name: '10,000 steps, each with an unknown `next`',
    setup: (d) => {
      let s = `${HEAD}steps:\n`;
      for (let i = 0; i < 1e4; i++) s += `  - {id: s${i}, customer: c, next: [s${i}xy]}\n`;
      write(d, 'a.journey.yaml', s);
    },
    args: ['check', 'a.journey.yaml', '--format', 'json'],
  },
  {
    point: 1, name: '20,000 channels, 10,000 unknown channel references',
    setup: (d) => {
      const channels = Array.from({ length: 2e4 }, (_, i) => `  c${i}: {kind: phone}`).join('\n');
      const steps = Array.from({ length: 1e4 }, (_, i) => `  - {id: s${i}, customer: c, channel: c${i}xy}`).join('\n');
      write(d, 'a.journey.yaml', `${HEAD}channels:\n${channels}\nsteps:\n${steps}\n`);
    },
    args: ['check', 'a.journey.yaml', '--format', 'json'],
  },
  {
    point: 2, name: 'config `exclude: ["+(a*)*b"]`, a file named with 28 `a`s',
    setup: (d) => {
      write(d, 'journey-lens.config.yaml', 'exclude: ["+(a*)*b"]\n');
      write(d, `${'a'.repeat(28)}.journey.yaml`, `${HEAD}steps:\n  - {id: s, customer: c}\n`);
    },
    args: ['check', '.'],
  },
  {
    point: 4, name: '130,000 findings in one file, `--format stylish`',
    setup: (d) => write(d, 'a.journey.yaml', `${HEAD}steps:\n${'  - 1\n'.repeat(130_000)}`),
    args: ['check', 'a.journey.yaml', '--format', 'stylish'],
  },
  {
    point: 4, name: '850,000 findings, `--format sarif`',
    setup: (d) => write(d, 'a.journey.yaml', `${HEAD}steps:\n${'  - 1\n'.repeat(850_000)}`),
    args: ['check', 'a.journey.yaml', '--format', 'sarif'],
  },
  {
    point: 4, name: '10 MB flow list of numbers',
    setup: (d) => write(d, 'a.journey.yaml', `${HEAD}steps:\n  - {id: s, customer: c}\nx-data: [${'1, '.repeat(3_500_000)}1]\n`),
    args: ['check', 'a.journey.yaml', '--format', 'json'],
  },
  {
    point: 6, name: 'a FIFO named on the command line',
    setup: (d) => execFileSync('mkfifo', [path.join(d, 'a.journey.yaml')]),
    args: ['check', 'a.journey.yaml'],
  },
  {
    point: 6, name: 'a FIFO as a `uses` catalog in the folder',
    setup: (d) => {
      execFileSync('mkfifo', [path.join(d, 'c.catalog.yaml')]);
      write(d, 'a.journey.yaml', `${HEAD}uses: [c.catalog.yaml]\nsteps:\n  - {id: s, customer: c}\n`);
    },
    args: ['check', 'a.journey.yaml'],
  },
  {
    point: 6, name: '`/dev/zero` named on the command line',
    setup: () => undefined,
    args: ['check', '/dev/zero'],
  },
  {
    point: 8, name: '`report`, 10,000 steps with an unclear handoff each',
    setup: (d) => write(d, 'a.journey.yaml', handoffSteps(1e4)),
    args: ['report', 'a.journey.yaml'],
  },
  {
    point: 8, name: '`report`, 50,000 steps with an unclear handoff each',
    setup: (d) => write(d, 'a.journey.yaml', handoffSteps(5e4)),
    args: ['report', 'a.journey.yaml'],
  },
];

interface Outcome {
  ms: number;
  /** The exit code, or the signal that ended it, or undefined when stopped at the cap. */
  exit: string | undefined;
  stdoutBytes: number;
  lastError: string;
}

function time(cli: string, args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let stderr = '';
    let capped = false;
    child.stdout.on('data', (b: Buffer) => (stdoutBytes += b.length));
    // Only the tail matters (the reason it failed); a stack of megabytes must not fill our memory.
    child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      capped = true;
      child.kill('SIGKILL');
    }, CAP_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lastError = stderr.trim().split('\n').filter((l) => !l.startsWith('    at ')).pop() ?? '';
      resolve({ ms: performance.now() - start, exit: capped ? undefined : String(code ?? signal), stdoutBytes, lastError });
    });
  });
}

const seconds = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`);
const cell = (s: string) => s.replace(/\|/g, '\\|').slice(0, 100);

async function main(): Promise<void> {
  const cli = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist', 'cli.js'));
  const only = process.argv[3] ? new Set(process.argv[3].split(',').map(Number)) : undefined;
  const rows = ['| point | input | command | time | exit | stdout | last line of stderr |', '|---|---|---|--:|---|--:|---|'];
  for (const c of CASES) {
    if (only && !only.has(c.point)) continue;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jl-hostile-'));
    mkdirSync(dir, { recursive: true });
    try {
      c.setup(dir);
      const o = await time(cli, c.args, dir);
      const t = o.exit === undefined ? `> ${CAP_MS / 1000} s` : seconds(o.ms);
      rows.push(`| ${c.point} | ${cell(c.name)} | \`${c.args.join(' ')}\` | ${t} | ${o.exit ?? 'stopped'} | ${(o.stdoutBytes / 1024).toFixed(0)} KB | ${cell(o.lastError)} |`);
      process.stderr.write(`${rows[rows.length - 1]}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(rows.join('\n'));
}

void main();
