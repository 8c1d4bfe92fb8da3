/**
 * The summary lines of the command line's reports, in English or Dutch. The
 * severity word of each finding line stays English in both languages: CI
 * problem matchers and scripts read it, as they read the check ids.
 */
import { counted as plural, type Texts } from '../i18n/language';

interface SummaryTexts {
  clean: (files: number) => string;
  /** After the other summaries when files or folders could not be read: never "no problems" then. */
  unread: (count: number) => string;
  /** Instead of `clean` when nothing was found but something could not be read. */
  nothingFound: (files: number) => string;
  /** --format text: "3 files checked: 5 findings (1 error, 4 warnings)." */
  checked: (files: number, total: number, parts: string) => string;
  /** --format stylish: "✖ 5 problems (1 error, 4 warnings) in 3 files". */
  problems: (total: number, parts: string, files: number) => string;
}

export const SUMMARY: Texts<SummaryTexts> = {
  en: {
    clean: (files) => `${plural(files, 'file', 'files')} checked, no problems found.`,
    unread: (n) => `${n === 1 ? '1 file or folder' : `${n} files or folders`} could not be read (see above), so the check is incomplete.`,
    nothingFound: (files) => (files === 0 ? 'No file checked.' : `${plural(files, 'file', 'files')} checked without findings.`),
    checked: (files, total, parts) => `${plural(files, 'file', 'files')} checked: ${plural(total, 'finding', 'findings')} (${parts}).`,
    problems: (total, parts, files) => `${plural(total, 'problem', 'problems')} (${parts}) in ${plural(files, 'file', 'files')}`,
  },
  nl: {
    clean: (files) => `${plural(files, 'bestand', 'bestanden')} gecontroleerd, geen problemen gevonden.`,
    unread: (n) => `${n === 1 ? '1 bestand of map kon' : `${n} bestanden of mappen konden`} niet gelezen worden (zie hierboven), dus de controle is onvolledig.`,
    nothingFound: (files) => (files === 0 ? 'Geen bestand gecontroleerd.' : `${plural(files, 'bestand', 'bestanden')} gecontroleerd zonder bevindingen.`),
    checked: (files, total, parts) => `${plural(files, 'bestand', 'bestanden')} gecontroleerd: ${plural(total, 'bevinding', 'bevindingen')} (${parts}).`,
    problems: (total, parts, files) => `${plural(total, 'probleem', 'problemen')} (${parts}) in ${plural(files, 'bestand', 'bestanden')}`,
  },
};
