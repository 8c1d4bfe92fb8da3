/** Progress lines of a job: on stderr, which the parent passes on; stdout carries the result. */
export const progress = (line: string): void => void process.stderr.write(`${line}\n`);
