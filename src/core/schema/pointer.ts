/** ajv's instancePath (a JSON pointer) → the YAML path that locate.ts walks. */
import type { PathSegment } from '../yaml/locate';

/**
 * Decodes `~1` and `~0`, and makes a segment a number only where the value
 * at that point is a list: a mapping key such as `'2026'` stays a string.
 */
export function pointerToPath(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let here: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(here) && /^\d+$/.test(key) ? Number(key) : key;
    path.push(segment);
    here = here !== null && typeof here === 'object' ? (here as Record<PathSegment, unknown>)[segment] : undefined;
  }
  return path;
}
