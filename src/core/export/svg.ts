/**
 * Shapes as an SVG document: text as text (selectable, searchable), every
 * string escaped for XML, no script, no external reference, its own white
 * ground so that it reads the same in light and dark viewers.
 */
import type { Composed } from './compose';
import { FONT_FAMILY } from './fonts';
import { COLOURS, type Shape } from './shapes';

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function escapeXml(s: string): string {
  // Characters XML 1.0 does not allow at all are dropped; the rest are escaped where they could end markup.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * `inline`: for an HTML page, without the XML declaration, its ids prefixed
 * with `inline` (a page holds several drawings, and an id must be unique in it).
 */
export function toSvg(c: Composed, title: string, lang: string, inline?: string): string {
  const prefix = inline ?? '';
  const body = c.shapes.map((s) => shapeSvg(s, prefix)).join('\n');
  // One arrowhead per colour: context-stroke (SVG 2) is not understood by every viewer.
  const colours = [...new Set(c.shapes.flatMap((s) => ((s.kind === 'line' || s.kind === 'curve') && s.arrow ? [s.stroke] : [])))];
  const markers = colours.map((col) => `<marker id="${prefix}${markerId(col)}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="${col}"/></marker>`).join('');
  return [
    ...(inline !== undefined ? [] : ['<?xml version="1.0" encoding="UTF-8"?>']),
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(c.width)}" height="${n(c.height)}" viewBox="0 0 ${n(c.width)} ${n(c.height)}" xml:lang="${escapeXml(lang)}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs>${markers}</defs>`,
    `<rect width="100%" height="100%" fill="${COLOURS.ground}"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

const markerId = (colour: string) => `head-${colour.replace(/[^0-9a-z]/gi, '')}`;

function dashAttr(dash: readonly number[] | undefined): string {
  return dash ? ` stroke-dasharray="${dash.map(n).join(' ')}"` : '';
}

function shapeSvg(s: Shape, prefix: string): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}"${s.radius ? ` rx="${n(s.radius)}"` : ''} fill="${s.fill ?? 'none'}"${s.stroke ? ` stroke="${s.stroke}" stroke-width="0.75"` : ''}${dashAttr(s.dash)}/>`;
    case 'text': {
      // The baseline of each line: its top plus the font's ascent (about 0.8 of the size for DejaVu Sans).
      const lines = s.lines.map((l, i) => `<tspan x="${n(s.x)}" y="${n(s.y + s.size * 0.8 + i * s.lineHeight)}">${escapeXml(l)}</tspan>`).join('');
      return `<text font-size="${n(s.size)}"${s.bold ? ' font-weight="bold"' : ''} fill="${s.colour}">${lines}</text>`;
    }
    case 'line': {
      const pts = s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
      return `<polyline points="${pts}" fill="none" stroke="${s.stroke}" stroke-width="${n(s.width)}"${dashAttr(s.dash)}${s.arrow ? ` marker-end="url(#${prefix}${markerId(s.stroke)})"` : ''}/>`;
    }
    case 'circle':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}"${s.stroke ? ` stroke="${s.stroke}"` : ''}/>`;
    case 'curve':
      return `<path d="M${n(s.from[0])},${n(s.from[1])} Q${n(s.control[0])},${n(s.control[1])} ${n(s.to[0])},${n(s.to[1])}" fill="none" stroke="${s.stroke}" stroke-width="${n(s.width)}"${dashAttr(s.dash)}${s.arrow ? ` marker-end="url(#${prefix}${markerId(s.stroke)})"` : ''}/>`;
  }
}
