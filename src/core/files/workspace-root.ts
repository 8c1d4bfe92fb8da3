/**
 * `uses` and event logs may not read outside the workspace folder: a journey
 * shared by another organisation must not make the editor or a CI job read
 * ../../etc/passwd or a colleague's home folder. Paths are compared after
 * resolving `..`, and, where the host can tell, after following symbolic links.
 * Files may be paths or URI strings (files/locations.ts).
 */
import type { FileHost } from '../model/catalogs';
import type { Language, Texts } from '../i18n/language';
import { isInside, isUriString } from './locations';

/** Where `file` lies against `root`: inside, outside by its name, or outside through a symbolic link. */
export async function confinement(file: string, root: string, host: FileHost): Promise<'inside' | 'outside' | 'link'> {
  if (!isInside(file, root)) return 'outside';
  // A URI names a file of another file system (a virtual workspace), which has no links to follow from here.
  if (!host.realPath || isUriString(file)) return 'inside';
  // A missing file has no real path: whoever reads it reports it as missing.
  const [realFile, realRoot] = await Promise.all([host.realPath(file), host.realPath(root)]);
  return realFile !== undefined && realRoot !== undefined && !isInside(realFile, realRoot) ? 'link' : 'inside';
}

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
  const where = await confinement(file, root, host);
  return where === 'inside' ? undefined : where === 'outside' ? TEXT[language].outside(use) : TEXT[language].link(use);
}
