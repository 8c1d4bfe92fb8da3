/**
 * Step ids from task texts: the text in lower case, accents dropped, every
 * run of other characters a single '-', at most MAX_ID_LENGTH characters
 * (cut at a word), so `Make tea` is `make-tea`. A text with no letter or
 * digit of a–z or 0–9 (emoji, Chinese) is `step-N` by its position; a
 * repeated id gets `-2`, `-3`, … . Every id matches the format's
 * `^[A-Za-z0-9][A-Za-z0-9_-]*$` and is unique.
 */
export const MAX_ID_LENGTH = 40;

export function stepIds(texts: readonly string[]): string[] {
  const taken = new Set<string>();
  const slugs = texts.map(slug);
  // A suffix or a `step-N` never takes the id another text gives itself (`Pay`, `Pay`, `Pay 2`: pay, pay-3, pay-2).
  const reserved = new Set(slugs.filter((s) => s !== ''));
  return slugs.map((s, i) => {
    const b = s || `step-${i + 1}`;
    let id = b;
    if (taken.has(id) || (s === '' && reserved.has(id))) {
      let n = 2;
      while (taken.has(`${b}-${n}`) || reserved.has(`${b}-${n}`)) n++;
      id = `${b}-${n}`;
    }
    taken.add(id);
    return id;
  });
}

export function slug(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss');
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w !== '');
  let id = '';
  for (const w of words) {
    const next = id ? `${id}-${w}` : w;
    if (next.length > MAX_ID_LENGTH) return id || w.slice(0, MAX_ID_LENGTH);
    id = next;
  }
  return id;
}
