/**
 * Writes a report's lines in chunks of about 64 KB, waiting whenever the
 * output asks to (a pipe to a slow reader): the whole report never sits in
 * one string, and memory stays bounded however many lines there are.
 */
const CHUNK = 64 * 1024;

/** `out` writes one chunk and a newline; a promise means: wait before the next. */
export async function writeLines(lines: Iterable<string>, out: (chunk: string) => unknown): Promise<void> {
  let chunk: string[] = [];
  let size = 0;
  for (const line of lines) {
    chunk.push(line);
    size += line.length + 1;
    if (size >= CHUNK) {
      await out(chunk.join('\n'));
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) await out(chunk.join('\n'));
}

/** A stream's write as such an `out`: resolves at once, or on 'drain' when the stream's buffer is full. */
export function streamOut(stream: NodeJS.WritableStream): (chunk: string) => void | Promise<void> {
  return (chunk) => {
    if (stream.write(`${chunk}\n`)) return;
    return new Promise<void>((resolve) => stream.once('drain', resolve));
  };
}
