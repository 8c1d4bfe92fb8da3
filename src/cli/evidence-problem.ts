/**
 * One line for a log the `evidence` command cannot use (a LogProblem), and
 * one for skipped events, in English and Dutch. Log names and attribute
 * names come from the journey and the log: the caller escapes the line.
 */
import type { LogCases, LogProblem, SkipReason, Texts } from '../core';

const MAX_LISTED = 12;

/** The attributes the log has, a few of them, so the user can correct the key. */
function listed(names: readonly string[], more: (n: number) => string): string {
  const shown = names.slice(0, MAX_LISTED).map((n) => `'${n}'`).join(', ');
  return names.length > MAX_LISTED ? `${shown}${more(names.length - MAX_LISTED)}` : shown;
}

export const PROBLEM_TEXT: Texts<(log: string, p: LogProblem) => string> = {
  en: (log, p) => {
    switch (p.kind) {
      case 'missing': return `the log '${log}' does not exist (a path relative to the journey file).`;
      case 'outside-workspace': return `the log '${log}' is outside the working folder; it is not read (add --allow-outside to read it anyway).`;
      case 'not-a-file': return `the log '${log}' is not a regular file.`;
      case 'unknown-extension': return `the log '${log}' is neither .csv, .csv.gz, .xes nor .xes.gz.`;
      case 'too-large': return `the log '${log}' has a line or value larger than ${Math.round(p.limitBytes / 1024 / 1024)} MB; it is not read.`;
      case 'file-too-large': return `the log '${log}' is larger than ${Math.round(p.limitBytes / 1024 / 1024)} MB; it is not read.`;
      case 'unreadable': return `the log '${log}' cannot be read as ${p.format === 'io' ? 'a file' : p.format.toUpperCase()}${p.row !== undefined ? ` (row ${p.row})` : ''}: ${p.detail}.`;
      case 'no-attribute': return `no event of the log '${log}' has the attribute '${p.attribute}' (evidence.${p.key}); the log has ${listed(p.available, (n) => ` and ${n} more`) || 'no attributes'}.`;
      case 'no-events': return `the log '${log}' has no event that counts (check lifecycle, where, since and until).`;
    }
  },
  nl: (log, p) => {
    switch (p.kind) {
      case 'missing': return `het log '${log}' bestaat niet (een pad ten opzichte van het journeybestand).`;
      case 'outside-workspace': return `het log '${log}' ligt buiten de werkmap en wordt niet gelezen (met --allow-outside lees je het toch).`;
      case 'not-a-file': return `het log '${log}' is geen gewoon bestand.`;
      case 'unknown-extension': return `het log '${log}' is geen .csv, .csv.gz, .xes of .xes.gz.`;
      case 'too-large': return `het log '${log}' heeft een regel of waarde groter dan ${Math.round(p.limitBytes / 1024 / 1024)} MB en wordt niet gelezen.`;
      case 'file-too-large': return `het log '${log}' is groter dan ${Math.round(p.limitBytes / 1024 / 1024)} MB en wordt niet gelezen.`;
      case 'unreadable': return `het log '${log}' is niet te lezen als ${p.format === 'io' ? 'bestand' : p.format.toUpperCase()}${p.row !== undefined ? ` (rij ${p.row})` : ''}: ${p.detail}.`;
      case 'no-attribute': return `geen event in het log '${log}' heeft het attribuut '${p.attribute}' (evidence.${p.key}); het log heeft ${listed(p.available, (n) => ` en nog ${n}`) || 'geen attributen'}.`;
      case 'no-events': return `het log '${log}' heeft geen event dat meetelt (kijk naar lifecycle, where, since en until).`;
    }
  },
};

const REASON: Texts<Record<SkipReason, string>> = {
  en: { 'no-case': 'it has no case id', 'no-activity': 'it has no activity', 'no-time': 'its time cannot be read' },
  nl: { 'no-case': 'er staat geen case-id in', 'no-activity': 'er staat geen activiteit in', 'no-time': 'de tijd is niet te lezen' },
};

/** "3 of 1,200 events were skipped; the first, row 4: it has no case id." The row is a CSV data row or an XES event number. */
export const SKIPPED_TEXT: Texts<(events: LogCases['events'], first: LogCases['firstSkip'], csv: boolean) => string> = {
  en: (e, first, csv) => `${e.skipped} of ${e.read} events were skipped${first ? `; the first, ${csv ? 'data row' : 'event'} ${first.number}: ${REASON.en[first.reason]}` : ''}.`,
  nl: (e, first, csv) => `${e.skipped} van ${e.read} events zijn overgeslagen${first ? `; de eerste, ${csv ? 'datarij' : 'event'} ${first.number}: ${REASON.nl[first.reason]}` : ''}.`,
};
