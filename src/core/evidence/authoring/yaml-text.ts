/**
 * How a name from a log is written into a journey: as an `observed` pattern
 * that matches it (pattern syntax of evidence.md), and as YAML text that
 * reads back as exactly that string wherever it is inserted. Log names are
 * hostile input: quotes, `#`, `: `, line breaks and control characters all
 * come out as a double-quoted scalar with escapes.
 */
import { parse } from 'yaml';
import { escapeControls, escapeJsonControls } from '../../reporters/escape';

/** Where the scalar goes: a block value or list item, inside a flow collection, or a mapping key. */
export type ScalarPlace = 'block' | 'flow' | 'key';

/**
 * The pattern that matches a name. evidence.md has no escape for `*` and
 * `?`, so each of them becomes `?` (one code point): the pattern matches the
 * name, and otherwise only names that differ from it in those positions.
 */
export function literalPattern(name: string): string {
  return name.replace(/[*?]/g, '?');
}

/** Conservative: letters, digits and a few punctuation marks, never an indicator first, never `: ` or ` #`. */
const PLAIN = /^[\p{L}\p{N}_(][\p{L}\p{N} _.:/()?*+&'-]*$/u;
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

function readsBack(text: string, value: string, place: ScalarPlace): boolean {
  try {
    const doc = place === 'block' ? `k: ${text}` : place === 'flow' ? `[${text}]` : `{${text}: v}`;
    const v: unknown = parse(doc);
    if (place === 'block') return (v as Record<string, unknown>).k === value;
    if (place === 'flow') return Array.isArray(v) && v.length === 1 && v[0] === value;
    return typeof v === 'object' && v !== null && Object.keys(v).length === 1 && Object.keys(v)[0] === value;
  } catch {
    return false;
  }
}

function plainIsSafe(value: string, place: ScalarPlace): boolean {
  return PLAIN.test(value) && !/[ :]$/.test(value) && !value.includes(': ') && !RESERVED.test(value) && readsBack(value, value, place);
}

/** A YAML double-quoted scalar: JSON's escapes, plus DEL, C1, bidi controls, separators and BOM as `\u` escapes. */
export function doubleQuoted(value: string): string {
  return escapeJsonControls(JSON.stringify(value)).replace(/[\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Whether a name holds characters that only a double-quoted scalar can write safely. */
export function needsEscapes(value: string): boolean {
  return escapeControls(value) !== value || /[\ufeff\ufffe\uffff]/.test(value);
}

/** The YAML text of a string: plain when that is safe where it goes, else double-quoted. */
export function yamlScalar(value: string, place: ScalarPlace = 'block'): string {
  return plainIsSafe(value, place) ? value : doubleQuoted(value);
}

/**
 * A name as one line of plain text for titles and hovers: line breaks, tabs
 * and other control characters shown as escapes (\n, \t, \u0007), so that a
 * name cannot break the line or hide part of itself.
 */
export function displayName(name: string): string {
  return escapeControls(name);
}
