/**
 * The summary lines of the command line's reports, in English or Dutch. The
 * severity word of each finding line stays English in both languages: CI
 * problem matchers and scripts read it, as they read the check ids.
 */
import type { Texts } from '../language';
import { SEVERITY_WORDS } from '../severity-words';
import type { Severity } from '../types';

interface SummaryTexts {
  count: (severity: Severity, n: number) => string;
  clean: (files: number) => string;
  /** --format text: "3 files checked: 5 findings (1 error, 4 warnings)." */
  checked: (files: number, total: number, parts: string) => string;
  /** --format stylish: "✖ 5 problems (1 error, 4 warnings) in 3 files". */
  problems: (total: number, parts: string, files: number) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const SUMMARY: Texts<SummaryTexts> = {
  en: {
    count: (severity, n) => plural(n, ...SEVERITY_WORDS.en[severity]),
    clean: (files) => `${plural(files, 'file', 'files')} checked, no problems found.`,
    checked: (files, total, parts) => `${plural(files, 'file', 'files')} checked: ${plural(total, 'finding', 'findings')} (${parts}).`,
    problems: (total, parts, files) => `${plural(total, 'problem', 'problems')} (${parts}) in ${plural(files, 'file', 'files')}`,
  },
  nl: {
    count: (severity, n) => plural(n, ...SEVERITY_WORDS.nl[severity]),
    clean: (files) => `${plural(files, 'bestand', 'bestanden')} gecontroleerd, geen problemen gevonden.`,
    checked: (files, total, parts) => `${plural(files, 'bestand', 'bestanden')} gecontroleerd: ${plural(total, 'bevinding', 'bevindingen')} (${parts}).`,
    problems: (total, parts, files) => `${plural(total, 'probleem', 'problemen')} (${parts}) in ${plural(files, 'bestand', 'bestanden')}`,
  },
};
