/**
 * Words people write for an allowed value that spelling cannot find: Kano's
 * own category names (Kano et al. 1984, and the translations analysts use)
 * for the `kano` values, which the format names after what the customer feels.
 * "must-be" is nowhere near "basic" in edit distance, yet means it exactly.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  'must-be': 'basic',
  'must be': 'basic',
  'must-have': 'basic',
  'basis': 'basic',
  'basisbehoefte': 'basic',
  'one-dimensional': 'satisfier',
  'one dimensional': 'satisfier',
  'performance': 'satisfier',
  'lineair': 'satisfier',
  'prestatie': 'satisfier',
  'attractive': 'delighter',
  'excitement': 'delighter',
  'attractief': 'delighter',
  'wow': 'delighter',
};

/** The allowed value that `written` is another word for, if any of `allowed` is. */
export function synonymFor(written: string, allowed: readonly string[]): string | undefined {
  const meant = SYNONYMS[written.trim().toLowerCase().replace(/_/g, '-')];
  return meant !== undefined && allowed.includes(meant) ? meant : undefined;
}
