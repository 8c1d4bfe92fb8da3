/**
 * Completion from the schemas, editor-free: the keys allowed at the cursor
 * with their descriptions, the values of enums with their meaning, emotion
 * with its labels, catalog paths in `uses`, and the structural snippets where
 * they fit. Ids (channels, teams, steps …) are src/core/language-service/reference-completion.ts's job.
 */
import type { Language } from '../i18n/language';
import { TARGETS_BY_KEY } from '../model/references';
import { slotAt, type KeySlot, type ValueSlot } from './cursor';
import { isBoolean, isEmotion, keysOf, listOfMappings, schemaAt, shapeOf, type SchemaKind, type SchemaNode } from './schema-nav';
import { snippetText, SNIPPETS, type SnippetName } from './snippets';
import { AUTHORING_TEXTS, described, firstSentence } from './texts';

export interface AuthoringItem {
  label: string;
  kind: 'key' | 'value' | 'snippet' | 'path';
  /** One line beside the label. */
  detail: string;
  /** The full description, plain text. */
  documentation: string;
  /** Snippet syntax (`$0`, `${1:…}`), with the indentation of every line written out. */
  insertText: string;
  /** The inserted text replaces from here to the cursor. */
  start: number;
  sortText: string;
  filterText: string;
  /** Open completion again after inserting (a value to choose comes next). */
  retrigger: boolean;
}

export interface AuthoringOptions {
  kind: SchemaKind;
  language: Language;
  /** The Red Hat YAML extension is active: it offers the schemas' keys and enum values itself. */
  redHat?: boolean;
  /** The workspace's catalogs as `uses` would name them (relative to the journey). */
  catalogs?: readonly string[];
}

/** Every item that fits at `offset`. */
export function schemaCompletions(text: string, offset: number, options: AuthoringOptions): AuthoringItem[] {
  const slot = slotAt(text, offset);
  if (!slot) return [];
  if (slot.kind === 'value') return valueItems(slot, options);
  const at = schemaAt(options.kind, slot.path);
  if (!at) return [];
  if (shapeOf(at.node) === 'scalar' && typeof slot.path[slot.path.length - 1] === 'number' && slot.item) {
    // `- ` in a list of texts or ids (`fallback:` then `- `): a value.
    const key = String(slot.path[slot.path.length - 2]);
    return valueItems({ kind: 'value', path: slot.path, key, prefix: slot.prefix, start: slot.start, siblings: slot.siblings, space: false }, options);
  }
  const out: AuthoringItem[] = [];
  // A new item of a list of mappings, on a line of its own (no `- ` yet): the item's snippet.
  if (listOfMappings(at) && slot.bare) {
    const name = ITEM_SNIPPETS[String(slot.path[slot.path.length - 1])];
    if (name) out.push(snippetItem(name, slot, options.language, false));
    return out;
  }
  if (shapeOf(at.node) !== 'mapping') return out;
  const owner = ownerOf(slot.path);
  if (slot.item && !slot.present.size && owner && ITEM_SNIPPETS[owner] && slot.prefix === '') {
    out.push(snippetItem(ITEM_SNIPPETS[owner], slot, options.language, true));
  }
  for (const [name, where] of Object.entries(PLACED_SNIPPETS) as [SnippetName, (s: KeySlot) => boolean][]) {
    if (where(slot) && (slot.bare || slot.prefix)) out.push(snippetItem(name, slot, options.language, false));
  }
  if (!options.redHat) out.push(...keyItems(slot, keysOf(at), options.language));
  return out;
}

/** Lists whose items a snippet writes. */
const ITEM_SNIPPETS: Record<string, SnippetName> = { steps: 'step', process: 'task' };

/** The snippets that go at a key's place, and where. */
const PLACED_SNIPPETS: Partial<Record<SnippetName, (s: KeySlot) => boolean>> = {
  promise: (s) => ownerOf(s.path) === 'steps' && !s.present.has('promise'),
  handoff: (s) => ownerOf(s.path) === 'process' && !s.present.has('handoff'),
  partner: (s) => s.path.length === 1 && s.path[0] === 'partners',
};

/** The list a mapping is an item of: 'steps' for ['steps', 2]. */
function ownerOf(path: readonly (string | number)[]): string | undefined {
  return typeof path[path.length - 1] === 'number' ? String(path[path.length - 2]) : undefined;
}

function snippetItem(name: SnippetName, slot: KeySlot, language: Language, dashTyped: boolean): AuthoringItem {
  const s = SNIPPETS[language][name];
  const column = dashTyped ? slot.column - 2 : slot.column;
  return {
    label: s.label, kind: 'snippet', detail: s.description, documentation: s.body.join('\n').replace(/\$\{\d+[:|]([^}|]*)[^}]*\}/g, '$1').replace(/\$\d/g, ''),
    insertText: snippetText(name, language, column, dashTyped), start: slot.start,
    sortText: `0${name}`, filterText: `${name} ${SNIPPETS.en[name].label} ${SNIPPETS.nl[name].label}`, retrigger: false,
  };
}

function keyItems(slot: KeySlot, keys: ReturnType<typeof keysOf>, language: Language): AuthoringItem[] {
  const t = AUTHORING_TEXTS[language];
  const actor = slot.present.has('team') || slot.present.has('partner');
  return keys
    .filter(({ key }) => !slot.present.has(key) && !(actor && (key === 'team' || key === 'partner')))
    .map(({ key, node, required }, i) => {
      const description = described(node.description, language);
      const inner = ' '.repeat(slot.column + 2);
      const shape = shapeOf(node);
      const insertText = shape === 'mapping' ? `${key}:\n${inner}$0` : shape === 'list' ? `${key}:\n${inner}- $0` : `${key}: $0`;
      return {
        label: key, kind: 'key' as const,
        detail: required ? `${t.required} · ${firstSentence(description)}` : firstSentence(description),
        documentation: description, insertText, start: slot.start,
        // Required keys first, then the schema's (the format's) order.
        sortText: `${required ? 1 : 2}${String(i).padStart(2, '0')}`, filterText: key,
        // A block or a list opens the keys (or snippet) of what goes in it; a scalar its values, if it has any.
        retrigger: shape !== 'scalar' || offersValues(key, node),
      };
    });
}

function offersValues(key: string, node: SchemaNode): boolean {
  return !!node.enum || isBoolean(node) || isEmotion(node) || key in TARGETS_BY_KEY || key === 'uses';
}

function valueItems(slot: ValueSlot, options: AuthoringOptions): AuthoringItem[] {
  const at = schemaAt(options.kind, slot.path);
  const t = AUTHORING_TEXTS[options.language];
  const node = at?.node;
  const space = slot.space ? ' ' : '';
  const item = (label: string, detail: string, documentation: string, i: number, kind: AuthoringItem['kind'] = 'value'): AuthoringItem => ({
    label, kind, detail, documentation, insertText: space + label.replace(/[$}\\]/g, '\\$&'), start: slot.start,
    sortText: String(i).padStart(3, '0'), filterText: label, retrigger: false,
  });
  if (slot.key === 'uses' && options.kind === 'journey' && (slot.path.length === 1 || (slot.path.length === 2 && typeof slot.path[1] === 'number'))) {
    return (options.catalogs ?? []).filter((p) => !slot.siblings.includes(p)).map((p, i) => item(p, t.catalog, '', i, 'path'));
  }
  if (!node) return [];
  const description = described(node.description, options.language);
  if (isEmotion(node)) {
    return [-2, -1, 0, 1, 2].map((n, i) => item(String(n), t.emotion[i], description, i));
  }
  // The Red Hat YAML extension lists enum values and booleans itself, with the schemas' enumDescriptions.
  if (options.redHat) return [];
  if (node.enum) {
    return node.enum.map((v, i) => item(String(v), described(node.enumDescriptions?.[i], options.language), description, i));
  }
  if (isBoolean(node)) return [item('true', t.yes, description, 0), item('false', t.no, description, 1)];
  return [];
}

/** The workspace's catalogs as a journey's `uses` names them: relative to the journey's folder, with '/'. */
export function catalogPathsFrom(journeyPath: string, catalogPaths: readonly string[]): string[] {
  const dir = journeyPath.split('/').slice(0, -1);
  return catalogPaths.map((p) => {
    const parts = p.split('/');
    let common = 0;
    while (common < dir.length && common < parts.length - 1 && dir[common] === parts[common]) common++;
    return [...Array(dir.length - common).fill('..'), ...parts.slice(common)].join('/');
  }).sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Whether the cursor is at a value of `uses`, so the provider looks for the workspace's catalogs (and only then). */
export function wantsCatalogs(text: string, offset: number): boolean {
  const slot = slotAt(text, offset);
  if (!slot) return false;
  return slot.kind === 'value' ? slot.key === 'uses' : slot.item && slot.path.length === 2 && slot.path[0] === 'uses';
}
