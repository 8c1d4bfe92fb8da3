/**
 * Mermaid's entity codes: `#quot;`, `#59;` or `#9829;` stand for a character
 * that the diagram could not hold as itself (`#` starts a comment, `;` and
 * `:` end a text). Mermaid hides them from its lexer and lets the browser
 * decode them as HTML entities (`&quot;`, `&#59;`); the import decodes them
 * the same way, after the line has been split, so a decoded `:` stays text.
 */

/** An entity code at the start of `text` (Mermaid's `#\w+;`), or undefined. */
export function entityAt(text: string, index: number): string | undefined {
  const code = /#\w+;/y;
  code.lastIndex = index;
  return code.exec(text)?.[0];
}

/** The named HTML entities a diagram is likely to use; others are shown as the browser would (`&name;`). */
const NAMED: Readonly<Record<string, string>> = {
  quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0', num: '#', semi: ';', colon: ':',
  comma: ',', percnt: '%', lpar: '(', rpar: ')', hellip: '…', ndash: '–', mdash: '—', laquo: '«', raquo: '»',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€', copy: '©', reg: '®', trade: '™', hearts: '♥',
  star: '☆', check: '✓', times: '×', deg: '°',
};

/** `text` with its entity codes replaced by their characters. */
export function decodeEntities(text: string): string {
  return text.replace(/#(\w+);/g, (whole, inner: string) => {
    if (/^\d+$/.test(inner)) {
      const code = Number(inner);
      // Not a character (a surrogate half, NUL or beyond Unicode): shown as written.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return Object.prototype.hasOwnProperty.call(NAMED, inner) ? NAMED[inner] : `&${inner};`;
  });
}

/**
 * The index of the first of `stops` in `text` from `from` that is not inside
 * an entity code (`#59;` is a `;` in the text, not the end of it); text.length if none.
 */
export function indexOfStop(text: string, stops: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      const entity = entityAt(text, i);
      if (entity) {
        i += entity.length - 1;
        continue;
      }
    }
    if (stops.includes(c)) return i;
  }
  return text.length;
}
