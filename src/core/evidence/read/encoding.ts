/**
 * Logs are UTF-8, with or without BOM (evidence.md). Anything else is
 * refused with "unreadable (encoding)" rather than read as U+FFFD garbage
 * that would then mismatch every `observed` pattern without a word: a
 * UTF-16 file (by its BOM, or by the NUL bytes that UTF-16 puts beside every
 * ASCII letter) and any byte sequence that is not UTF-8.
 */
import { isUtf8 } from 'buffer';

export const NOT_UTF8 = 'the log is not UTF-8 text (it holds bytes that are no UTF-8 character); save it as UTF-8';

/** Why the first bytes of a log cannot be UTF-8 text, or undefined. */
export function encodingProblemAtStart(head: Buffer): string | undefined {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return 'the log is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8';
  }
  if (head.subarray(0, 4096).includes(0)) return 'the log holds NUL bytes: it is UTF-16 or binary, not UTF-8 text';
  return undefined;
}

/**
 * Validates a stream of chunks as UTF-8 with the platform's validator; a
 * character split over two chunks is carried to the next.
 */
export class Utf8Check {
  private carry: Buffer = Buffer.alloc(0);

  /** False as soon as the bytes so far are not UTF-8. */
  chunk(bytes: Buffer): boolean {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
    const cut = data.length - incompleteTail(data);
    this.carry = Buffer.from(data.subarray(cut));
    return isUtf8(data.subarray(0, cut));
  }

  /** False when the stream ended inside a character. */
  end(): boolean {
    return this.carry.length === 0;
  }
}

/** How many bytes at the end start a multi-byte character that the next chunk completes (0 to 3). */
function incompleteTail(data: Buffer): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const b = data[data.length - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needs > back ? back : 0;
  }
  return 0;
}
