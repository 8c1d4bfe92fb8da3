/** The severities as counted words ("1 error", "3 waarschuwingen"), for summaries and reports. */
import type { Texts } from './language';
import type { Severity } from './types';

export const SEVERITY_WORDS: Texts<Record<Severity, readonly [one: string, many: string]>> = {
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'], hint: ['hint', 'hints'] },
  nl: { error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], info: ['info', 'info'], hint: ['hint', 'hints'] },
};
