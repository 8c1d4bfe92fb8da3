/**
 * The fonts the drawn exports (SVG, PNG, PDF) are laid out and rendered
 * with: DejaVu Sans, regular and bold (free licence, shipped beside the
 * bundles as dist/fonts with its LICENSE). One font everywhere means the
 * text fits its boxes in every format: the layout measures with the same
 * glyph widths that PNG and PDF draw, and an SVG viewer without DejaVu falls
 * back to Verdana, which Bitstream Vera (DejaVu's origin) was made to match.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface FontFiles {
  regular: Buffer;
  bold: Buffer;
}

export const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

/** Reads the two fonts from `dir` (dist/fonts in the package; node_modules in the tests). */
export function readFonts(dir: string): FontFiles {
  return {
    regular: fs.readFileSync(path.join(dir, 'DejaVuSans.ttf')),
    bold: fs.readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')),
  };
}
