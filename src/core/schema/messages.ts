/**
 * One ajv error → one finding: where it points (the smallest YAML node that
 * shows the problem) and what it says, in the words of the format page, with
 * what would fix it.
 */
import type { ErrorObject } from 'ajv';
import { capital } from '../language';
import type { Part, PathSegment } from '../locate';
import type { Report } from '../rule';
import { nearest } from '../suggest';

/** The parts of a JSON Schema that messages read. */
interface Schema {
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  patternProperties?: Record<string, unknown>;
  oneOf?: { required?: string[] }[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  patternErrorMessage?: string;
  'x-what'?: string;
  'x-keys'?: string;
}

type Path = PathSegment[];

const DURATION_HINT = "write e.g. '3 working days', '2 uur' or 'P2D'";

export function reportFor(e: ErrorObject, path: Path): Report {
  const schema = (e.parentSchema ?? {}) as Schema;
  const p = e.params as Record<string, unknown>;
  const name = nameOf(path);
  switch (e.keyword) {
    case 'additionalProperties':
      return unknownKey(String(p.additionalProperty), schema, path);
    case 'propertyNames': {
      const key = String(p.propertyName);
      const rule = lowerFirst((e.schema as Schema).patternErrorMessage ?? 'an id holds only letters, digits, \'-\' and \'_\'');
      return at([...path, key], 'key', `${quote(key)} is not a valid id for ${name}: ${rule}.`);
    }
    case 'required':
      return missingKeys(schema, [String(p.missingProperty)], path);
    case 'oneOf':
    case 'anyOf':
      return combinator(e, schema, path);
    case 'type':
      return at(path, 'value', wrongType(name, e.data, schema, p.type));
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof e.data === 'string' ? meant(e.data, allowed) : undefined;
      const hint = suggestion ? ` (did you mean ${quote(suggestion)}?)` : '';
      return at(path, 'value', `${name} must be one of ${allowed.join(', ')} — not ${quoteValue(e.data)}${hint}.`, suggestion ? { suggestion } : undefined);
    }
    case 'minimum':
    case 'maximum':
      return at(path, 'value', schema.minimum !== undefined && schema.maximum !== undefined
        ? `${name} must be between ${schema.minimum} and ${schema.maximum}, not ${String(e.data)}.`
        : `${name} must be at ${e.keyword === 'minimum' ? 'least' : 'most'} ${String(p.limit)}, not ${String(e.data)}.`);
    case 'minItems':
      return at(path, 'value', `${name} needs at least ${p.limit === 1 ? 'one entry' : `${String(p.limit)} entries`}.`);
    case 'pattern': {
      // A single value of "one value or a list" is named like an item of the list.
      const what = (schema.items?.['x-what'] ?? schema['x-what'] ?? 'an id').replace(/^an? /, '');
      const rule = lowerFirst(schema.patternErrorMessage ?? `it must match ${String(p.pattern)}`);
      return at(path, 'value', `${quoteValue(e.data)} is not a valid ${what}: ${rule}.`);
    }
    case 'format':
      if (p.format === 'duration') return at(path, 'value', `${quoteValue(e.data)} is not a duration: ${DURATION_HINT}.`);
      if (p.format === 'date') return at(path, 'value', `${quoteValue(e.data)} is not a date: write YYYY-MM-DD, e.g. '2026-09-01'.`);
      return at(path, 'value', `${name} is not a valid ${String(p.format)}.`);
    default:
      return at(path, 'value', `${name} ${e.message ?? 'is not valid'}.`);
  }
}

/** Every key a mapping lacks, in one finding at the mapping (where the user adds them). */
export function missingKeys(parentSchema: object, missing: readonly string[], path: Path): Report {
  const schema = parentSchema as Schema;
  const owner = withArticle(schema.title ?? 'mapping');
  const explain = (k: string) => firstSentence(schema.properties?.[k]?.description);
  const text = missing.length === 1
    ? `${owner} needs ${quote(missing[0])}${explain(missing[0]) ? `: ${explain(missing[0])}` : ''}.`
    : `${owner} needs ${list(missing.map((k) => `${quote(k)}${explain(k) ? ` (${explain(k)})` : ''}`), 'and')}.`;
  return at(path, 'key', text, { missing: [...missing] });
}

function unknownKey(key: string, schema: Schema, path: Path): Report {
  const noun = schema['x-keys'] ?? 'key';
  const allowed = Object.keys(schema.properties ?? {});
  const suggestion = meant(key, allowed);
  if (suggestion) return at([...path, key], 'key', `Unknown ${noun} ${quote(key)} — did you mean ${quote(suggestion)}?`, { suggestion });
  const own = schema.patternProperties?.['^x-'] ? ' (or an x- key for your own data)' : '';
  const where = allowed.length > 0 ? ` Allowed here: ${allowed.join(', ')}${own}.` : '';
  return at([...path, key], 'key', `Unknown ${noun} ${quote(key)}.${where}`);
}

/** What is left of a combinator after collapse.ts: "exactly one of" keys, or no branch fits the value's type. */
function combinator(e: ErrorObject, schema: Schema, path: Path): Report {
  const keys = (schema.oneOf ?? []).map((b) => b.required?.[0]).filter((k): k is string => !!k);
  const passing = (e.params as { passingSchemas?: unknown }).passingSchemas;
  if (e.keyword === 'oneOf' && keys.length > 0) {
    const owner = withArticle(schema.title ?? 'mapping');
    if (Array.isArray(passing)) {
      const present = passing.map((i) => keys[Number(i)]).filter((k) => k !== undefined);
      return at([...path, present[present.length - 1]], 'key', `${owner} names ${list(present.map(quote), 'or')}, not both: remove one.`);
    }
    const explain = keys.map((k) => `${quote(k)}${firstSentence(schema.properties?.[k]?.description) ? ` (${firstSentence(schema.properties?.[k]?.description)})` : ''}`);
    return at(path, 'key', `${owner} needs ${list(explain, 'or')}.`, { missing: keys });
  }
  return at(path, 'value', wrongType(nameOf(path), e.data, schema, schema.type));
}

/**
 * A typo (by edit distance), or else the one allowed word that the text
 * begins: 'warn' means 'warning', 'delight' means 'delighter'.
 */
export function meant(word: string, allowed: readonly string[]): string | undefined {
  const close = nearest(word, allowed);
  if (close || word.length < 3) return close;
  const w = word.toLowerCase();
  const starts = allowed.filter((a) => a.toLowerCase().startsWith(w));
  return starts.length === 1 ? starts[0] : undefined;
}

function wrongType(name: string, value: unknown, schema: Schema, type: unknown): string {
  const types = Array.isArray(type) ? type.map(String) : [String(type ?? '')];
  const what = schema['x-what'] ?? list(types.map(typeWords), 'or');
  if (value === null || value === undefined) {
    return name === 'the file' ? `The file is empty: it must be ${what}.` : `${capital(name)} has no value: write ${what}.`;
  }
  const text = `${capital(name)} must be ${what}, not ${quoteValue(value, '"')}.`;
  // YAML reads `2026` or `true` as a number or a boolean; quotes make it
  // text, which helps only where that text would be valid.
  const quotable = types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')
    && !schema.format && (!schema.pattern || new RegExp(schema.pattern).test(String(value)));
  return quotable ? `${text} To use ${String(value)} as text, put it in quotes: "${String(value)}".` : text;
}

function typeWords(type: string): string {
  switch (type) {
    case 'string': return 'text';
    case 'integer': return 'a whole number';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    case 'array': return 'a list';
    case 'object': return 'a mapping of keys and values';
    case 'null': return 'empty';
    default: return type;
  }
}

/** How a value is named: its key, or "entry 2 of 'fallback'". */
export function nameOf(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (typeof last === 'string') return quote(last);
  const parent = path[path.length - 2];
  return parent === undefined ? `entry ${last + 1}` : `entry ${last + 1} of ${quote(String(parent))}`;
}

function quoteValue(value: unknown, mark = "'"): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value !== 'string') return String(value);
  const short = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return `${mark}${short}${mark}`;
}

const quote = (s: string) => `'${s}'`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun}`;

function firstSentence(description: string | undefined): string {
  return description ? lowerFirst(description.split(/(?<=\.)\s/)[0]) : '';
}

function list(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

function at(path: Path, part: Part, message: string, data?: Report['data']): Report {
  return { path, part, message: capital(message), data };
}
