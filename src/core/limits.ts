/**
 * The limits that keep Journey Lens responsive on hostile or accidental input
 * (an alias bomb, a pasted data dump, a file of ten thousand brackets). Each
 * limit is far above what a hand-written journey needs, and each turns into
 * one clear finding instead of an exception or a frozen editor.
 */

/**
 * Aliases expanded when the YAML is turned into data. A journey needs a few
 * at most; "billion laughs" needs millions, each expanding the one before.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * Nesting of mappings and sequences. A journey nests about six levels
 * (steps, step, process, task, handoff, value); `x-` data may add a few. The
 * model, schema and rules walk the tree recursively, so a 10,000-level file
 * must be stopped before they see it.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * Syntax problems reported per file. A file that is broken everywhere (a
 * thousand unclosed brackets) would flood the Problems panel; the first
 * problems are the ones to fix, and the rest often follow from them.
 */
export const MAX_SYNTAX_PROBLEMS = 100;

/**
 * The default size above which a file is not checked (`CheckOptions.maxBytes`):
 * checking runs in the editor's extension host. A realistic 1 MB journey
 * (about 2,000 steps) takes some 0.7 s to check the first time and 70 ms per
 * edit after that (bench/hostile.ts); real journeys are a few kilobytes. The
 * command line lifts the limit; the editor can lift it for a check on save.
 */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** The file's size in UTF-8, as it is on disk, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else {
      // 3 bytes; a surrogate pair is 2 code units and 4 bytes, so also +2 for the pair.
      bytes += 2;
      if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    }
  }
  return bytes;
}

/** The file's size when it is over `maxBytes`, else undefined; counts only when it could be. */
export function oversize(text: string, maxBytes: number): number | undefined {
  // UTF-8 takes 1 to 3 bytes per UTF-16 code unit, so most texts need no counting.
  if (text.length * 3 <= maxBytes) return undefined;
  const bytes = utf8Length(text);
  return bytes > maxBytes ? bytes : undefined;
}

/** Quoted user text longer than this is shortened in messages. */
export const MAX_QUOTED_LENGTH = 80;

// A quote opens after a space, a bracket or the start, and closes before a space, punctuation or
// the end: the message's own words between two quotes ("'a b' is not … '-'") are not a quote.
const LONG_QUOTE = new RegExp(`(^|[\\s([{])'([^']{${MAX_QUOTED_LENGTH + 1},})'(?=$|[\\s)\\]}.,:;!?…—])`, 'g');

/**
 * Messages quote the user's text ("Unknown channel 'x'"). A pasted megabyte
 * id must not become a megabyte message in the Problems panel or a CI log:
 * a long quote keeps its beginning and an ellipsis, the advice around it stays.
 */
export function clipQuotes(message: string): string {
  if (message.length <= MAX_QUOTED_LENGTH) return message;
  return message.replace(LONG_QUOTE, (_, before: string, quoted: string) => `${before}'${quoted.slice(0, MAX_QUOTED_LENGTH - 20)}…'`);
}

/**
 * The longest CSV row of an event log, in bytes. Real exports write rows of
 * a few hundred bytes; a log with a 100 MB line (a dump pasted into one
 * field, a binary file named .csv) must become one "unreadable" finding, not
 * a 100 MB string in the editor's worker. XES needs no such limit of ours:
 * sax refuses any attribute value, tag or DTD over 64 KiB (sax.MAX_BUFFER_LENGTH).
 */
export const MAX_LOG_RECORD_BYTES = 1024 * 1024;
