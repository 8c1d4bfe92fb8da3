/**
 * How deep a YAML text nests, measured on yaml's token tree before the tree
 * is composed. Composing recurses once per level, and past a few thousand
 * levels V8 can abort the whole process (a fatal "RegExpCompiler Allocation
 * failed" when a regular expression is compiled near the stack's end) rather
 * than throw: a crash of the extension host, not an exception to catch. The
 * token tree is built without recursion, and walked here with an explicit stack.
 */
import { Composer, Parser, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { tooManyFlowItemsAt } from './flow-items';
import { MAX_FLOW_ITEMS } from '../engine/limits';

/** The offset of the first collection nested deeper than `max`, or undefined. */
export function tooDeepAt(tokens: readonly CST.Token[], max: number): number | undefined {
  // Pushed in reverse so that the walk goes in text order and finds the first place.
  const stack: { token: CST.Token | null | undefined; depth: number }[] = tokens.map((token) => ({ token, depth: 0 })).reverse();
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    if (token.type === 'document') {
      stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > max) return token.offset;
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i];
        stack.push({ token: item.value, depth: depth + 1 }, { token: item.key, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * yaml's parseDocument, refusing (undefined) a text that nests deeper than
 * `max`, or holds a flow collection over MAX_FLOW_ITEMS items, before composing
 * it. For partial parses that fall back to parseYaml, which then reports it.
 */
export function shallowDocument(text: string, options: DocumentOptions & ParseOptions & SchemaOptions, max: number): Document.Parsed | undefined {
  if (tooManyFlowItemsAt(text, MAX_FLOW_ITEMS) !== undefined) return undefined;
  const tokens = Array.from(new Parser().parse(text));
  if (tooDeepAt(tokens, max) !== undefined) return undefined;
  const docs = Array.from(new Composer(options).compose(tokens, true, text.length));
  return docs.length === 1 ? docs[0] : undefined;
}
