/**
 * Walking the journey and catalog schemas by YAML path, for completion and
 * hover: the schema of a value, the keys a mapping may hold, and what shape
 * a key's value takes (so that completion inserts the right structure).
 */
import catalogSchema from '../../../schemas/catalog.schema.json';
import definitionsSchema from '../../../schemas/definitions.schema.json';
import journeySchema from '../../../schemas/journey.schema.json';
import type { PathSegment } from '../yaml/locate';

export type SchemaKind = 'journey' | 'catalog';

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  title?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  required?: string[];
  oneOf?: { required?: string[] }[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
}

const FILES: Record<string, SchemaNode> = {
  'journey.schema.json': journeySchema as SchemaNode,
  'catalog.schema.json': catalogSchema as SchemaNode,
  'definitions.schema.json': definitionsSchema as SchemaNode,
};

export interface Located {
  node: SchemaNode;
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
    node = next as SchemaNode;
  }
  return { node, file };
}

function types(node: SchemaNode): string[] {
  return node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
}

/** The schema of the child `seg` of the value `at`. */
function child(at: Located, seg: PathSegment): Located | undefined {
  const { node, file } = at;
  let next: SchemaNode | undefined;
  if (typeof seg === 'number') next = node.items;
  else if (seg.startsWith('x-')) return undefined;
  else {
    next = node.properties?.[seg];
    if (!next) {
      for (const [pattern, value] of Object.entries(node.patternProperties ?? {})) {
        if (pattern !== '^x-' && new RegExp(pattern).test(seg)) { next = value; break; }
      }
    }
    if (!next && typeof node.additionalProperties === 'object') next = node.additionalProperties;
  }
  return next ? deref({ node: next, file }) : undefined;
}

/** The schema of the value at a YAML path of a journey or catalog, or undefined where the schema says nothing. */
export function schemaAt(kind: SchemaKind, path: readonly PathSegment[]): Located | undefined {
  let at: Located | undefined = deref({ node: FILES[`${kind}.schema.json`], file: `${kind}.schema.json` });
  for (const seg of path) {
    if (!at) return undefined;
    at = child(at, seg);
  }
  return at;
}

/** The shape of a value, as completion inserts it. */
export type Shape = 'mapping' | 'list' | 'scalar';

export function shapeOf(node: SchemaNode): Shape {
  const t = types(node);
  if (t.includes('string') || t.includes('integer') || t.includes('boolean') || t.includes('number')) return 'scalar';
  if (t.includes('array')) return 'list';
  if (t.includes('object') || node.properties) return 'mapping';
  return 'scalar';
}

/** The named keys a mapping may hold, in the schema's order, with their schemas. */
export function keysOf(at: Located): { key: string; node: SchemaNode; required: boolean }[] {
  const required = new Set([...(at.node.required ?? []), ...(at.node.oneOf ?? []).flatMap((b) => b.required ?? [])]);
  return Object.entries(at.node.properties ?? {}).map(([key, node]) => ({ key, node: deref({ node, file: at.file }).node, required: required.has(key) }));
}

export const isBoolean = (node: SchemaNode): boolean => types(node).length === 1 && types(node)[0] === 'boolean';
export const isEmotion = (node: SchemaNode): boolean => types(node).includes('integer') && node.minimum === -2 && node.maximum === 2;
/** A value that is a list of items only, whose items are mappings (steps, process). */
export const listOfMappings = (at: Located): boolean => shapeOf(at.node) === 'list' && !!at.node.items && shapeOf(deref({ node: at.node.items, file: at.file }).node) === 'mapping';

/** Every description and enumDescription the schemas hold, for the completeness test of the Dutch. */
export function allDescriptions(): Set<string> {
  const out = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const s = n as SchemaNode;
    if (typeof s.description === 'string') out.add(s.description);
    for (const d of s.enumDescriptions ?? []) out.add(d);
    Object.values(n).forEach(walk);
  };
  Object.values(FILES).forEach(walk);
  return out;
}
