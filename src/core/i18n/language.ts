/**
 * The languages Journey Lens speaks to analysts: English and Dutch. VS Code
 * passes its display language ('nl', 'nl-BE', 'en-US'), the command line its
 * --lang option or the POSIX locale ('nl_NL.UTF-8'); anything not Dutch is
 * English.
 */
export type Language = 'en' | 'nl';

export function languageOf(tag: string | undefined): Language {
  return tag?.toLowerCase().split(/[-_.@]/)[0] === 'nl' ? 'nl' : 'en';
}

/** The language of a POSIX environment, read as gettext does: LC_ALL, then LC_MESSAGES, then LANG. */
export function languageOfEnv(env: Readonly<Record<string, string | undefined>>): Language {
  return languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Texts in every language, so that a missing translation does not compile. */
export type Texts<T> = Readonly<Record<Language, T>>;

/** A message's first letter in capitals (for a sentence that starts with a name or a noun). */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A whole number with thousands grouped as the language writes them: 65,533 and 65.533. */
export function wholeNumber(n: number, language: Language): string {
  const grouped = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+$)/g, language === 'nl' ? '.' : ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/** A number with its noun: "1 file", "3 files", "2 bestanden". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
