/**
 * What the command line asks of the engine for every file. It has no typing
 * to keep responsive, so no size limit; and `uses` stays inside the working
 * folder unless --allow-outside says otherwise, so that checking a journey
 * from another organisation in CI cannot make it read files elsewhere.
 */
import type { CheckOptions } from '../core';

export function engineOptions(allowOutside: boolean, cwd: string): Pick<CheckOptions, 'root' | 'maxBytes'> {
  return { root: allowOutside ? undefined : cwd, maxBytes: Infinity };
}
