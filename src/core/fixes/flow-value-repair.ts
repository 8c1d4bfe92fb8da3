/**
 * Free text that YAML splits or refuses inside a flow mapping. In
 * `{ to: fa, gives: adres, EAN-code en tijdstip }` the comma ends the value,
 * so `EAN-code en tijdstip` reads as a key of its own; in
 * `{ says: Note: we call }` the second `: ` is refused. An analyst meant one
 * value. The repairs: the value in double quotes, or (for the comma) the
 * mapping rewritten in block style, where a comma in a value is plain text.
 */
import { isMap, isNode, isScalar, isSeq, Scalar, type Pair, type YAMLMap } from 'yaml';
import type { EditableDoc, TextEdit } from './edits';
import { locate, type Path } from '../yaml/locate';
import type { Language, Texts } from '../i18n/language';
import { one, type Fix } from './fix';

export interface FlowValueRepair {
  /** The value as the analyst meant it, to name it in the fix's title. */
  value: string;
  quoted: TextEdit;
  /** Only where the mapping is on one line, without comments, as the value of a block entry or a block list item. */
  block?: TextEdit;
}

/** JSON's escapes are valid in YAML's double-quoted scalars. */
const quote = (text: string): string => JSON.stringify(text);

const range = (n: unknown): [number, number] | undefined => (isNode(n) && n.range ? [n.range[0], n.range[1]] : undefined);

/**
 * For an unknown key at `path` that is the tail of a value split at a comma
 * (`gives: adres, EAN-code en tijdstip`): the repairs, or undefined when the
 * key is a real key (written with a colon) or not in a flow mapping.
 */
export function splitValueRepair(d: EditableDoc, path: Path): FlowValueRepair | undefined {
  const mapPath = path.slice(0, -1);
  const found = locate(d.doc, mapPath);
  const map = found.node;
  if (found.depth !== mapPath.length || !isMap(map) || !map.flow) return undefined;
  const items = map.items as Pair[];
  const at = items.findIndex((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1]));
  if (at < 0 || !isBare(d, map, at)) return undefined;
  let first = at;
  while (first > 0 && isBare(d, map, first - 1)) first--;
  let last = at;
  while (last + 1 < items.length && isBare(d, map, last + 1)) last++;
  const owner = items[first - 1];
  const start = owner && isScalar(owner.value) && owner.value.type === Scalar.PLAIN ? range(owner.value)?.[0] : undefined;
  const end = range(items[last].key)?.[1];
  if (start === undefined || end === undefined) return undefined;
  const value = d.text.slice(start, end);
  return { value, quoted: { start, end, newText: quote(value) }, block: blockRewrite(d, mapPath, map, first - 1, last, value) };
}

/** A key with no value and no colon: a piece of the previous value. */
function isBare(d: EditableDoc, map: YAMLMap, index: number): boolean {
  const p = map.items[index] as Pair;
  const key = range(p.key);
  if (!key || p.value !== null || !isScalar(p.key) || p.key.type !== Scalar.PLAIN) return false;
  const next = map.items[index + 1] as Pair | undefined;
  const until = range(next?.key)?.[0] ?? map.range![1];
  return !d.text.slice(key[1], until).includes(':');
}

/**
 * The flow mapping in block style, with items owner+1..last folded back into
 * the owner's value. Keys and values keep their source text.
 */
function blockRewrite(d: EditableDoc, mapPath: Path, map: YAMLMap, owner: number, last: number, value: string): TextEdit | undefined {
  const [mapStart, mapEnd] = map.range!;
  const source = d.text.slice(mapStart, mapEnd);
  if (/[\r\n#]/.test(source)) return undefined;
  const eol = d.text.includes('\r\n') ? '\r\n' : '\n';
  const lines: string[] = [];
  (map.items as Pair[]).forEach((p, i) => {
    if (i > owner && i <= last) return;
    const key = range(p.key);
    const val = range(p.value);
    if (!key) return;
    const keyText = d.text.slice(key[0], key[1]);
    lines.push(i === owner ? `${keyText}: ${value}` : val ? `${keyText}: ${d.text.slice(val[0], val[1])}` : `${keyText}:`);
  });
  const lineStart = d.lines.lineStart(d.lines.positionAt(mapStart).line);
  const before = d.text.slice(lineStart, mapStart);
  const parent = locate(d.doc, mapPath.slice(0, -1)).node;
  if (isSeq(parent) && !parent.flow && /^\s*-\s+$/.test(before)) {
    // `- { id: a, … }`: the first entry after the dash, the others under it.
    const column = ' '.repeat(mapStart - lineStart);
    return { start: mapStart, end: mapEnd, newText: lines.join(eol + column) };
  }
  if (isMap(parent) && !parent.flow) {
    // `handoff: { … }`: the entries on lines of their own, two spaces deeper than the key.
    const pair = (parent.items as Pair[]).find((p) => p.value === map);
    const key = range(pair?.key);
    if (!key) return undefined;
    const colon = d.text.indexOf(':', key[1]);
    if (colon < 0 || colon > mapStart || !/^:\s*$/.test(d.text.slice(colon, mapStart))) return undefined;
    const indent = ' '.repeat(key[0] - d.lines.lineStart(d.lines.positionAt(key[0]).line) + 2);
    return { start: colon + 1, end: mapEnd, newText: lines.map((l) => eol + indent + l).join('') };
  }
  return undefined;
}

/**
 * For a syntax error at `offset` that is a flow value holding `: `
 * (`{ says: Note: we call back }`): the value in quotes. In block style the
 * same value would be refused too, so quoting is the one repair.
 */
export function colonValueRepair(d: EditableDoc, offset: number): FlowValueRepair | undefined {
  const line = d.lines.positionAt(offset).line;
  const lineStart = d.lines.lineStart(line);
  const lineText = d.text.slice(lineStart, d.lines.lineEnd(line));
  const column = offset - lineStart;
  // The error must start right where a flow entry's value starts.
  if (!/[{,]\s*[^\s{}[\],:#'"][^{}[\],:#]*:\s+$/.test(lineText.slice(0, column))) return undefined;
  const rest = lineText.slice(column);
  const stop = rest.search(/[,}]/);
  if (stop < 0) return undefined;
  const value = rest.slice(0, stop).trimEnd();
  // Brackets or a comment mark would make the end of the value a guess.
  if (!value.includes(': ') || /[[\]{}#]/.test(value)) return undefined;
  return { value, quoted: { start: offset, end: offset + value.length, newText: quote(value) } };
}

const REPAIR_TEXT: Texts<{ quoteValue: (value: string) => string; blockStyle: string }> = {
  en: { quoteValue: (value) => `Put '${value}' in quotes, as one value`, blockStyle: 'Write it in block style, one key per line' },
  nl: { quoteValue: (value) => `'${value}' tussen aanhalingstekens zetten, als één waarde`, blockStyle: 'In blokstijl schrijven, één sleutel per regel' },
};

/** The two repairs as quick fixes: quoted (preferred), or the mapping in block style. */
export function flowValueFixes(repair: FlowValueRepair | undefined, language: Language): Fix[] {
  if (!repair) return [];
  const t = REPAIR_TEXT[language];
  return [...one(t.quoteValue(repair.value), repair.quoted, false, true), ...one(t.blockStyle, repair.block)];
}
