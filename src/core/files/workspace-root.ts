/**
 * `uses` may not read outside the workspace folder: a journey shared by
 * another organisation must not make the editor or a CI job read
 * ../../etc/passwd or a colleague's home folder. Paths are compared after
 * resolving `..`, and, where the host can tell, after following symbolic links.
 * Files may be paths or URI strings (files/locations.ts).
 */
import type { FileHost } from '../model/catalogs';
import type { Language, Texts } from '../i18n/language';
import { isInside } from './locations';

export { isInside } from './locations';

const TEXT: Texts<{ outside: (use: string) => string; link: (use: string) => string }> = {
  en: {
    outside: (use) => `'${use}' points outside the workspace folder; Journey Lens only reads catalogs inside it. Copy the catalog into the workspace, or refer to one that is there.`,
    link: (use) => `'${use}' leads outside the workspace folder through a symbolic link; Journey Lens only reads catalogs inside it. Copy the catalog into the workspace.`,
  },
  nl: {
    outside: (use) => `'${use}' wijst buiten de werkmap; Journey Lens leest alleen catalogi daarbinnen. Kopieer de catalogus naar de werkmap, of verwijs naar een catalogus die daar staat.`,
    link: (use) => `'${use}' leidt via een symbolische koppeling buiten de werkmap; Journey Lens leest alleen catalogi daarbinnen. Kopieer de catalogus naar de werkmap.`,
  },
};

/** Why `file` (the catalog `use` names) may not be read, or undefined when it may. */
export async function outsideRoot(use: string, file: string, root: string, host: FileHost, language: Language = 'en'): Promise<string | undefined> {
  if (!isInside(file, root)) return TEXT[language].outside(use);
  if (!host.realPath) return undefined;
  const [realFile, realRoot] = await Promise.all([host.realPath(file), host.realPath(root)]);
  if (realFile !== undefined && realRoot !== undefined && !isInside(realFile, realRoot)) {
    return TEXT[language].link(use);
  }
  return undefined;
}
