/** Which kind of Journey Lens file a path is, by its name. */
import type { FileKind } from '../engine/types';
import { CONFIG_FILE_NAME } from '../config/config';

export function fileKindOf(path: string): FileKind | undefined {
  const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
  if (/\.journey\.ya?ml$/i.test(name)) return 'journey';
  if (/\.catalog\.ya?ml$/i.test(name)) return 'catalog';
  if (name === CONFIG_FILE_NAME) return 'config';
  return undefined;
}
