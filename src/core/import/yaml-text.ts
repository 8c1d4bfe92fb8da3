/**
 * A journey document as YAML text that every reader takes back exactly: a
 * string that YAML 1.2 or 1.1 would read as something else (`yes`, `null`,
 * `12:30`, `0o12`, `2026-01-01`) is double-quoted, lines are never folded,
 * and control, bidi and line-separator characters are written as escapes
 * (inside double quotes), so the file shows the text as it is.
 */
import { parse, visit, type Document } from 'yaml';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const CONTROLS_ALL = new RegExp(CONTROLS.source, 'g');

export function yamlText(doc: Document): string {
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return;
      if (CONTROLS.test(node.value) || readsOtherwise(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  // Every raw control character is inside a double-quoted scalar now, where `\uXXXX` means that character.
  return doc.toString({ lineWidth: 0 }).replace(CONTROLS_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether `text`, written plain, would read back as another value under YAML 1.2 or 1.1. */
function readsOtherwise(text: string): boolean {
  if (text.includes('\n')) return false;
  try {
    return parse(text, { logLevel: 'silent' }) !== text || parse(text, { version: '1.1', logLevel: 'silent' }) !== text;
  } catch {
    // Not plain YAML at all: the library quotes it by itself.
    return false;
  }
}

