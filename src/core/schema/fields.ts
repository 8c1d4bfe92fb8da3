/**
 * The schemas as documentation: what a key means and which keys a mapping
 * may hold, for hovers and key completion without the Red Hat YAML
 * extension. Reads the same JSON files that ajv and editors read.
 */
import catalogSchema from '../../../schemas/catalog.schema.json';
import configSchema from '../../../schemas/config.schema.json';
import definitionsSchema from '../../../schemas/definitions.schema.json';
import journeySchema from '../../../schemas/journey.schema.json';
import type { PathSegment } from '../yaml/locate';
import type { FileKind } from '../engine/types';

interface Node {
  $ref?: string;
  description?: string;
  examples?: unknown[];
  enum?: unknown[];
  enumDescriptions?: string[];
  default?: unknown;
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  items?: Node;
}

export interface FieldInfo {
  description: string;
  examples: unknown[];
  /** The allowed values, when the field is an enum, with their meaning. */
  values?: { value: string; description?: string }[];
  default?: unknown;
}

export interface KeyInfo {
  key: string;
  description: string;
}

const FILES: Record<string, Node> = {
  'journey.schema.json': journeySchema as Node,
  'catalog.schema.json': catalogSchema as Node,
  'config.schema.json': configSchema as Node,
  'definitions.schema.json': definitionsSchema as Node,
};

interface Located {
  node: Node;
  file: string;
}

function deref(at: Located): Located {
  let { node, file } = at;
  for (let guard = 0; node.$ref && guard < 10; guard++) {
    const [target, pointer = ''] = node.$ref.split('#');
    file = target || file;
    let next: unknown = FILES[file];
    for (const seg of pointer.split('/').filter(Boolean)) next = (next as Record<string, unknown> | undefined)?.[seg];
    if (!next) break;
    node = next as Node;
  }
  return { node, file };
}

/** The schema of the value at a YAML path, or undefined where the schema says nothing. */
function schemaAt(kind: FileKind, path: readonly PathSegment[]): Located | undefined {
  let at: Located | undefined = deref({ node: FILES[`${kind}.schema.json`], file: `${kind}.schema.json` });
  for (const seg of path) {
    if (!at) return undefined;
    const { node, file }: Located = at;
    const child: Node | undefined = typeof seg === 'number'
      ? node.items
      : node.properties?.[seg] ?? (typeof node.additionalProperties === 'object' && !seg.startsWith('x-') ? node.additionalProperties : undefined);
    at = child ? deref({ node: child, file }) : undefined;
  }
  return at;
}

/** What the key at `path` means: for a hover on that key or its value. */
export function fieldInfo(kind: FileKind, path: readonly PathSegment[]): FieldInfo | undefined {
  const node = schemaAt(kind, path)?.node;
  if (!node?.description) return undefined;
  const values = node.enum?.map((v, i) => ({ value: String(v), description: node.enumDescriptions?.[i] }));
  return { description: node.description, examples: node.examples ?? [], values, default: node.default };
}

/** The keys the mapping at `path` may hold, in the format's order, for completion. */
export function keysAt(kind: FileKind, path: readonly PathSegment[]): KeyInfo[] {
  const at = schemaAt(kind, path);
  return Object.entries(at?.node.properties ?? {}).map(([key, prop]) => ({
    key,
    description: deref({ node: prop, file: at!.file }).node.description ?? '',
  }));
}
