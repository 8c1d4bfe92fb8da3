/**
 * One ajv error → one finding: where it points (the smallest YAML node that
 * shows the problem) and what it says, in the words of the format page, with
 * what would fix it, in English or Dutch. The schemas' own texts (titles,
 * x-what, ...) come translated from dutch.ts.
 */
import type { ErrorObject } from 'ajv';
import { capital, type Language, type Texts } from '../language';
import type { Part, PathSegment } from '../locate';
import type { Report } from '../rule';
import { nearest } from '../suggest';
import { SCHEMA_DUTCH } from './dutch';

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

/** The sentences of schema findings; `name` is a key or entry as nameOf words it. */
interface Words {
  badId: (key: string, name: string, rule: string) => string;
  idRule: string;
  oneOf: (name: string, allowed: string, value: string, suggestion?: string) => string;
  between: (name: string, min: number, max: number, value: string) => string;
  atLeast: (name: string, limit: string, value: string) => string;
  atMost: (name: string, limit: string, value: string) => string;
  minItems: (name: string, limit: number) => string;
  badPattern: (value: string, what: string, rule: string) => string;
  matchRule: (pattern: string) => string;
  notDuration: (value: string) => string;
  notDate: (value: string) => string;
  badFormat: (name: string, format: string) => string;
  invalid: (name: string) => string;
  needs: (owner: string, keys: string) => string;
  needsOne: (owner: string, key: string, explanation: string) => string;
  unknown: (noun: string, key: string) => string;
  didYouMean: (noun: string, key: string, suggestion: string) => string;
  allowedHere: (keys: string, ownData: boolean) => string;
  notBoth: (owner: string, keys: string) => string;
  emptyFile: (what: string) => string;
  noValue: (name: string, what: string) => string;
  mustBe: (name: string, what: string, value: string) => string;
  quoteIt: (value: string) => string;
  types: Record<string, string>;
  file: string;
  entry: (n: number) => string;
  entryOf: (n: number, list: string) => string;
  empty: string;
  aList: string;
  aMapping: string;
  and: string;
  or: string;
  mapping: string;
  key: string;
  /** The article for a title: "A step", "Een stap". */
  a: (noun: string) => string;
  /** The bare noun of an x-what: "a channel id" → "channel id". */
  bare: (what: string) => string;
}

const DURATION_EXAMPLES = "'3 working days', '2 uur' or 'P2D'";

const WORDS: Texts<Words> = {
  en: {
    badId: (key, name, rule) => `${key} is not a valid id for ${name}: ${rule}.`,
    idRule: "an id holds only letters, digits, '-' and '_'",
    oneOf: (name, allowed, value, suggestion) => `${name} must be one of ${allowed} — not ${value}${suggestion ? ` (did you mean ${suggestion}?)` : ''}.`,
    between: (name, min, max, value) => `${name} must be between ${min} and ${max}, not ${value}.`,
    atLeast: (name, limit, value) => `${name} must be at least ${limit}, not ${value}.`,
    atMost: (name, limit, value) => `${name} must be at most ${limit}, not ${value}.`,
    minItems: (name, limit) => `${name} needs at least ${limit === 1 ? 'one entry' : `${limit} entries`}.`,
    badPattern: (value, what, rule) => `${value} is not a valid ${what}: ${rule}.`,
    matchRule: (pattern) => `it must match ${pattern}`,
    notDuration: (value) => `${value} is not a duration: write e.g. ${DURATION_EXAMPLES}.`,
    notDate: (value) => `${value} is not a date: write YYYY-MM-DD, e.g. '2026-09-01'.`,
    badFormat: (name, format) => `${name} is not a valid ${format}.`,
    invalid: (name) => `${name} is not valid.`,
    needs: (owner, keys) => `${owner} needs ${keys}.`,
    needsOne: (owner, key, explanation) => `${owner} needs ${key}${explanation ? `: ${explanation}` : ''}.`,
    unknown: (noun, key) => `Unknown ${noun} ${key}.`,
    didYouMean: (noun, key, suggestion) => `Unknown ${noun} ${key} — did you mean ${suggestion}?`,
    allowedHere: (keys, ownData) => ` Allowed here: ${keys}${ownData ? ' (or an x- key for your own data)' : ''}.`,
    notBoth: (owner, keys) => `${owner} names ${keys}, not both: remove one.`,
    emptyFile: (what) => `The file is empty: it must be ${what}.`,
    noValue: (name, what) => `${capital(name)} has no value: write ${what}.`,
    mustBe: (name, what, value) => `${capital(name)} must be ${what}, not ${value}.`,
    quoteIt: (value) => ` To use ${value} as text, put it in quotes: "${value}".`,
    types: { string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping of keys and values', null: 'empty' },
    file: 'the file',
    entry: (n) => `entry ${n}`,
    entryOf: (n, list) => `entry ${n} of ${list}`,
    empty: 'empty',
    aList: 'a list',
    aMapping: 'a mapping',
    and: 'and',
    or: 'or',
    mapping: 'mapping',
    key: 'key',
    a: (noun) => `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun}`,
    bare: (what) => what.replace(/^an? /, ''),
  },
  nl: {
    badId: (key, name, rule) => `${key} is geen geldige id voor ${name}: ${rule}.`,
    idRule: "een id bevat alleen letters, cijfers, '-' en '_'",
    oneOf: (name, allowed, value, suggestion) => `${name} moet een van ${allowed} zijn, niet ${value}${suggestion ? ` (bedoel je ${suggestion}?)` : ''}.`,
    between: (name, min, max, value) => `${name} moet tussen ${min} en ${max} liggen, niet ${value}.`,
    atLeast: (name, limit, value) => `${name} moet minstens ${limit} zijn, niet ${value}.`,
    atMost: (name, limit, value) => `${name} mag hoogstens ${limit} zijn, niet ${value}.`,
    minItems: (name, limit) => `${name} heeft minstens ${limit === 1 ? 'één item' : `${limit} items`} nodig.`,
    badPattern: (value, what, rule) => `${value} is niet geldig als ${what}: ${rule}.`,
    matchRule: (pattern) => `het moet voldoen aan ${pattern}`,
    notDuration: (value) => `${value} is geen duur: schrijf bijv. '3 werkdagen', '2 uur' of 'P2D'.`,
    notDate: (value) => `${value} is geen datum: schrijf JJJJ-MM-DD, bijv. '2026-09-01'.`,
    badFormat: (name, format) => `${name} is geen geldige ${format}.`,
    invalid: (name) => `${name} is niet geldig.`,
    needs: (owner, keys) => `${owner} heeft ${keys} nodig.`,
    needsOne: (owner, key, explanation) => `${owner} heeft ${key} nodig${explanation ? `: ${explanation}` : ''}.`,
    unknown: (noun, key) => `Onbekende ${noun} ${key}.`,
    didYouMean: (noun, key, suggestion) => `Onbekende ${noun} ${key}; bedoel je ${suggestion}?`,
    allowedHere: (keys, ownData) => ` Hier toegestaan: ${keys}${ownData ? ' (of een x-sleutel voor eigen gegevens)' : ''}.`,
    notBoth: (owner, keys) => `${owner} noemt ${keys}, niet allebei: haal er een weg.`,
    emptyFile: (what) => `Het bestand is leeg: het moet ${what} zijn.`,
    noValue: (name, what) => `${capital(name)} heeft geen waarde: schrijf ${what}.`,
    mustBe: (name, what, value) => `${capital(name)} moet ${what} zijn, niet ${value}.`,
    quoteIt: (value) => ` Zet ${value} tussen aanhalingstekens om het als tekst te gebruiken: "${value}".`,
    types: { string: 'tekst', integer: 'een geheel getal', number: 'een getal', boolean: 'true of false', array: 'een lijst', object: 'een mapping van sleutels en waarden', null: 'leeg' },
    file: 'het bestand',
    entry: (n) => `item ${n}`,
    entryOf: (n, list) => `item ${n} van ${list}`,
    empty: 'leeg',
    aList: 'een lijst',
    aMapping: 'een mapping',
    and: 'en',
    or: 'of',
    mapping: 'mapping',
    key: 'sleutel',
    a: (noun) => `Een ${noun}`,
    bare: (what) => what.replace(/^een /, ''),
  },
};

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

  reportFor(e: ErrorObject, path: Path): Report {
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
        const suggestion = typeof e.data === 'string' ? meant(e.data, allowed) : undefined;
        const message = w.oneOf(name, allowed.join(', '), this.quoteValue(e.data), suggestion && quote(suggestion));
        return at(path, 'value', message, suggestion ? { suggestion } : undefined);
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
        const what = w.bare(this.tr(schema.items?.['x-what'] ?? schema['x-what']) ?? (this.language === 'nl' ? 'een id' : 'an id'));
        const rule = schema.patternErrorMessage ? lowerFirst(this.tr(schema.patternErrorMessage)) : w.matchRule(String(p.pattern));
        return at(path, 'value', w.badPattern(this.quoteValue(e.data), what, rule));
      }
      case 'format':
        if (p.format === 'duration') return at(path, 'value', w.notDuration(this.quoteValue(e.data)));
        if (p.format === 'date') return at(path, 'value', w.notDate(this.quoteValue(e.data)));
        return at(path, 'value', w.badFormat(name, String(p.format)));
      default:
        // ajv's own words are English: in Dutch the finding only says what is wrong where.
        return at(path, 'value', this.language === 'en' && e.message ? `${name} ${e.message}.` : w.invalid(name));
    }
  }

  /** Every key a mapping lacks, in one finding at the mapping (where the user adds them). */
  missingKeys(parentSchema: object, missing: readonly string[], path: Path): Report {
    const schema = parentSchema as Schema;
    const owner = this.owner(schema);
    const explain = (k: string) => this.firstSentence(schema.properties?.[k]?.description);
    const text = missing.length === 1
      ? this.w.needsOne(owner, quote(missing[0]), explain(missing[0]))
      : this.w.needs(owner, this.list(missing.map((k) => `${quote(k)}${explain(k) ? ` (${explain(k)})` : ''}`), 'and'));
    return at(path, 'key', text, { missing: [...missing] });
  }

  private unknownKey(key: string, schema: Schema, path: Path): Report {
    const noun = this.tr(schema['x-keys']) ?? this.w.key;
    const allowed = Object.keys(schema.properties ?? {});
    const suggestion = meant(key, allowed);
    if (suggestion) return at([...path, key], 'key', this.w.didYouMean(noun, quote(key), quote(suggestion)), { suggestion });
    const where = allowed.length > 0 ? this.w.allowedHere(allowed.join(', '), !!schema.patternProperties?.['^x-']) : '';
    return at([...path, key], 'key', `${this.w.unknown(noun, quote(key))}${where}`);
  }

  /** What is left of a combinator after collapse.ts: "exactly one of" keys, or no branch fits the value's type. */
  private combinator(e: ErrorObject, schema: Schema, path: Path): Report {
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
      return at(path, 'key', this.w.needs(owner, this.list(explain, 'or')), { missing: keys });
    }
    return at(path, 'value', this.wrongType(this.nameOf(path), e.data, schema, schema.type));
  }

  private wrongType(name: string, value: unknown, schema: Schema, type: unknown): string {
    const types = Array.isArray(type) ? type.map(String) : [String(type ?? '')];
    const what = this.tr(schema['x-what']) ?? this.list(types.map((t) => this.w.types[t] ?? t), 'or');
    if (value === null || value === undefined) return name === this.w.file ? this.w.emptyFile(what) : this.w.noValue(name, what);
    const text = this.w.mustBe(name, what, this.quoteValue(value, '"'));
    // YAML reads `2026` or `true` as a number or a boolean; quotes make it
    // text, which helps only where that text would be valid.
    const quotable = types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')
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
    if (typeof value === 'object') return this.w.aMapping;
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
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');

function at(path: Path, part: Part, message: string, data?: Report['data']): Report {
  return { path, part, message: capital(message), data };
}
