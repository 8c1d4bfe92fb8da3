/**
 * The include and exclude globs of journey-lens.config.yaml. The config comes
 * from the repository, so a pull request chooses the patterns: picomatch turns
 * them into regular expressions that backtrack (`+(a*)*b` never finishes on a
 * name of 28 a's; even `*a*a*a*b` takes seconds on a long name). This matcher
 * builds no regular expression: each `*` and `**` is matched greedily with one
 * backtrack point, so a pattern costs O(pattern × path) whatever it holds.
 *
 * Supported: `*` (within a folder name), `?` (one character), `**` (any number
 * of folders, as a whole path segment), `[abc]`, `[a-z]`, `[!abc]`/`[^abc]`,
 * `{a,b}` (nested too), and `\` to take the next character literally.
 * Refused, with a reason: an empty glob, a glob over MAX_GLOB_LENGTH, extended
 * globs (`+(…)`, `*(…)`, `?(…)`, `@(…)`, `!(…)`), a leading `!`, an unclosed
 * `[` or `{`, a trailing `\`, and braces over MAX_GLOB_ALTERNATIVES.
 */
import { MAX_GLOB_ALTERNATIVES, MAX_GLOB_LENGTH } from '../engine/limits';

export type GlobProblem =
  | { kind: 'empty' }
  | { kind: 'long'; length: number }
  | { kind: 'extglob'; construct: string }
  | { kind: 'negation' }
  | { kind: 'bracket' }
  | { kind: 'brace' }
  | { kind: 'escape' }
  | { kind: 'alternatives' };

export type PathMatcher = (relPath: string) => boolean;

/** One character of a folder or file name: a literal, `?` or a class. */
type CharTest = (c: string) => boolean;
/** `*` or one character. */
type Token = { star: true } | { star: false; test: CharTest; literalDot: boolean };
/** `**`, or a folder or file name's pattern. */
type Segment = { globstar: true } | { globstar: false; tokens: Token[] };

class Refused extends Error {
  constructor(readonly problem: GlobProblem) {
    super(problem.kind);
  }
}

/** Why the glob cannot be used, or undefined when it can. */
export function globProblem(glob: string): GlobProblem | undefined {
  try {
    compile(glob);
    return undefined;
  } catch (e) {
    if (e instanceof Refused) return e.problem;
    throw e;
  }
}

/**
 * A matcher for any of `globs` against a path relative to the walked folder,
 * with `/` between names. `dot`: whether `*`, `?` and `**` match names that
 * start with a dot (as in picomatch; otherwise only a literal `.` does).
 * Globs with a problem match nothing: the config check reports them.
 */
export function compileGlobs(globs: readonly string[], dot = false): PathMatcher {
  const patterns: Segment[][] = [];
  for (const glob of globs) {
    try {
      patterns.push(...compile(glob));
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
    }
  }
  return (relPath) => {
    const names = relPath.split('/').filter((n) => n !== '');
    return patterns.some((p) => matchSegments(p, names, dot));
  };
}

function compile(glob: string): Segment[][] {
  if (glob === '') throw new Refused({ kind: 'empty' });
  if (glob.length > MAX_GLOB_LENGTH) throw new Refused({ kind: 'long', length: glob.length });
  if (glob.startsWith('!') && !glob.startsWith('!(')) throw new Refused({ kind: 'negation' });
  return expandBraces(glob).map((alternative) => alternative.split('/').filter((n) => n !== '').map(segment));
}

/** `{a,b}c` → `ac`, `bc`: braces become separate patterns, each matched without backtracking. */
function expandBraces(glob: string): string[] {
  let results = [''];
  let i = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '\\') {
      if (i + 1 >= glob.length) throw new Refused({ kind: 'escape' });
      results = results.map((r) => r + glob.slice(i, i + 2));
      i += 2;
    } else if (c === '[') {
      const end = classEnd(glob, i);
      results = results.map((r) => r + glob.slice(i, end + 1));
      i = end + 1;
    } else if (c === '{') {
      const end = braceEnd(glob, i);
      const options = splitTopLevel(glob.slice(i + 1, end)).flatMap(expandBraces);
      if (results.length * options.length > MAX_GLOB_ALTERNATIVES) throw new Refused({ kind: 'alternatives' });
      results = results.flatMap((r) => options.map((o) => r + o));
      i = end + 1;
    } else {
      if ('+*?@!'.includes(c) && glob[i + 1] === '(') throw new Refused({ kind: 'extglob', construct: `${c}(` });
      results = results.map((r) => r + c);
      i++;
    }
  }
  return results;
}

/** The index of the `]` that closes the class opened at `start`. */
function classEnd(glob: string, start: number): number {
  let i = start + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  if (glob[i] === ']') i++; // a `]` first in a class is literal
  for (; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === ']') return i;
    else if (glob[i] === '/') break;
  }
  throw new Refused({ kind: 'bracket' });
}

function braceEnd(glob: string, start: number): number {
  let depth = 0;
  for (let i = start; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(glob, i);
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Refused({ kind: 'brace' });
}

/** `a,{b,c},d` → `a`, `{b,c}`, `d`. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(body, i);
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

function segment(name: string): Segment {
  if (name === '**') return { globstar: true };
  const tokens: Token[] = [];
  const chars = Array.from(name);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*') {
      if (tokens.at(-1)?.star !== true) tokens.push({ star: true });
    } else if (c === '?') {
      tokens.push({ star: false, test: () => true, literalDot: false });
    } else if (c === '[') {
      // compile() has checked that the class closes; `]` right after `[`, `[!` or `[^` is literal.
      let end = chars[i + 1] === '!' || chars[i + 1] === '^' ? i + 2 : i + 1;
      if (chars[end] === ']') end++;
      while (chars[end] !== ']') end += chars[end] === '\\' ? 2 : 1;
      tokens.push({ star: false, test: charClass(chars.slice(i + 1, end)), literalDot: false });
      i = end;
    } else {
      const literal = c === '\\' ? chars[++i] : c;
      tokens.push({ star: false, test: (x) => x === literal, literalDot: literal === '.' });
    }
  }
  return { globstar: false, tokens };
}

function charClass(body: string[]): CharTest {
  const negated = body[0] === '!' || body[0] === '^';
  const items = negated ? body.slice(1) : body;
  const singles = new Set<string>();
  const ranges: [number, number][] = [];
  for (let i = 0; i < items.length; i++) {
    const c = items[i] === '\\' ? items[++i] : items[i];
    if (items[i + 1] === '-' && i + 2 < items.length) {
      const to = items[i + 2] === '\\' ? items[i + 3] : items[i + 2];
      ranges.push([c.codePointAt(0)!, to.codePointAt(0)!]);
      i += items[i + 2] === '\\' ? 3 : 2;
    } else {
      singles.add(c);
    }
  }
  return (x) => {
    const code = x.codePointAt(0)!;
    const inside = singles.has(x) || ranges.some(([a, b]) => code >= a && code <= b);
    return inside !== negated;
  };
}

/** Greedy with one backtrack point: `**` plays the part of `*`, one name that of one character. */
function matchSegments(pattern: readonly Segment[], names: readonly string[], dot: boolean): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < names.length) {
    const p = pattern[i];
    if (p && !p.globstar && matchName(p.tokens, Array.from(names[j]), dot)) {
      i++;
      j++;
    } else if (p?.globstar) {
      star = i++;
      resume = j;
    } else if (star >= 0 && (dot || !names[resume].startsWith('.'))) {
      i = star + 1;
      j = ++resume;
    } else {
      return false;
    }
  }
  while (i < pattern.length && pattern[i].globstar) i++;
  return i === pattern.length;
}

function matchName(tokens: readonly Token[], name: readonly string[], dot: boolean): boolean {
  // A hidden name matches only a pattern that starts with a literal dot, unless `dot`.
  if (!dot && name[0] === '.' && !(tokens[0] && !tokens[0].star && tokens[0].literalDot)) return false;
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < name.length) {
    const t = tokens[i];
    if (t && !t.star && t.test(name[j])) {
      i++;
      j++;
    } else if (t?.star) {
      star = i++;
      resume = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++resume;
    } else {
      return false;
    }
  }
  while (i < tokens.length && tokens[i].star) i++;
  return i === tokens.length;
}
