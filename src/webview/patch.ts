/// <reference lib="dom" />
/**
 * Brings the DOM from the last rendered element tree to the next one by
 * changing only what differs. Typing changes one step of a journey, so an
 * update of a 300-step blueprint touches a few nodes instead of rebuilding
 * two thousand cells; and nodes that stay keep their focus and scroll state.
 * New nodes come from toDom, and attributes pass the same allow-list, so
 * journey text stays text exactly as on a full render.
 */
import { isSafeAttribute, type VElement, type VNode } from '../core/blueprint/vnode';
import { toDom } from './dom';

/** Marks what the page draws itself over the rendered nodes (the arrows): first among its parent's children, and left alone here. */
export const OVERLAY_ATTR = 'data-overlay';

/** Patches `parent`'s children from `before` (what they were rendered from) to `after`. */
export function patchChildren(parent: Element, before: readonly VNode[] | undefined, after: readonly VNode[]): void {
  const nodes = parent.childNodes;
  // The arrows stay while the cells change under them, so an update does not lay the grid out twice.
  let skip = 0;
  while (skip < nodes.length && nodes[skip] instanceof Element && (nodes[skip] as Element).hasAttribute(OVERLAY_ATTR)) skip++;
  if (!before || nodes.length - skip !== before.length) {
    // Not what we rendered last (first render, or someone else added nodes): start afresh.
    parent.replaceChildren(...after.map(toDom));
    return;
  }
  const common = Math.min(before.length, after.length);
  // Comparing element trees in JS is far cheaper than visiting the DOM: only changed subtrees are visited.
  for (let i = 0; i < common; i++) if (!sameTree(before[i], after[i])) patchNode(nodes[skip + i], before[i], after[i]);
  for (let i = before.length - 1; i >= after.length; i--) nodes[skip + i].remove();
  for (let i = common; i < after.length; i++) parent.appendChild(toDom(after[i]));
}

function sameTree(a: VNode, b: VNode): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') return false;
  if (a.tag !== b.tag || a.svg !== b.svg || a.children.length !== b.children.length) return false;
  if (!samePairs(a.attrs, b.attrs) || !samePairs(a.style, b.style)) return false;
  for (let i = 0; i < a.children.length; i++) if (!sameTree(a.children[i], b.children[i])) return false;
  return true;
}

function patchNode(node: ChildNode, before: VNode, after: VNode): void {
  if (typeof before === 'string' || typeof after === 'string') {
    if (typeof before === 'string' && typeof after === 'string') node.nodeValue = after;
    else node.replaceWith(toDom(after));
    return;
  }
  if (before.tag !== after.tag || before.svg !== after.svg || !(node instanceof Element)) {
    node.replaceWith(toDom(after));
    return;
  }
  patchAttributes(node, before, after);
  patchStyle(node as HTMLElement | SVGElement, before, after);
  patchChildren(node, before.children, after.children);
}

/** Whether two name-value lists are the same, in the same order: the common case, checked without maps. */
function samePairs(a: readonly [string, string][], b: readonly [string, string][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1]) return false;
  return true;
}

function patchAttributes(el: Element, before: VElement, after: VElement): void {
  if (samePairs(before.attrs, after.attrs)) return;
  const next = new Map(after.attrs);
  for (const [name] of before.attrs) if (!next.has(name)) el.removeAttribute(name);
  const previous = new Map(before.attrs);
  for (const [name, value] of after.attrs) {
    if (previous.get(name) === value) continue;
    if (isSafeAttribute(name, value)) el.setAttribute(name, value);
    else el.removeAttribute(name);
  }
}

function patchStyle(el: HTMLElement | SVGElement, before: VElement, after: VElement): void {
  if (samePairs(before.style, after.style)) return;
  const next = new Map(after.style);
  for (const [prop] of before.style) if (!next.has(prop)) el.style.removeProperty(prop);
  const previous = new Map(before.style);
  for (const [prop, value] of after.style) if (previous.get(prop) !== value) el.style.setProperty(prop, value);
}
