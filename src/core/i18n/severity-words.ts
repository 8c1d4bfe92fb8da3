/** The severities as counted words ("1 error", "3 waarschuwingen"), for summaries and reports. */
import { counted, type Language, type Texts } from './language';
import { SEVERITIES, type Severity } from '../engine/types';

const SEVERITY_WORDS: Texts<Record<Severity, readonly [one: string, many: string]>> = {
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'], hint: ['hint', 'hints'] },
  nl: { error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], info: ['info', 'info'], hint: ['hint', 'hints'] },
};

/** Each severity that occurs, counted, most severe first: ["1 error", "4 warnings"]. */
export function severityCounts(counts: Readonly<Record<Severity, number>>, language: Language, except: readonly Severity[] = []): string[] {
  return SEVERITIES.filter((s) => counts[s] > 0 && !except.includes(s)).map((s) => counted(counts[s], ...SEVERITY_WORDS[language][s]));
}
