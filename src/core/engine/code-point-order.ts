/**
 * Order by Unicode code point: the same on every machine. `localeCompare`
 * follows the machine's locale (and `<` compares UTF-16 units, which puts
 * emoji before U+E000–U+FFFF), so a CI log would list files differently per runner.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
