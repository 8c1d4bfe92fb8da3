/**
 * One text edit that adds a pattern to a step's or task's `observed`,
 * whatever form it has: missing (a new key), empty, one scalar (it becomes a
 * flow list of two), a flow list or a block list. The rest of the line,
 * comments and the user's style stay as they are.
 */
import { isMap, isNode, isScalar, isSeq, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { addKey, type EditableDoc, type TextEdit } from '../../fixes/edits';
import { locate, type Path } from '../../yaml/locate';
import { yamlScalar } from './yaml-text';

function eol(d: EditableDoc): string {
  return d.text.includes('\r\n') ? '\r\n' : '\n';
}

function endOfNodeLine(d: EditableDoc, n: Node): number {
  let end = n.range![1];
  while (end > n.range![0] && /[\r\n]/.test(d.text[end - 1])) end--;
  return d.lines.lineEnd(d.lines.positionAt(end).line);
}

/** The keys after which a new `observed` reads best: a step's channel or customer, a task's does or actor. */
const AFTER = ['channel', 'customer', 'does', 'team', 'partner'];

/** Adds `pattern` (the pattern itself, not YAML) to the `observed` of the mapping at `placePath`. */
export function addObserved(d: EditableDoc, placePath: Path, pattern: string): TextEdit | undefined {
  const place = locate(d.doc, placePath);
  if (place.depth !== placePath.length || !isMap(place.node)) return undefined;
  const map = place.node as YAMLMap;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'observed');
  if (!pair) {
    const after = AFTER.find((k) => map.items.some((p) => isScalar(p.key) && p.key.value === k));
    return addKey(d, placePath, 'observed', yamlScalar(pattern, map.flow ? 'flow' : 'block'), after);
  }
  const value = pair.value;
  if (isSeq(value)) return addToSeq(d, value, pattern);
  if (isScalar(value) && value.range) {
    const [start, end] = value.range;
    if (value.value === null || value.value === '') {
      // `observed:` with nothing (or ~) after it.
      const lead = d.text[start - 1] === ':' ? ' ' : '';
      return { start, end, newText: lead + yamlScalar(pattern, map.flow ? 'flow' : 'block') };
    }
    // A block scalar's range takes in its line breaks: they stay.
    let to = end;
    while (to > start && /[\r\n]/.test(d.text[to - 1])) to--;
    return { start, end: to, newText: `[${asFlowItem(d, value)}, ${yamlScalar(pattern, 'flow')}]` };
  }
  if (value === null || value === undefined) {
    // The yaml library leaves no node for an empty value in some forms: write after the colon.
    const key = pair.key as Node;
    const colon = d.text.indexOf(':', key.range![1]);
    return colon < 0 ? undefined : { start: colon + 1, end: colon + 1, newText: ` ${yamlScalar(pattern, map.flow ? 'flow' : 'block')}` };
  }
  return undefined;
}

/** A scalar's text inside a flow list: a one-line quoted scalar as written, anything else written anew. */
function asFlowItem(d: EditableDoc, s: Scalar): string {
  const source = d.text.slice(s.range![0], s.range![1]);
  if ((s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE') && !/[\r\n]/.test(source)) return source;
  return yamlScalar(String(s.value), 'flow');
}

function addToSeq(d: EditableDoc, seq: YAMLSeq, pattern: string): TextEdit | undefined {
  if (!seq.range) return undefined;
  const items = seq.items.filter(isNode) as Node[];
  if (seq.flow) {
    const last = items[items.length - 1];
    if (!last?.range) {
      const at = seq.range[0] + 1;
      return { start: at, end: at, newText: yamlScalar(pattern, 'flow') };
    }
    return { start: last.range[1], end: last.range[1], newText: `, ${yamlScalar(pattern, 'flow')}` };
  }
  const first = items[0];
  const last = items[items.length - 1];
  if (!first?.range || !last?.range) return undefined;
  const lineStart = d.lines.lineStart(d.lines.positionAt(first.range[0]).line);
  const dash = d.text.lastIndexOf('-', first.range[0] - 1);
  if (dash < lineStart) return undefined;
  const at = endOfNodeLine(d, last);
  return { start: at, end: at, newText: `${eol(d)}${' '.repeat(dash - lineStart)}- ${yamlScalar(pattern, 'block')}` };
}
