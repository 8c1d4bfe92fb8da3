/**
 * Wrapping text into a box of a given width: at spaces where it can, inside
 * a word too long for a line (a URL, a long compound), and at most
 * `maxLines` lines, the last one ending in an ellipsis when text was left out.
 * Line breaks in the text are kept; tabs and other control characters become
 * spaces (a hostile string cannot break the drawing's structure).
 */
import type { Measure } from './measure';

export interface TextStyle {
  size: number;
  bold?: boolean;
}

export function wrap(text: string, width: number, style: TextStyle, measure: Measure, maxLines = Infinity): string[] {
  const fits = (s: string) => measure.width(s, style.size, style.bold) <= width;
  const lines: string[] = [];
  for (const paragraph of clean(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      // A word wider than the box is cut into pieces that fit.
      let rest = word;
      while (!fits(rest)) {
        const cut = longestFitting(rest, fits);
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
    if (lines.length > maxLines) break;
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last !== '' && !fits(`${last}…`)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** The number of UTF-16 units of the longest prefix that fits (at least one code point). */
function longestFitting(word: string, fits: (s: string) => boolean): number {
  const points = [...word];
  let lo = 1;
  let hi = points.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(points.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  return points.slice(0, lo).join('').length;
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f\u2028\u2029]/g, ' ');
}
