/**
 * A tagged template for the HTML report that escapes every interpolated
 * value unless it is already markup built by this same template. Journey
 * text therefore cannot reach the page unescaped by accident: forgetting to
 * escape is impossible, only marking text as markup on purpose (`raw`) is.
 */

export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Value = string | number | Markup | readonly Value[] | undefined | null | false;

/** The report's one escape function: text and attribute values alike. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function render(v: Value): string {
  if (v === undefined || v === null || v === false) return '';
  if (v instanceof Markup) return v.html;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new Markup(out);
}

/** Trusted markup written in this code (never journey text). */
export function raw(markup: string): Markup {
  return new Markup(markup);
}
