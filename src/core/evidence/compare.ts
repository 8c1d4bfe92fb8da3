/**
 * Order by code point, as evidence.md asks for ties and sorting. JavaScript's
 * `<` compares UTF-16 code units, which puts characters outside the BMP
 * before U+E000–U+FFFF; comparing code points keeps the contract's order.
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
