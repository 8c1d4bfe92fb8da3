/** Runs a command to its end, with its output and its wall time. */
import { spawn } from 'child_process';
import { performance } from 'perf_hooks';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd?: string;
  /** Also pass the command's stderr (its progress lines) on to ours. */
  echo?: boolean;
}

export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      if (options.echo) process.stderr.write(b);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), ms: performance.now() - t }));
  });
}

/** Runs node with the same binary as this process. */
export const runNode = (args: readonly string[], options: RunOptions = {}): Promise<Ran> => run(process.execPath, args, options);

/** The last non-empty line of a text: a failed command's reason. */
export const lastLine = (text: string): string => text.trim().split('\n').pop()?.trim() ?? '';
