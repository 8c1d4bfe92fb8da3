/**
 * Duplicate keys, found in one pass over the parsed tree. yaml's own check
 * compares each key with every earlier key of its mapping: a 200,000-key
 * mapping took minutes. Here each mapping keeps a set. The walk uses an
 * explicit stack rather than recursion.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** The second and later occurrences of a key in one mapping, as [start, end], in order. */
export function duplicateKeys(root: Node | null | undefined): [number, number][] {
  const out: [number, number][] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isDuplicate(pair.key, seen)) out.push(spanOf(pair.key as Node));
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      // A flow sequence may hold single pairs, as in [a: 1].
      for (const item of node.items) stack.push(...(isPair(item) ? [item.key, item.value] : [item]));
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Keys are equal as yaml compares them: scalars by value (so 1 and "1" differ), other nodes never. */
function isDuplicate(key: unknown, seen: Set<unknown>): boolean {
  if (!isScalar(key) || Number.isNaN(key.value)) return false;
  if (seen.has(key.value)) return true;
  seen.add(key.value);
  return false;
}

function spanOf(node: Node): [number, number] {
  return node.range ? [node.range[0], node.range[1]] : [0, 0];
}
