/**
 * Parses a journey while it is being typed without re-parsing all of it: each
 * step's block is parsed once per distinct text and reused, with its node
 * ranges shifted to where the block now stands. Anything that does not split
 * cleanly, and any syntax problem, falls back to the full parse, so findings
 * are always those of a full check.
 */
import { isMap, isNode, isScalar, isSeq, YAMLSeq, type Document, type Node } from 'yaml';
import { duplicateKeys } from './duplicate-keys';
import { LineIndex } from './lines';
import { MAX_NESTING_DEPTH } from '../engine/limits';
import { shallowDocument } from './nesting';
import { parseYaml, withNewlinesForLoneCRs, type ParsedYaml } from './parse';
import { splitSteps } from './segments';

// As in parse.ts: no yaml warnings on the console, and duplicate keys found by duplicateKeys()
// (yaml's own check is quadratic: a 20,000-key mapping took 4 s on every keystroke).
const OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' } as const;

interface Block {
  node: Node;
  value: unknown;
  /** The absolute offset the node's ranges currently reflect. */
  offset: number;
}

interface Shiftable {
  range?: [number, number, number] | null;
  items?: Shiftable[];
  key?: Shiftable | null;
  value?: Shiftable | null;
}

/**
 * Moves every range in a node tree by `delta`, in place. A plain loop over
 * the fields nodes and pairs have: it runs over every step after an edit.
 */
function shift(root: Node, delta: number): void {
  if (delta === 0) return;
  const stack: (Shiftable | null | undefined)[] = [root as Shiftable];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    const r = n.range;
    if (r) {
      r[0] += delta;
      r[1] += delta;
      r[2] += delta;
    }
    if (n.items) for (let i = 0; i < n.items.length; i++) stack.push(n.items[i]);
    if (n.key) stack.push(n.key);
    if (n.value) stack.push(n.value);
  }
}

function clean(doc: Document.Parsed): boolean {
  return doc.errors.length === 0 && doc.warnings.length === 0 && duplicateKeys(doc.contents).length === 0;
}

export class SegmentedParser {
  /** The blocks of the last parse, in order, with their texts. */
  private order: { text: string; block: Block }[] = [];
  /** Whether the last parse was composed from blocks (for tests and benchmarks). */
  lastWasSegmented = false;

  parse(text: string): ParsedYaml {
    // Split and parse the blocks with the line breaks the full parse sees, or a lone CR
    // would end a comment there and not here; positions still come from the text itself.
    const source = withNewlinesForLoneCRs(text);
    const split = splitSteps(source);
    const composed = split && this.compose(source, split, text);
    this.lastWasSegmented = !!composed;
    if (composed) return composed;
    this.order = [];
    return parseYaml(text);
  }

  /**
   * The unchanged block for step i: at the same index, or a few places away
   * (steps inserted or deleted before it). Compares texts; hashes nothing.
   */
  private reuse(blockText: string, i: number, used: Set<Block>): Block | undefined {
    for (const d of [0, 1, -1, 2, -2, 3, -3]) {
      const old = this.order[i + d];
      if (old && !used.has(old.block) && old.text.length === blockText.length && old.text === blockText) return old.block;
    }
    return undefined;
  }

  private compose(text: string, split: NonNullable<ReturnType<typeof splitSteps>>, original: string): ParsedYaml | undefined {
    // Deep nesting is refused before composing (see nesting.ts); the full parse then reports it.
    const head = shallowDocument(text.slice(0, split.itemsStart), OPTIONS, MAX_NESTING_DEPTH);
    const tail = split.trailerStart < text.length ? shallowDocument(text.slice(split.trailerStart), OPTIONS, MAX_NESTING_DEPTH) : undefined;
    if (!head || (split.trailerStart < text.length && !tail)) return undefined;
    if (!clean(head) || (tail && !clean(tail)) || !isMap(head.contents) || (tail && !isMap(tail.contents))) return undefined;
    const root = head.contents;
    const stepsPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'steps');
    if (!stepsPair) return undefined;
    // Plain values first: after the steps are attached, toJS would convert them all again.
    const value: Record<string, unknown> = { ...(head.toJS() as Record<string, unknown>), ...(tail ? (tail.toJS() as Record<string, unknown>) : {}) };
    if (tail && isMap(tail.contents)) {
      const headKeys = new Set(root.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
      // A key in both parts is a duplicate only the full parse reports.
      if (tail.contents.items.some((p) => !isScalar(p.key) || headKeys.has(String(p.key.value)))) return undefined;
      for (const p of tail.contents.items) {
        shift(p as unknown as Node, split.trailerStart);
        root.items.push(p);
      }
    }
    const order: { text: string; block: Block }[] = [];
    const used = new Set<Block>();
    const items: Node[] = [];
    const values: unknown[] = [];
    let byText: Map<string, Block> | undefined;
    for (let i = 0; i < split.items.length; i++) {
      const [start, end] = split.items[i];
      const blockText = text.slice(start, end);
      let block = this.reuse(blockText, i, used);
      if (!block) {
        // Many steps moved (a large paste): look the text up once, hashing all old blocks.
        byText ??= new Map(this.order.map((o) => [o.text, o.block]));
        const found = byText.get(blockText);
        if (found && !used.has(found)) block = found;
      }
      if (!block) {
        // A block stands one level less deep than in the whole journey (no top-level mapping).
        const doc = shallowDocument(blockText, OPTIONS, MAX_NESTING_DEPTH - 1);
        if (!doc || !clean(doc) || !isSeq(doc.contents) || doc.contents.items.length !== 1 || !isNode(doc.contents.items[0])) return undefined;
        block = { node: doc.contents.items[0] as Node, value: (doc.toJS() as unknown[])[0], offset: 0 };
      }
      shift(block.node, start - block.offset);
      block.offset = start;
      used.add(block);
      order.push({ text: blockText, block });
      items.push(block.node);
      values.push(block.value);
    }
    this.order = order;
    const seq = new YAMLSeq();
    seq.items = items;
    const last = items[items.length - 1].range!;
    seq.range = [split.itemsStart, last[1], last[2]];
    stepsPair.value = seq as unknown as YAMLSeq.Parsed;
    if (root.range) root.range = [root.range[0], text.length, text.length];
    value.steps = values;
    return { text: original, lines: new LineIndex(original), doc: head, value, problems: [] };
  }
}
