/** The floor: `yaml`'s parseDocument of the text, which every YAML checker needs at least. */
import { parseDocument } from 'yaml';
import type { Checker } from './checker';

export function floor(): Checker {
  return { check: async (text) => parseDocument(text).errors.length };
}
