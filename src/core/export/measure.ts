/**
 * Text width with the real glyph advances of the export font (fontkit), so
 * that wrapped text never runs out of its box in any format. Widths are
 * cached per string and size: a blueprint repeats its labels.
 */
import * as fontkit from 'fontkit';
import type { FontFiles } from './fonts';

export interface Measure {
  /** Width in points (= px) of `text` at `size`. */
  width(text: string, size: number, bold?: boolean): number;
}

interface Font { unitsPerEm: number; glyphsForString(text: string): { advanceWidth: number }[] }

export function fontMeasure(fonts: FontFiles): Measure {
  const regular = fontkit.create(fonts.regular) as unknown as Font;
  const bold = fontkit.create(fonts.bold) as unknown as Font;
  const cache = new Map<string, number>();
  return {
    width(text, size, isBold = false) {
      const key = `${isBold ? 'b' : 'r'}${text}`;
      let em = cache.get(key);
      if (em === undefined) {
        const font = isBold ? bold : regular;
        // The glyphs' advances without shaping: kerning only ever narrows Latin text, so the measure errs on the safe side.
        em = font.glyphsForString(text).reduce((w, g) => w + g.advanceWidth, 0) / font.unitsPerEm;
        cache.set(key, em);
      }
      return em * size;
    },
  };
}
