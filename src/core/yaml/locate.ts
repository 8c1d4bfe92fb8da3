/**
 * Finds the smallest YAML node for a path such as ['steps', 2, 'channel'], so
 * that every finding points at the key or value that shows the problem.
 */
import { Document, isMap, isNode, isPair, isScalar, isSeq, Node, Pair } from 'yaml';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Which part of a mapping entry a finding points at. */
export type Part = 'key' | 'value' | 'entry';

export interface Span {
  start: number;
  end: number;
}

/** The node at a path, the pair it is the value of, and how deep the walk got. */
export interface Located {
  node: Node | undefined;
  pair: Pair | undefined;
  depth: number;
}

export function locate(doc: Document.Parsed | undefined, path: Path): Located {
  let node: Node | undefined = doc?.contents ?? undefined;
  let pair: Pair | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const p = node.items.find((it) => keyText(it) === String(seg));
      if (!p) break;
      pair = p;
      node = isNode(p.value) ? p.value : undefined;
      if (!node) {
        depth++;
        break;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!isNode(item)) break;
      pair = undefined;
      node = item;
    } else {
      break;
    }
    depth++;
  }
  return { node, pair, depth };
}

export function keyText(p: unknown): string | undefined {
  if (!isPair(p)) return undefined;
  const k = p.key;
  if (isScalar(k)) return String(k.value);
  return k === null || k === undefined ? undefined : String(k);
}

function nodeSpan(n: Node | undefined): Span | undefined {
  if (!n || !n.range) return undefined;
  return { start: n.range[0], end: n.range[1] };
}

/**
 * The span of a path's key, value or whole entry. When the path does not
 * exist all the way (a missing key), the nearest existing ancestor's key is
 * used, which is where a user would add the missing part.
 */
export function spanOf(doc: Document.Parsed | undefined, path: Path, part: Part = 'value'): Span {
  const found = locate(doc, path);
  const complete = found.depth === path.length;
  const key = found.pair && isNode(found.pair.key) ? found.pair.key : undefined;
  if (complete) {
    if (part === 'key' && key) return nodeSpan(key)!;
    if (part === 'entry' && key) {
      const k = nodeSpan(key)!;
      const v = nodeSpan(found.node);
      return { start: k.start, end: v ? v.end : k.end };
    }
    // A collection value is shown by its head, not as a block of squiggles.
    const v = isMap(found.node) || isSeq(found.node) ? headSpan(found.node) : nodeSpan(found.node);
    if (v && (v.end > v.start || !key)) return v;
    if (key) return nodeSpan(key)!;
  }
  // Incomplete path: point at the deepest existing key, or for the root at
  // its first key, where a reader starts looking.
  if (key) return nodeSpan(key)!;
  return headSpan(found.node) ?? { start: 0, end: 0 };
}

/** A collection is shown by its first key (or item); a scalar by itself. */
function headSpan(n: Node | undefined): Span | undefined {
  if (isMap(n) && n.items.length > 0 && isNode(n.items[0].key)) return nodeSpan(n.items[0].key as Node);
  if (isSeq(n) && n.items.length > 0 && isNode(n.items[0])) return headSpan(n.items[0] as Node);
  return nodeSpan(n);
}
