/**
 * A cell's content as a column of blocks (paragraphs and cards), laid out
 * top to bottom in a given width: first measured (the row takes the height
 * of its tallest cell), then placed at the row's top. Cards remember where
 * they were placed, so the handoff arrows can be drawn between them.
 */
import type { Measure } from './measure';
import { COLOURS, type Colour, type Shape } from './shapes';
import { wrap } from './wrap';

export const SIZE = { body: 8.5, small: 7.5, title: 10 } as const;
const LINE = 1.3;
const GAP = 3;
const CARD_PAD = 5;
const CARD_GAP = 6;

export interface Paragraph {
  text: string;
  size?: number;
  bold?: boolean;
  colour?: Colour;
  maxLines?: number;
}

/** A finding marker: the worst severity's colour and how many. */
export interface Marker {
  colour: Colour;
  count: number;
}

export interface Card {
  key: string;
  paragraphs: Paragraph[];
  border?: Colour;
  marker?: Marker;
}

export type Block = { kind: 'paragraph'; p: Paragraph; marker?: Marker } | { kind: 'card'; card: Card };

export interface Placed {
  shapes: Shape[];
  height: number;
  /** Where each card went, by key (x relative to the cell). */
  cards: Map<string, { x: number; y: number; w: number; h: number }>;
}

/** Lays out `blocks` from (x, y) in `width`. */
export function place(blocks: readonly Block[], x: number, y: number, width: number, measure: Measure): Placed {
  const shapes: Shape[] = [];
  const cards = new Map<string, { x: number; y: number; w: number; h: number }>();
  let top = y;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const markerWidth = b.marker ? 22 : 0;
      const t = text(b.p, x, top, width - markerWidth, measure);
      shapes.push(t.shape);
      if (b.marker) shapes.push(...markerShapes(b.marker, x + width - markerWidth + 4, top));
      top += t.height + GAP;
    } else {
      const c = b.card;
      const inner = width - 2 * CARD_PAD - (c.marker ? 22 : 0);
      const texts: Shape[] = [];
      let h = CARD_PAD;
      for (const p of c.paragraphs) {
        const t = text(p, x + CARD_PAD, top + h, inner, measure);
        texts.push(t.shape);
        h += t.height + 2;
      }
      h += CARD_PAD - 2;
      shapes.push({ kind: 'rect', x, y: top, w: width, h, fill: COLOURS.card, stroke: c.border ?? COLOURS.cardBorder, radius: 3 }, ...texts);
      if (c.marker) shapes.push(...markerShapes(c.marker, x + width - 20, top + CARD_PAD));
      cards.set(c.key, { x, y: top, w: width, h });
      top += h + CARD_GAP;
    }
  }
  return { shapes, height: Math.max(0, top - y - GAP), cards };
}

function text(p: Paragraph, x: number, y: number, width: number, measure: Measure): { shape: Shape; height: number } {
  const size = p.size ?? SIZE.body;
  const lines = wrap(p.text, width, { size, bold: p.bold }, measure, p.maxLines ?? 12);
  const lineHeight = size * LINE;
  return { shape: { kind: 'text', x, y, lines, size, bold: p.bold, colour: p.colour ?? COLOURS.text, lineHeight }, height: lines.length * lineHeight };
}

/** A filled dot in the severity's colour and the count beside it. */
function markerShapes(m: Marker, x: number, y: number): Shape[] {
  return [
    { kind: 'circle', cx: x + 4, cy: y + 4.5, r: 3.5, fill: m.colour },
    { kind: 'text', x: x + 10, y, lines: [String(m.count)], size: SIZE.small, bold: true, colour: m.colour, lineHeight: SIZE.small * LINE },
  ];
}
