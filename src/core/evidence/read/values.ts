/**
 * "No value" of evidence.md: empty, only white space (spaces, tabs, line
 * breaks), or one of `missing-values`. Values are otherwise kept as they
 * stand: case ids and activity names are not trimmed.
 */
export type ValueReader = (raw: string | undefined) => string | undefined;

export function valueReader(missingValues: readonly string[]): ValueReader {
  const missing = new Set(missingValues);
  return (raw) => (raw === undefined || isBlank(raw) || missing.has(raw) ? undefined : raw);
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** Trims what `isBlank` calls white space, for `where` (not String.trim: that also strips Unicode spaces). */
export function trimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
