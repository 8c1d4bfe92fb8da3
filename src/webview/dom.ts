/// <reference lib="dom" />
/**
 * Turns the views' element trees into DOM nodes. Text becomes text nodes and
 * attributes pass the same allow-list as the export, so journey text can
 * never become markup; styles go through CSSOM, which the CSP allows.
 */
import { isSafeAttribute, type VNode } from '../core/blueprint/vnode';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function toDom(node: VNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = node.svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
  for (const [name, value] of node.attrs) if (isSafeAttribute(name, value)) el.setAttribute(name, value);
  const style = (el as HTMLElement | SVGElement).style;
  for (const [prop, value] of node.style) style.setProperty(prop, value);
  for (const child of node.children) el.appendChild(toDom(child));
  return el;
}

/**
 * Sets an inline style only when it changes: the page sets its sticky offsets
 * and the overview's window after every render, and writing even the same
 * value makes the browser restyle and lay out the whole grid once more.
 */
export function setStyle(el: HTMLElement, prop: string, value: string): void {
  if (el.style.getPropertyValue(prop) !== value) el.style.setProperty(prop, value);
}
