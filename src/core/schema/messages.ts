/**
 * One ajv error → one finding: where it points (the smallest YAML node that
 * shows the problem) and what it says, in the words of the format page, with
 * what would fix it, in English or Dutch. The schemas' own texts (titles,
 * x-what, ...) come translated from dutch.ts.
 */
import type { ErrorObject } from 'ajv';
import { synonymFor } from './synonyms';
import { capital, type Language } from '../i18n/language';
import type { Part, PathSegment } from '../yaml/locate';
import type { Report } from '../rules/rule';
import type { SchemaData } from '../rules/structure/schema';
import { nearest } from '../engine/suggest';
import { SCHEMA_DUTCH } from './dutch';
import { WORDS, type TaggedTag, type Words } from './words';

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

/** Messages in one language. */
export class SchemaMessages {
  private readonly w: Words;

  constructor(private readonly language: Language) {
    this.w = WORDS[language];
  }

  /** A schema text in this language (the schemas are written in English). */
  private tr(text: string): string;
  private tr(text: string | undefined): string | undefined;
  private tr(text: string | undefined): string | undefined {
    return text !== undefined && this.language === 'nl' ? SCHEMA_DUTCH[text] ?? text : text;
  }

  reportFor(e: ErrorObject, path: Path): Report<SchemaData> {
    const w = this.w;
    const schema = (e.parentSchema ?? {}) as Schema;
    const p = e.params as Record<string, unknown>;
    const name = this.nameOf(path);
    switch (e.keyword) {
      case 'additionalProperties':
        return this.unknownKey(String(p.additionalProperty), schema, path);
      case 'propertyNames': {
        const key = String(p.propertyName);
        const message = (e.schema as Schema).patternErrorMessage;
        const rule = message ? lowerFirst(this.tr(message)) : w.idRule;
        return at([...path, key], 'key', w.badId(quote(key), name, rule));
      }
      case 'required':
        return this.missingKeys(schema, [String(p.missingProperty)], path);
      case 'oneOf':
      case 'anyOf':
        return this.combinator(e, schema, path);
      case 'type':
        return at(path, 'value', this.wrongType(name, e.data, schema, p.type));
      case 'enum': {
        const allowed = (p.allowedValues as unknown[]).map(String);
        const suggestion = typeof e.data === 'string' ? (synonymFor(e.data, allowed) ?? meant(e.data, allowed)) : undefined;
        const message = w.oneOf(name, allowed.join(', '), this.quoteValue(e.data), suggestion && quote(suggestion));
        return at(path, 'value', message, suggestion ? { kind: 'value', suggestion } : undefined);
      }
      case 'minimum':
      case 'maximum': {
        const value = String(e.data);
        if (schema.minimum !== undefined && schema.maximum !== undefined) return at(path, 'value', w.between(name, schema.minimum, schema.maximum, value));
        return at(path, 'value', (e.keyword === 'minimum' ? w.atLeast : w.atMost)(name, String(p.limit), value));
      }
      case 'minItems':
        return at(path, 'value', w.minItems(name, Number(p.limit)));
      case 'pattern': {
        // A single value of "one value or a list" is named like an item of the list.
        const what = w.bare(this.tr(schema.items?.['x-what'] ?? schema['x-what']) ?? w.anId);
        const rule = schema.patternErrorMessage ? lowerFirst(this.tr(schema.patternErrorMessage)) : w.matchRule(String(p.pattern));
        return at(path, 'value', w.badPattern(this.quoteValue(e.data), what, rule));
      }
      case 'format':
        if (p.format === 'duration') return at(path, 'value', w.notDuration(this.quoteValue(e.data)));
        if (p.format === 'date') return at(path, 'value', w.notDate(this.quoteValue(e.data)));
        if (p.format === 'timezone') return at(path, 'value', w.notZone(this.quoteValue(e.data)));
        return at(path, 'value', w.badFormat(name, String(p.format)));
      default:
        return at(path, 'value', w.invalid(name, e.message));
    }
  }

  /** Every key a mapping lacks, in one finding at the mapping (where the user adds them). */
  missingKeys(parentSchema: object, missing: readonly string[], path: Path): Report<SchemaData> {
    const schema = parentSchema as Schema;
    const owner = this.owner(schema);
    const explain = (k: string) => this.firstSentence(schema.properties?.[k]?.description);
    const text = missing.length === 1
      ? this.w.needsOne(owner, quote(missing[0]), explain(missing[0]))
      : this.w.needs(owner, this.list(missing.map((k) => `${quote(k)}${explain(k) ? ` (${explain(k)})` : ''}`), 'and'));
    return at(path, 'key', text, { kind: 'missing', missing: [...missing] });
  }

  private unknownKey(key: string, schema: Schema, path: Path): Report<SchemaData> {
    const noun = this.tr(schema['x-keys']) ?? this.w.key;
    const allowed = Object.keys(schema.properties ?? {});
    const suggestion = meant(key, allowed);
    if (suggestion) return at([...path, key], 'key', this.w.didYouMean(noun, quote(key), quote(suggestion)), { kind: 'key', suggestion });
    const where = allowed.length > 0 ? this.w.allowedHere(allowed.join(', '), !!schema.patternProperties?.['^x-']) : '';
    return at([...path, key], 'key', `${this.w.unknown(noun, quote(key))}${where}`);
  }

  /** What is left of a combinator after collapse.ts: "exactly one of" keys, or no branch fits the value's type. */
  private combinator(e: ErrorObject, schema: Schema, path: Path): Report<SchemaData> {
    const keys = (schema.oneOf ?? []).map((b) => b.required?.[0]).filter((k): k is string => !!k);
    const passing = (e.params as { passingSchemas?: unknown }).passingSchemas;
    if (e.keyword === 'oneOf' && keys.length > 0) {
      const owner = this.owner(schema);
      if (Array.isArray(passing)) {
        const present = passing.map((i) => keys[Number(i)]).filter((k) => k !== undefined);
        return at([...path, present[present.length - 1]], 'key', this.w.notBoth(owner, this.list(present.map(quote), 'or')));
      }
      const explain = keys.map((k) => {
        const why = this.firstSentence(schema.properties?.[k]?.description);
        return `${quote(k)}${why ? ` (${why})` : ''}`;
      });
      return at(path, 'key', this.w.needs(owner, this.list(explain, 'or')), { kind: 'missing', missing: keys });
    }
    return at(path, 'value', this.wrongType(this.nameOf(path), e.data, schema, schema.type));
  }

  private wrongType(name: string, value: unknown, schema: Schema, type: unknown): string {
    const types = Array.isArray(type) ? type.map(String) : [String(type ?? '')];
    const what = this.tr(schema['x-what']) ?? this.list(types.map((t) => this.w.types[t] ?? t), 'or');
    if (value === null || value === undefined) return name === this.w.file ? this.w.emptyFile(what) : this.w.noValue(name, what);
    const text = this.w.mustBe(name, what, this.quoteValue(value, '"'));
    const tag = taggedTag(value);
    if (tag) return types.includes('string') ? text + this.w.untagIt(tag) : text;
    // YAML reads `2026` or `true` as a number or a boolean; quotes make it
    // text, which helps only where that text would be valid. An infinite
    // number was written otherwise (`1e400`): "Infinity" is not what to quote.
    const quotable = types.includes('string') && ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
      && !schema.format && (!schema.pattern || new RegExp(schema.pattern).test(String(value)));
    return quotable ? text + this.w.quoteIt(String(value)) : text;
  }

  /** How a value is named: its key, or "entry 2 of 'fallback'". */
  private nameOf(path: readonly PathSegment[]): string {
    const last = path[path.length - 1];
    if (last === undefined) return this.w.file;
    if (typeof last === 'string') return quote(last);
    const parent = path[path.length - 2];
    return parent === undefined ? this.w.entry(last + 1) : this.w.entryOf(last + 1, quote(String(parent)));
  }

  private quoteValue(value: unknown, mark = "'"): string {
    if (value === null || value === undefined) return this.w.empty;
    if (Array.isArray(value)) return this.w.aList;
    const tag = taggedTag(value);
    if (tag) return this.w.tagged[tag];
    if (typeof value === 'object') return this.w.aMapping;
    if (typeof value === 'number' && !Number.isFinite(value) && !Number.isNaN(value)) return this.w.tooLarge;
    if (typeof value !== 'string') return String(value);
    const short = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `${mark}${short}${mark}`;
  }

  private owner(schema: Schema): string {
    return this.w.a(this.tr(schema.title) ?? this.w.mapping);
  }

  private firstSentence(description: string | undefined): string {
    return description ? lowerFirst(this.tr(firstSentence(description))) : '';
  }

  private list(items: readonly string[], conjunction: 'and' | 'or'): string {
    const word = this.w[conjunction];
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
  }
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

/** The first sentence of a schema description, as dutch.ts keys it. */
export function firstSentence(description: string): string {
  return description.split(/(?<=\.)\s/)[0];
}

const quote = (s: string) => `'${s}'`;

/** The tag that gave a value YAML made into no JSON type (yaml's toJS: Buffer, Date, Set, Map). */
function taggedTag(value: unknown): TaggedTag | undefined {
  if (value instanceof Uint8Array) return '!!binary';
  if (value instanceof Date) return '!!timestamp';
  if (value instanceof Set) return '!!set';
  if (value instanceof Map) return '!!omap';
  return undefined;
}
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');

function at(path: Path, part: Part, message: string, data?: SchemaData): Report<SchemaData> {
  return { path, part, message: capital(message), data };
}
