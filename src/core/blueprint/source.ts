/**
 * YAML paths to editor ranges for the blueprint: the whole node of a step or
 * task (to match the cursor and place findings) and the small part to select
 * when a cell is clicked.
 */
import type { Document } from 'yaml';
import type { LineIndex } from '../yaml/lines';
import { locate, spanOf, type Path, type Span } from '../yaml/locate';
import type { Range } from '../engine/types';

export class SourceRanges {
  constructor(
    private readonly doc: Document.Parsed | undefined,
    readonly lines: LineIndex,
  ) {}

  /** The whole node at a path (a step's mapping, a list item...). */
  nodeSpan(path: Path): Span {
    const found = locate(this.doc, path);
    const r = found.depth === path.length ? found.node?.range : undefined;
    if (!r) return spanOf(this.doc, path);
    // A block mapping ends after its line break; the cursor on the next line is not in it.
    let end = r[1];
    while (end > r[0] && /\s/.test(this.lines.text[end - 1])) end--;
    return { start: r[0], end };
  }

  /** The first of the given child keys that exists, else the node's head. */
  anchorSpan(path: Path, keys: readonly string[]): Span {
    for (const key of keys) {
      const child = [...path, key];
      if (locate(this.doc, child).depth === child.length) return spanOf(this.doc, child);
    }
    return spanOf(this.doc, path);
  }

  range(span: Span): Range {
    return this.lines.range(span.start, span.end);
  }

  spanOfRange(range: Range): Span {
    return { start: this.lines.offsetAt(range.start), end: this.lines.offsetAt(range.end) };
  }
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
