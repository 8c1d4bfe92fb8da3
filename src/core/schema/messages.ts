/**
 * ajv errors in plain words. Each message says what is wrong and what would
 * fix it, in the vocabulary of the format page.
 */
import type { ErrorObject } from 'ajv';
import { nearest } from '../suggest';

type Schema = {
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  minimum?: number;
  maximum?: number;
  'x-what'?: string;
};

const ID_RULE = 'an id starts with a letter or digit and holds only letters, digits, \'-\' and \'_\'';

export function show(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return String(value);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
}

function expected(type: string, schema: Schema): string {
  if (schema['x-what']) return schema['x-what'];
  switch (type) {
    case 'string': return 'text';
    case 'integer': return schema.minimum !== undefined && schema.maximum !== undefined ? `a whole number from ${schema.minimum} to ${schema.maximum}` : 'a whole number';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    case 'array': return 'a list';
    case 'object': return 'a mapping of keys and values';
    default: return type.split(',').map((t) => expected(t, {})).join(' or ');
  }
}

/** How the value is named in a message: its key, or "each entry of 'asks'". */
export function nameOf(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return parent === undefined ? `entry ${last + 1}` : `entry ${last + 1} of '${parent}'`;
  }
  return `'${last}'`;
}

export interface Message {
  text: string;
  suggestion?: string;
}

export function messageFor(e: ErrorObject, path: readonly (string | number)[]): Message {
  const schema = (e.parentSchema ?? {}) as Schema;
  const name = nameOf(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      const desc = schema.properties?.[key]?.description;
      return { text: `A ${schema.title ?? 'mapping'} needs '${key}'${desc ? `: ${lowerFirst(desc)}` : '.'}` };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys(schema.properties ?? {});
      const suggestion = nearest(key, allowed);
      return suggestion
        ? { text: `Unknown key '${key}' — did you mean '${suggestion}'?`, suggestion }
        : { text: `Unknown key '${key}'. Allowed here: ${allowed.join(', ')} (or a key starting with x- for your own data).` };
    }
    case 'type':
      return { text: `${capital(name)} must be ${expected(String(p.type), schema)}, not ${show(e.data)}.` };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof e.data === 'string' ? nearest(e.data, allowed) : undefined;
      return { text: `${capital(name)} must be one of ${allowed.join(', ')} — not ${show(e.data)}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}.`, suggestion };
    }
    case 'minimum':
    case 'maximum':
      return schema.minimum !== undefined && schema.maximum !== undefined
        ? { text: `${capital(name)} must be between ${schema.minimum} and ${schema.maximum}, not ${show(e.data)}.` }
        : { text: `${capital(name)} must be at ${e.keyword === 'minimum' ? 'least' : 'most'} ${String(p.limit)}, not ${show(e.data)}.` };
    case 'minItems':
      return { text: `${capital(name)} needs at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}.` };
    case 'pattern':
      return { text: `${show(e.data)} is not a valid id: ${ID_RULE}.` };
    case 'propertyNames':
      return { text: `'${String(p.propertyName)}' is not a valid id: ${ID_RULE}.` };
    case 'format':
      return p.format === 'duration'
        ? { text: `${show(e.data)} is not a duration: write e.g. '3 working days', '2 uur' or 'P2D'.` }
        : { text: `${show(e.data)} is not a date: write YYYY-MM-DD, e.g. 2026-09-01.` };
    case 'oneOf':
      return e.message === 'both'
        ? { text: "A task is done by either a team or a partner, not both: remove 'team' or 'partner'." }
        : { text: "A task needs 'team' or 'partner': who does it." };
    case 'anyOf':
      return { text: `${capital(name)} must be ${schema['x-what'] ?? 'of another type'}, not ${show(e.data)}.` };
    default:
      return { text: `${capital(name)} ${e.message ?? 'is not valid'}.` };
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
