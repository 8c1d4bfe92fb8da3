/**
 * The activity patterns of `observed` and `actors` (evidence.md): a pattern
 * matches a whole name, case-sensitively; `*` stands for any run of
 * characters (none included), `?` for one code point, everything else for
 * itself. Matched greedily with one backtrack point, so a hostile pattern
 * such as `*a*a*a*b` costs O(pattern × name), never exponential time, and no
 * regular expression is built from user text.
 */

export type Matcher = (name: string) => boolean;

/** Code points, so that `?` is one character also outside the BMP. */
const codePoints = (s: string): string[] => Array.from(s);

export function compilePattern(pattern: string): Matcher {
  if (!pattern.includes('*') && !pattern.includes('?')) return (name) => name === pattern;
  const p = codePoints(pattern);
  return (name) => matches(p, codePoints(name));
}

function matches(p: readonly string[], n: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < n.length) {
    if (i < p.length && (p[i] === '?' || (p[i] !== '*' && p[i] === n[j]))) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      resume = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++resume;
    } else {
      return false;
    }
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

