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
 * Items in one flow collection (`[a, b, c]` or `{a: 1, b: 2}`). A journey
 * writes a few per line; a pasted data dump can hold millions, and yaml's
 * token tree costs about 900 bytes per item before anything can be checked
 * (a 10 MB list of numbers took 4 GB and 40 s, or ran out of memory). Above
 * this the file is not read past the collection's start.
 */
export const MAX_FLOW_ITEMS = 100_000;

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
const MAX_QUOTED_LENGTH = 80;

// A quote opens after a space, a bracket or the start, and closes before a space, punctuation or
// the end: the message's own words between two quotes ("'a b' is not … '-'") are not a quote.
const OPENS_AFTER = /[\s([{]/;
const CLOSES_BEFORE = /[\s)\]}.,:;!?…—]/;

/**
 * Messages quote the user's text ("Unknown channel 'x'"). A pasted megabyte
 * id must not become a megabyte message in the Problems panel or a CI log:
 * a long quote keeps its beginning and an ellipsis, the advice around it stays.
 * One pass over the message, so a message full of quote marks costs no more.
 */
export function clipQuotes(message: string): string {
  if (message.length <= MAX_QUOTED_LENGTH) return message;
  // [opening mark, closing mark] of each quote.
  const quotes: [number, number][] = [];
  let open = -1;
  for (let i = message.indexOf("'"); i >= 0; i = message.indexOf("'", i + 1)) {
    if (open < 0 && (i === 0 || OPENS_AFTER.test(message[i - 1]))) {
      open = i;
    } else if (i + 1 === message.length || CLOSES_BEFORE.test(message[i + 1])) {
      if (open >= 0) quotes.push([open, i]);
      // A closing mark with no quote open: the last quote held a mark of the user's own
      // (`it' s`) and really ends here.
      else if (quotes.length > 0) quotes[quotes.length - 1][1] = i;
      open = -1;
    }
  }
  let out = '';
  let from = 0;
  for (const [start, end] of quotes) {
    if (end - start - 1 <= MAX_QUOTED_LENGTH) continue;
    out += `${message.slice(from, start + 1)}${message.slice(start + 1, start + 1 + MAX_QUOTED_LENGTH - 20)}…`;
    from = end;
  }
  return from === 0 ? message : out + message.slice(from);
}

/**
 * Findings the command line reports per file. A generated or broken file can
 * give a finding per line (130,000 `- 1` steps give 130,000 schema findings):
 * nobody reads past the first thousand, and a CI log or a SARIF upload of
 * hundreds of megabytes helps no one. The rest become one closing finding
 * that says how many more there are.
 */
export const MAX_FINDINGS_PER_FILE = 1_000;

/**
 * Characters in one include or exclude glob. A real glob is a few dozen
 * characters; the config comes from the repository, so a pull request could
 * otherwise hand the matcher a megabyte pattern for every file it walks.
 */
export const MAX_GLOB_LENGTH = 1000;

/**
 * Alternatives one glob's braces may expand to: `{a,b}{c,d}` is four, and
 * twenty such pairs would be a million patterns per file name.
 */
export const MAX_GLOB_ALTERNATIVES = 256;

/**
 * The most a file is read from disk, whatever the check's own size limit:
 * the command line checks any size (100,000 steps are 6.4 MB), but a named
 * 4 GB dump or a file that keeps growing must not fill the memory first.
 * The size is checked before reading and counted while reading.
 */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/**
 * Comparisons per list of candidates (a check's channels, steps, check ids)
 * spent on "did you mean". A search compares the unknown word with the
 * candidates of about its length; a file with ten thousand unknown references
 * among twenty thousand ids (generated, not typed) would repeat that ten
 * thousand times per keystroke. The first unknown words get a suggestion; the
 * rest name where to declare. A hand-written journey spends a few thousand.
 */
export const MAX_SUGGESTION_COMPARISONS = 200_000;

/**
 * The longest CSV row of an event log, in bytes. Real exports write rows of
 * a few hundred bytes; a log with a 100 MB line (a dump pasted into one
 * field, a binary file named .csv) must become one "unreadable" finding, not
 * a 100 MB string in the editor's worker. XES needs no such limit of ours:
 * sax refuses any attribute value, tag or DTD over 64 KiB (sax.MAX_BUFFER_LENGTH).
 */
export const MAX_LOG_RECORD_BYTES = 1024 * 1024;
