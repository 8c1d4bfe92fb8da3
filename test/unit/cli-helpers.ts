/** The command line run in-process, as the CLI tests run it: its exit code and what it printed. */
import { run } from '../../src/cli/main';

export interface Ran { code: number; out: string; err: string }

export async function cli(cwd: string, ...argv: string[]): Promise<Ran> {
  let out = '';
  let err = '';
  const code = await run(argv, { cwd, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}
