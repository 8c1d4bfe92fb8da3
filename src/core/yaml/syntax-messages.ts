/**
 * The words of `yaml-syntax` findings, in English and Dutch. Parsing does
 * not depend on the language (its result is cached and shared), so every
 * syntax problem carries both texts and the check picks one.
 *
 * The `yaml` library words its errors in English only. In English they are
 * shown as they are (the first line); in Dutch a sentence per error code says
 * what is wrong, with the library's own words after it in parentheses, since
 * they name the exact character or indicator.
 */
import type { ErrorCode } from 'yaml';
import { wholeNumber, type Texts } from '../i18n/language';
import { MAX_ALIAS_COUNT, MAX_FLOW_ITEMS, MAX_NESTING_DEPTH } from '../engine/limits';

const DUTCH_BY_CODE: Readonly<Record<ErrorCode, string>> = {
  ALIAS_PROPS: 'Een alias (*naam) kan geen anker of tag hebben.',
  BAD_ALIAS: 'Deze alias verwijst naar een anker (&naam) dat er niet eerder staat.',
  BAD_DIRECTIVE: 'Deze YAML-directive (een regel die met % begint) is onbekend of onvolledig.',
  BAD_DQ_ESCAPE: 'Tekst tussen dubbele aanhalingstekens bevat een ongeldige escape met \\.',
  BAD_INDENT: 'De inspringing klopt hier niet: lijn de regel uit met de sleutels of lijstitems eromheen.',
  BAD_PROP_ORDER: 'Een anker of tag staat op de verkeerde plek.',
  BAD_SCALAR_START: 'Een waarde kan niet met dit teken beginnen: zet de tekst tussen aanhalingstekens.',
  BLOCK_AS_IMPLICIT_KEY: 'Een lijst of mapping kan geen sleutel zijn: staat hier een dubbele punt te veel, of klopt de inspringing niet?',
  BLOCK_IN_FLOW: 'Binnen [ ] of { } kan geen lijst of mapping met inspringing staan.',
  DUPLICATE_KEY: 'Deze sleutel staat twee keer in dezelfde mapping.',
  IMPOSSIBLE: 'De YAML kan hier niet gelezen worden.',
  KEY_OVER_1024_CHARS: 'Een sleutel zonder aanhalingstekens mag hoogstens 1024 tekens lang zijn.',
  MISSING_CHAR: 'Hier ontbreekt een teken, zoals een afsluitende ], } of een komma.',
  MULTILINE_IMPLICIT_KEY: 'Een sleutel moet op één regel staan: staat er een dubbele punt op de verkeerde plek, of ontbreekt er een aanhalingsteken?',
  MULTIPLE_ANCHORS: 'Een waarde kan maar één anker (&naam) hebben.',
  MULTIPLE_DOCS: 'Dit bestand bevat meer dan één YAML-document.',
  MULTIPLE_TAGS: 'Een waarde kan maar één tag hebben.',
  NON_STRING_KEY: 'Een sleutel moet tekst zijn.',
  RESOURCE_EXHAUSTION: 'De YAML is te groot of te diep genest om te lezen.',
  TAB_AS_INDENT: 'YAML springt alleen in met spaties: vervang de tab door spaties.',
  TAG_RESOLVE_FAILED: 'Deze tag is onbekend.',
  UNEXPECTED_TOKEN: 'Hier staat iets wat YAML niet verwacht: staat er tekst op de verkeerde plek, of ontbreekt er een dubbele punt?',
  BAD_COLLECTION_TYPE: 'Deze tag past niet bij een lijst of mapping.',
};

/** A `yaml` library error, its first line without the position (the finding shows where). */
export function yamlLibraryMessage(code: ErrorCode, message: string): Texts<string> {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return {
    en: code === 'TAB_AS_INDENT' ? `${first}. YAML indents with spaces only; replace the tab with spaces.` : `YAML syntax: ${first}`,
    nl: `YAML-syntaxis: ${DUTCH_BY_CODE[code] ?? 'de YAML kan hier niet gelezen worden.'} (${first})`,
  };
}

/** An exception from `yaml` that it should not throw: its own words, for a bug report. */
export function unreadable(detail: string): Texts<string> {
  return { en: `The YAML could not be read: ${detail}`, nl: `De YAML kan niet gelezen worden: ${detail}` };
}

export const DUPLICATE_KEY: Texts<string> = {
  en: 'Duplicate key: this key already appears in the same mapping. YAML keeps only one of them; remove or rename one.',
  nl: 'Dubbele sleutel: deze sleutel staat al in dezelfde mapping. YAML houdt er maar één van over; haal er een weg of geef er een andere naam.',
};

export function severalDocuments(count: number): Texts<string> {
  return {
    en: `This file holds ${count} YAML documents; Journey Lens reads only the first. Put each journey in a file of its own.`,
    nl: `Dit bestand bevat ${count} YAML-documenten; Journey Lens leest alleen het eerste. Zet elke klantreis in een eigen bestand.`,
  };
}

export const TOO_MANY_ALIASES: Texts<string> = {
  en: `Too many aliases: this file expands YAML aliases more than ${MAX_ALIAS_COUNT} times. Write the values out instead of repeating aliases.`,
  nl: `Te veel aliassen: dit bestand vouwt YAML-aliassen meer dan ${MAX_ALIAS_COUNT} keer uit. Schrijf de waarden uit in plaats van aliassen te herhalen.`,
};

/** `title: Waarom: omdat`: the parser's words ("Nested mappings are not allowed…") do not say what to do. */
export function colonInValue(): Texts<string> {
  return {
    en: 'A colon followed by a space starts a new key in YAML, so this text cannot stay as it is: put the whole value in quotes ("…").',
    nl: 'Een dubbele punt met een spatie erna begint in YAML een nieuwe sleutel, dus deze tekst kan zo niet blijven staan: zet de hele waarde tussen aanhalingstekens ("…").',
  };
}

export function unclosedQuote(quote: string): Texts<string> {
  return {
    en: `This quoted text is never closed: add the closing ${quote} where the text ends.`,
    nl: `Deze tekst tussen aanhalingstekens wordt niet afgesloten: zet de afsluitende ${quote} waar de tekst eindigt.`,
  };
}

export function moreNotShown(more: number): Texts<string> {
  return {
    en: `${more} more YAML syntax problem${more === 1 ? '' : 's'} after this one ${more === 1 ? 'is' : 'are'} not shown; fix the first ones, then check again.`,
    nl: `Na deze ${more === 1 ? 'wordt nog 1 YAML-syntaxisprobleem' : `worden nog ${more} YAML-syntaxisproblemen`} niet getoond; los eerst deze op en controleer dan opnieuw.`,
  };
}

export function tooDeep(): Texts<string> {
  return {
    en: `Journey Lens stops reading here: mappings or lists nest more than ${MAX_NESTING_DEPTH} levels deep (a journey needs about six). Broken YAML above can make the rest read as nested: fix that first, or flatten the deepest part.`,
    nl: `Journey Lens stopt hier met lezen: mappings of lijsten zijn meer dan ${MAX_NESTING_DEPTH} niveaus diep genest (een klantreis heeft er ongeveer zes nodig). Kapotte YAML hierboven kan de rest genest laten lijken: los dat eerst op, of maak het diepste deel platter.`,
  };
}

export function tooManyFlowItems(): Texts<string> {
  return {
    en: `Journey Lens stops reading here: this list or mapping in [ ] or { } holds more than ${wholeNumber(MAX_FLOW_ITEMS, 'en')} items (a journey writes a few). Keep data this large in a file of its own, or write the list with one item per line.`,
    nl: `Journey Lens stopt hier met lezen: deze lijst of mapping tussen [ ] of { } bevat meer dan ${wholeNumber(MAX_FLOW_ITEMS, 'nl')} items (een klantreis schrijft er een paar). Zet zulke grote gegevens in een eigen bestand, of schrijf de lijst met één item per regel.`,
  };
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

export function tooLarge(bytes: number, maxBytes: number): Texts<string> {
  return {
    en: `This file is too large to check while typing (${mb(bytes)}, limit ${mb(maxBytes)}); it is checked on save and by the command line (journey-lens check).`,
    nl: `Dit bestand is te groot om tijdens het typen te controleren (${mb(bytes)}, grens ${mb(maxBytes)}); het wordt gecontroleerd bij opslaan en door de opdrachtregel (journey-lens check).`,
  };
}

export const UTF16: Texts<string> = {
  en: 'This file is UTF-16; save it as UTF-8 (in VS Code: click the encoding in the status bar, then Save with Encoding, UTF-8).',
  nl: 'Dit bestand is UTF-16; sla het op als UTF-8 (in VS Code: klik op de codering in de statusbalk en kies Opslaan met codering, UTF-8).',
};
