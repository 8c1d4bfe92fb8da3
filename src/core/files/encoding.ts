/**
 * Files saved as UTF-16 (Windows Notepad's "Unicode", some exports) read as
 * UTF-8 hold a NUL beside every ASCII character. Parsed as they are, they
 * give a finding that quotes raw NULs; one plain sentence says what to do.
 */

/** Characters looked at: enough to tell, however large the file. */
const SAMPLE = 64;
/** UTF-16's byte order mark read as UTF-8 (two invalid bytes) or as UTF-16 of the other order. */
const BOM_AS_UTF8 = /^(\uFFFD\uFFFD|\uFFFE)/;

/** Whether `text` is a UTF-16 file decoded as UTF-8: NULs at every other place, in either byte order. */
export function looksLikeUtf16(text: string): boolean {
  const body = text.replace(BOM_AS_UTF8, '');
  const n = Math.min(body.length, SAMPLE) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (body.charCodeAt(i) !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return even === n / 2 || odd === n / 2;
}
