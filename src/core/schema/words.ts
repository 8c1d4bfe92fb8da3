/**
 * The sentences of schema findings, per language: messages.ts fills them in
 * with the names, values and schema texts of one problem.
 */
import { capital, type Texts } from '../i18n/language';

/** The sentences of schema findings; `name` is a key or entry as nameOf words it. */
export interface Words {
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
  notZone: (value: string) => string;
  badFormat: (name: string, format: string) => string;
  /** Any other ajv keyword; ajv's own words are English, so only English uses them. */
  invalid: (name: string, ajvMessage: string | undefined) => string;
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
  /** A number YAML reads as infinite: `1e400`, `.inf`. */
  tooLarge: string;
  /** What a tagged value (`!!binary`, `!!timestamp`, `!!set`, `!!omap`) holds, by its tag. */
  tagged: Record<TaggedTag, string>;
  /** How to make a tagged value text. */
  untagIt: (tag: string) => string;
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
  /** What a value with a pattern but no x-what is. */
  anId: string;
}

/** The YAML tags whose values are no text, number, list or mapping of JSON. */
export type TaggedTag = '!!binary' | '!!timestamp' | '!!set' | '!!omap';

const DURATION_EXAMPLES = "'3 working days', '2 uur' or 'P2D'";

export const WORDS: Texts<Words> = {
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
    notZone: (value) => `${value} is not a time zone: write an IANA zone such as 'Europe/Amsterdam' or 'UTC'.`,
    badFormat: (name, format) => `${name} is not a valid ${format}.`,
    invalid: (name, ajvMessage) => `${name} ${ajvMessage ?? 'is not valid'}.`,
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
    tooLarge: 'a number too large to hold (it reads as infinite)',
    tagged: { '!!binary': 'binary data (a !!binary value)', '!!timestamp': 'a date and time (a !!timestamp value)', '!!set': 'a set (a !!set value)', '!!omap': 'an ordered mapping (a !!omap value)' },
    untagIt: (tag) => ` Remove the ${tag} tag to use the value as text.`,
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
    anId: 'an id',
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
    notZone: (value) => `${value} is geen tijdzone: schrijf een IANA-zone zoals 'Europe/Amsterdam' of 'UTC'.`,
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
    tooLarge: 'een getal dat te groot is (het wordt als oneindig gelezen)',
    tagged: { '!!binary': 'binaire gegevens (een !!binary-waarde)', '!!timestamp': 'een datum en tijd (een !!timestamp-waarde)', '!!set': 'een verzameling (een !!set-waarde)', '!!omap': 'een geordende mapping (een !!omap-waarde)' },
    untagIt: (tag) => ` Haal de tag ${tag} weg om de waarde als tekst te gebruiken.`,
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
    anId: 'een id',
  },
};
