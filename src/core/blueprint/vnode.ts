/**
 * A tiny element tree that the blueprint views are written in. It has two
 * outputs — real DOM nodes in the webview (src/webview/dom.ts) and an HTML
 * string for the export (toHtml) — so the preview and the export show the
 * same markup, and both escape journey text by construction: text is only
 * ever a text node, and attributes pass one allow-list.
 */

export type Style = Record<string, string | number>;
export type AttrValue = string | number | boolean | null | undefined;
export interface Props {
  [name: string]: AttrValue | Style;
}

export interface VElement {
  tag: string;
  svg: boolean;
  attrs: [string, string][];
  style: [string, string][];
  children: VNode[];
}

/** A string child is text, never markup. */
export type VNode = VElement | string;
export type Child = VNode | null | undefined | false | readonly Child[];

const HTML_TAGS = new Set([
  'a', 'article', 'aside', 'br', 'button', 'code', 'dd', 'details', 'div', 'dl', 'dt', 'em', 'footer', 'h1', 'h2', 'h3', 'h4',
  'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'q', 'section', 'small', 'span', 'strong', 'summary', 'ul',
]);
const SVG_TAGS = new Set(['svg', 'g', 'polyline', 'circle', 'line', 'path', 'text', 'title', 'defs', 'marker']);
const VOID_TAGS = new Set(['br']);
const ATTR_NAME = /^[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?$/i;
const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction']);
const STYLE_NAME = /^-{0,2}[a-z][a-z0-9-]*$/i;

export function h(tag: string, props: Props = {}, ...children: Child[]): VElement {
  return element(tag, false, props, children);
}

/** An SVG element (its own namespace in the DOM). */
export function s(tag: string, props: Props = {}, ...children: Child[]): VElement {
  return element(tag, true, props, children);
}

function element(tag: string, svg: boolean, props: Props, children: Child[]): VElement {
  if (!(svg ? SVG_TAGS : HTML_TAGS).has(tag)) throw new Error(`The blueprint views may not use <${tag}>.`);
  const attrs: [string, string][] = [];
  let style: [string, string][] = [];
  for (const [name, value] of Object.entries(props)) {
    if (name === 'style') style = styleEntries(value);
    else if (typeof value !== 'object' && value !== undefined && value !== null && value !== false) {
      const text = value === true ? '' : String(value);
      if (isSafeAttribute(name, text)) attrs.push([name, text]);
    }
  }
  return { tag, svg, attrs, style, children: flatten(children) };
}

function styleEntries(value: AttrValue | Style): [string, string][] {
  if (typeof value !== 'object' || value === null) return [];
  // Only layout numbers go here, never journey text; still, no url() or expressions.
  return Object.entries(value)
    .map(([k, v]): [string, string] => [k, String(v)])
    .filter(([k, v]) => STYLE_NAME.test(k) && !/[;{}<>\\]|url\(|expression\(/i.test(v));
}

function flatten(children: readonly Child[]): VNode[] {
  const out: VNode[] = [];
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) out.push(...flatten(c));
    else out.push(c as VNode);
  }
  return out;
}

/** No event handlers, no inline style strings, and links only to the web. */
export function isSafeAttribute(name: string, value: string): boolean {
  if (!ATTR_NAME.test(name) || /^on/i.test(name) || name.toLowerCase() === 'style' || name.toLowerCase() === 'srcdoc') return false;
  return !URL_ATTRS.has(name.toLowerCase()) || isSafeUrl(value);
}

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const compact = [...url].filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f).join('');
  return /^(https?:\/\/|#)/i.test(compact);
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The HTML of a tree, every text and attribute escaped. */
export function toHtml(node: VNode): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = node.attrs.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
  const style = node.style.length > 0 ? ` style="${escapeAttribute(node.style.map(([k, v]) => `${k}:${v}`).join(';'))}"` : '';
  const open = `<${node.tag}${attrs}${style}>`;
  if (VOID_TAGS.has(node.tag)) return open;
  return `${open}${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** All text of a tree, for accessible names and tests. */
export function textOf(node: VNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
