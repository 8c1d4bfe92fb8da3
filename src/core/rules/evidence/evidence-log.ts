import type { Texts } from '../../i18n/language';
import type { LogProblem } from '../../evidence/types';
import type { Rule } from '../rule';

type Unreadable = Extract<LogProblem, { kind: 'unreadable' }>;

const TEXT: Texts<{
  missing: (log: string) => string;
  outside: (log: string) => string;
  notFile: (log: string) => string;
  extension: (log: string) => string;
  tooLarge: (log: string, mb: string) => string;
  tooLargeRemote: (log: string, mb: string) => string;
  unreadable: (log: string, p: Unreadable) => string;
  noAttribute: (log: string, attribute: string, key: string, available: string) => string;
  noEvents: (log: string) => string;
}> = {
  en: {
    missing: (log) => `The event log '${log}' does not exist. Check the path: it is relative to this journey.`,
    outside: (log) => `The event log '${log}' lies outside the workspace, so it is not read (as catalogs outside it are not). Move the log into the workspace folder.`,
    notFile: (log) => `'${log}' is not a file (a folder or a device?). Name the log file itself.`,
    extension: (log) => `'${log}' is not a log Journey Lens reads: name a .csv, .csv.gz, .xes or .xes.gz file.`,
    tooLarge: (log, mb) => `The event log '${log}' is larger than ${mb} MB, more than Journey Lens reads. Export a shorter period, or narrow the export.`,
    tooLargeRemote: (log, mb) => `The event log '${log}' is larger than ${mb} MB, the most Journey Lens reads from a file system other than the local disk. Open the folder on disk to read it, or export a shorter period.`,
    unreadable: (log, p) => {
      const what = { gzip: 'is not a readable gzip file', xml: 'is not well-formed XES (XML)', csv: 'is not readable CSV', encoding: 'is not UTF-8 text', io: 'could not be read' }[p.format];
      const at = p.row === undefined ? '' : p.format === 'xml' ? ` at line ${p.row}` : ` at row ${p.row}`;
      const fix = p.format === 'encoding' ? ' Export it as UTF-8.' : p.format === 'io' ? '' : ' Export it again.';
      return `The event log '${log}' ${what}${at}: ${p.detail}.${fix}`;
    },
    noAttribute: (log, attribute, key, available) => `No event in '${log}' has a value for '${attribute}' (${key === 'where' ? 'in `where`' : `\`${key}\``}). The log has: ${available}.`,
    noEvents: (log) => `No event of '${log}' counts: the log is empty, or the selection (lifecycle, where, since and until) leaves nothing. Check the export and the selection.`,
  },
  nl: {
    missing: (log) => `Het eventlog '${log}' bestaat niet. Controleer het pad: het is relatief ten opzichte van deze klantreis.`,
    outside: (log) => `Het eventlog '${log}' staat buiten de werkmap en wordt dus niet gelezen (net als catalogi daarbuiten). Zet het log in de werkmap.`,
    notFile: (log) => `'${log}' is geen bestand (een map of een apparaat?). Noem het logbestand zelf.`,
    extension: (log) => `'${log}' is geen log dat Journey Lens leest: noem een bestand .csv, .csv.gz, .xes of .xes.gz.`,
    tooLarge: (log, mb) => `Het eventlog '${log}' is groter dan ${mb} MB, meer dan Journey Lens leest. Exporteer een kortere periode, of maak de export smaller.`,
    tooLargeRemote: (log, mb) => `Het eventlog '${log}' is groter dan ${mb} MB, het meeste dat Journey Lens leest van een ander bestandssysteem dan de lokale schijf. Open de map op schijf om het te lezen, of exporteer een kortere periode.`,
    unreadable: (log, p) => {
      const what = { gzip: 'is geen leesbaar gzip-bestand', xml: 'is geen welgevormde XES (XML)', csv: 'is geen leesbare CSV', encoding: 'is geen UTF-8-tekst', io: 'kon niet gelezen worden' }[p.format];
      const at = p.row === undefined ? '' : p.format === 'xml' ? ` op regel ${p.row}` : ` in rij ${p.row}`;
      const fix = p.format === 'encoding' ? ' Exporteer het als UTF-8.' : p.format === 'io' ? '' : ' Exporteer het opnieuw.';
      return `Het eventlog '${log}' ${what}${at}: ${p.detail}.${fix}`;
    },
    noAttribute: (log, attribute, key, available) => `Geen gebeurtenis in '${log}' heeft een waarde voor '${attribute}' (${key === 'where' ? 'in `where`' : `\`${key}\``}). Het log heeft: ${available}.`,
    noEvents: (log) => `Geen gebeurtenis van '${log}' telt mee: het log is leeg, of de selectie (lifecycle, where, since en until) laat niets over. Controleer de export en de selectie.`,
  },
};

/** The journey's event log cannot be used, so nothing can be checked against it. */
export const evidenceLog: Rule = {
  id: 'evidence-log',
  defaultSeverity: 'error',
  description: {
    en: 'The journey\'s event log cannot be used: missing, outside the workspace, unreadable, without the named attributes or without events, so the design cannot be checked against it.',
    nl: 'Het eventlog van de klantreis is niet te gebruiken: het ontbreekt, staat buiten de werkmap, is onleesbaar, mist de genoemde attributen of heeft geen gebeurtenissen, dus het ontwerp kan er niet aan getoetst worden.',
  },
  check({ journey, evidence, options, report }) {
    const ev = journey.evidence;
    if (!ev || !evidence || evidence.ok) return;
    const t = TEXT[options.language];
    const log = ev.settings.log;
    const p = evidence.problem;
    const message = p.kind === 'missing' ? t.missing(log)
      : p.kind === 'outside-workspace' ? t.outside(log)
        : p.kind === 'not-a-file' ? t.notFile(log)
          : p.kind === 'unknown-extension' ? t.extension(log)
            : p.kind === 'too-large' || p.kind === 'file-too-large' ? (p.kind === 'file-too-large' ? t.tooLargeRemote : t.tooLarge)(log, String(Math.round(p.limitBytes / 1_048_576)))
              : p.kind === 'unreadable' ? t.unreadable(log, p)
                : p.kind === 'no-attribute' ? t.noAttribute(log, p.attribute, p.key, p.available.join(', '))
                  : t.noEvents(log);
    report({ path: ev.paths.log ?? ev.path, message });
  },
};
