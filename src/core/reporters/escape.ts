/**
 * Journey text printed to a terminal or a CI log: ids, values, messages and
 * file names come from the repository, so a pull request controls them. A
 * raw newline would start a line of its own (`::error file=…::` is a GitHub
 * Actions workflow command), ESC starts a terminal escape sequence, CR
 * overwrites the line, and bidi controls make the text read differently
 * from what it is. Every human-readable line shows these escaped.
 */

// C0 controls, DEL, C1 controls, the bidi embeddings, overrides and isolates,
// the implicit direction marks, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// The same without C0: JSON.stringify escapes those in strings, and its layout's newlines are not in strings.
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every control character as `\n`, `\r`, `\t` or `\u001b`; printable text unchanged. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => SHORT[c] ?? hex(c));
}

/**
 * JSON text with DEL, C1, bidi and separator characters as `\u` escapes:
 * JSON.stringify writes them raw. They only occur inside strings, so the
 * escaped JSON parses to exactly the same value (JSON and SARIF stay exact).
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, hex);
}
