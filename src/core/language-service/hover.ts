/**
 * Hover from the schemas, editor-free: on a key, what it means; on an enum
 * value (a Kano category, a channel kind, a team line, an emotion, a boolean),
 * what that value means. Works on the parsed document, so flow mappings
 * (`{ kind: web }`) hover too. The texts are the schemas' (ours), in the
 * display language; the provider escapes them all the same.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Language } from '../i18n/language';
import type { PathSegment } from '../yaml/locate';
import { isBoolean, isEmotion, schemaAt, type SchemaKind } from './schema-nav';
import { AUTHORING_TEXTS, described } from './texts';

export interface SchemaHover {
  /** The key, as written. */
  key: string;
  /** The key's meaning. */
  description: string;
  /** On a value: the value and its meaning. */
  value?: { text: string; meaning: string };
  /** The part of the format reference that explains the key. */
  doc: { file: 'format.md' | 'evidence.md'; anchor: string; title: string };
  start: number;
  end: number;
}

interface Hit { path: PathSegment[]; key: string; part: 'key' | 'value'; node: Node }

/** The key or scalar value at an offset, with its path. */
function hitAt(node: Node | null | undefined, offset: number, path: PathSegment[]): Hit | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || !key.range) continue;
      const name = String(key.value);
      if (offset >= key.range[0] && offset <= key.range[1]) return { path: [...path, name], key: name, part: 'key', node: key };
      const value = pair.value as Node | null;
      if (value?.range && offset >= value.range[0] && offset <= value.range[1]) {
        if (isScalar(value)) return { path: [...path, name], key: name, part: 'value', node: value };
        return hitAt(value, offset, [...path, name]);
      }
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as Node | null;
      if (!item?.range || offset < item.range[0] || offset > item.range[1]) continue;
      if (isScalar(item)) {
        const key = String(path[path.length - 1] ?? '');
        return { path: [...path, i], key, part: 'value', node: item };
      }
      return hitAt(item, offset, [...path, i]);
    }
  }
  return undefined;
}

/** The headings of docs/format.md, as GitHub anchors them, by the schema title of the mapping a key is in. */
const SECTIONS: Record<string, string> = {
  journey: 'journey-file-journeyyaml',
  catalog: 'catalog-file-catalogyaml',
  step: 'step-an-element-of-steps',
  task: 'task-an-element-of-a-steps-process',
  handoff: 'handoff-handoff-of-a-task',
  promise: 'promise-promise-of-a-step',
  channel: 'channel-an-entry-of-channels',
  team: 'team-an-entry-of-teams',
  system: 'system-an-entry-of-systems',
  partner: 'partner-an-entry-of-partners',
};

export function schemaHoverAt(doc: Document | undefined, offset: number, kind: SchemaKind, language: Language): SchemaHover | undefined {
  const hit = doc && hitAt(doc.contents as Node | null, offset, []);
  if (!hit) return undefined;
  // A list item's schema is the list's; the key is the list's key.
  const keyPath = typeof hit.path[hit.path.length - 1] === 'number' ? hit.path.slice(0, -1) : hit.path;
  const at = schemaAt(kind, hit.path);
  const keyAt = schemaAt(kind, keyPath);
  if (!keyAt?.node.description || !at) return undefined;
  const parent = schemaAt(kind, keyPath.slice(0, -1))?.node;
  // A key that is an id or a name of the user's (`telefoon:` under `channels:`) is not the format's: the id hover explains it.
  const last = keyPath[keyPath.length - 1];
  if (keyPath.length > 0 && typeof last === 'string' && !parent?.properties?.[last]) return undefined;
  const owner = parent?.title ?? kind;
  const t = AUTHORING_TEXTS[language];
  const docLink = owner === 'evidence section'
    ? { file: 'evidence.md' as const, anchor: '', title: t.evidenceLink }
    : { file: 'format.md' as const, anchor: SECTIONS[owner] ?? SECTIONS[kind], title: t.formatLink };
  const range = hit.node.range!;
  const out: SchemaHover = { key: hit.key, description: described(keyAt.node.description, language), doc: docLink, start: range[0], end: range[1] };
  if (hit.part === 'key') return out;
  const value = (hit.node as { value?: unknown }).value;
  const node = at.node;
  let meaning: string | undefined;
  if (node.enum) {
    const i = node.enum.findIndex((v) => v === value);
    if (i >= 0) meaning = described(node.enumDescriptions?.[i], language);
  } else if (isEmotion(node) && typeof value === 'number' && Number.isInteger(value) && value >= -2 && value <= 2) {
    meaning = t.emotion[value + 2];
  } else if (isBoolean(node) && typeof value === 'boolean') {
    meaning = value ? t.yes : t.no;
  }
  return meaning === undefined ? undefined : { ...out, value: { text: String(value), meaning } };
}

/** Where the repository's docs live: the rule pages' base, one folder up. */
export function docUrl(hover: SchemaHover, docsBase: string): string {
  return `${docsBase.replace(/rules\/$/, '')}${hover.doc.file}${hover.doc.anchor ? `#${hover.doc.anchor}` : ''}`;
}
