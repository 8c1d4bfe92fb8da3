/**
 * What a drawn export is made of, independent of the format: rectangles,
 * text (already wrapped into lines), polylines with optional arrowheads,
 * circles and curves. SVG and PDF draw the same shapes, so the two agree to
 * the point. Coordinates are points (1/72 inch = 1 CSS px at 96 dpi / 0.75;
 * the SVG uses them as px, the PDF as pt).
 */

export type Colour = string;

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: Colour; stroke?: Colour; radius?: number; dash?: readonly number[] }
  /** `y` is the top of the first line; lines are `lineHeight` apart. */
  | { kind: 'text'; x: number; y: number; lines: readonly string[]; size: number; bold?: boolean; colour: Colour; lineHeight: number }
  | { kind: 'line'; points: readonly (readonly [number, number])[]; stroke: Colour; width: number; dash?: readonly number[]; arrow?: boolean }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: Colour; stroke?: Colour }
  /** A quadratic curve from → to through the control point. */
  | { kind: 'curve'; from: readonly [number, number]; control: readonly [number, number]; to: readonly [number, number]; stroke: Colour; width: number; dash?: readonly number[]; arrow?: boolean };

/** Colours that read the same on screen and on paper, in light and dark viewers: the drawing has its own white ground. */
export const COLOURS = {
  ground: '#ffffff',
  text: '#1f1f1f',
  muted: '#5f5f5f',
  grid: '#c8c8c8',
  label: '#f1f1f1',
  stage: '#e4ecf7',
  card: '#fafafa',
  cardBorder: '#a8a8a8',
  error: '#c42b1c',
  warning: '#9d5d00',
  info: '#0f5fa8',
  clear: '#2e7d32',
  unclear: '#b35c00',
  pingpong: '#c62828',
  evidence: '#6a1b9a',
  emotion: '#0f5fa8',
  separator: '#7a7a7a',
} as const;

/** Moves a shape right by `dx` (a column's shapes are drawn at its place on the page). */
export function shifted(shape: Shape, dx: number, dy = 0): Shape {
  switch (shape.kind) {
    case 'rect': return { ...shape, x: shape.x + dx, y: shape.y + dy };
    case 'text': return { ...shape, x: shape.x + dx, y: shape.y + dy };
    case 'circle': return { ...shape, cx: shape.cx + dx, cy: shape.cy + dy };
    case 'line': return { ...shape, points: shape.points.map(([x, y]) => [x + dx, y + dy] as const) };
    case 'curve': return { ...shape, from: [shape.from[0] + dx, shape.from[1] + dy], control: [shape.control[0] + dx, shape.control[1] + dy], to: [shape.to[0] + dx, shape.to[1] + dy] };
  }
}
