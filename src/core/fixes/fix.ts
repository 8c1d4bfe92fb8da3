/**
 * What a quick fix is, as the engine computes it: plain text edits, so the
 * editor and the tests share them. Placeholders use snippet syntax
 * (${1:text}) where the user should type; `snippet` says so, and
 * `plainText` (fixes.ts) renders them away. Each check's fixes live in its
 * rule module; these are the pieces they share.
 */
import type { Position, RelatedLocation } from '../engine/types';
import type { Texts } from '../i18n/language';
import type { TextEdit } from './edits';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The edit text contains snippet placeholders. */
  snippet: boolean;
  /** The fix a user most probably wants (Ctrl+. then Enter, or auto-fix). */
  preferred?: boolean;
  /**
   * Edits in another file (a catalog), plain text: the editor asks the user
   * to confirm them (VS Code's refactor preview) instead of applying them
   * unseen, and `edits` may then be empty.
   */
  elsewhere?: { file: string; edits: PlacedEdit[] };
  /** No edit: the fix shows a place for the user to change (`edits` is then empty). */
  reveal?: RelatedLocation;
}

/** An edit by line and character, for a file whose text the editor has not opened. */
export interface PlacedEdit {
  start: Position;
  end: Position;
  newText: string;
}

/** One fix of one edit, or none when the edit could not be made. */
export const one = (title: string, edit: TextEdit | undefined, snippet = false, preferred = false): Fix[] =>
  edit ? [{ title, edits: [edit], snippet, preferred }] : [];

/** Several keys added to one flow mapping land at one offset: one edit with them in order. */
export function mergeAtSameOffset(edits: TextEdit[]): TextEdit {
  if (edits.every((e) => e.start === edits[0].start && e.end === e.start)) {
    return { start: edits[0].start, end: edits[0].end, newText: edits.map((e) => e.newText).join('') };
  }
  return edits[0];
}

/** Keys added at once, each of which may fail: one fix when any could be made. */
export function addedKeys(title: string, edits: (TextEdit | undefined)[], preferred = true): Fix[] {
  const made = edits.filter((e): e is TextEdit => !!e);
  return made.length ? [{ title, edits: [mergeAtSameOffset(made)], snippet: true, preferred }] : [];
}

/** Titles more than one check's fixes use. */
export const FIX_TEXT: Texts<{ changeTo: (id: string) => string; addTo: (keys: readonly string[], where: 'handoff' | 'promise') => string }> = {
  en: {
    changeTo: (id) => `Change to '${id}'`,
    addTo: (keys, where) => `Add ${keys.join(' and ')} to the ${where}`,
  },
  nl: {
    changeTo: (id) => `Wijzigen in '${id}'`,
    addTo: (keys, where) => `${keys.join(' en ')} aan de ${where === 'handoff' ? 'overdracht' : 'belofte'} toevoegen`,
  },
};
