import type { Finding } from '../engine/types';

/** The findings of one file, with its path as the user should see it. */
export interface FileResult {
  /** Path relative to the working directory, with forward slashes. */
  path: string;
  /** Absolute path, for related locations and SARIF. */
  absPath: string;
  findings: Finding[];
}

/** An absolute path (of a related location) as the user should see it. */
export type ShowPath = (absPath: string) => string;
