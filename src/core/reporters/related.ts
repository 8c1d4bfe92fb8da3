/**
 * The "see" lines under a finding in the text and stylish output: where
 * else the finding points (the other end of a ping-pong, the catalog that
 * declares a partner), as `see file:line:col message`.
 */
import type { Language, Texts } from '../i18n/language';
import type { Finding } from '../engine/types';
import { escapeControls as esc } from './escape';
import type { ShowPath } from './types';

const SEE: Texts<string> = { en: 'see', nl: 'zie' };

export function* relatedLines(f: Finding, indent: string, language: Language, showPath: ShowPath): Generator<string> {
  for (const r of f.related) {
    yield `${indent}${SEE[language]} ${esc(showPath(r.file))}:${r.range.start.line + 1}:${r.range.start.character + 1} ${esc(r.message)}`;
  }
}
