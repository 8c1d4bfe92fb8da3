import { csvLog, FULL_PLAN, INCIDENT_JOURNEY, LOG } from './heads';
import { ruleTester } from './rule-tester';

/** INCIDENT_JOURNEY with another log path (line 12, from column 8). */
const logAt = (log: string) => INCIDENT_JOURNEY.replace(`log: ${LOG}`, `log: ${log}`);
const HEADER = 'case:concept:name,concept:name,time:timestamp,org:resource\n';
/** At the log path, `log: ` being 7 characters. */
const at = (log: string) => ({ line: 12, column: 8, endLine: 12, endColumn: 8 + log.length });

ruleTester('evidence-log', {
  valid: [
    { name: 'a usable log', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog(FULL_PLAN) } },
  ],
  invalid: [
    {
      name: 'a missing log, at the log path',
      text: logAt('logs/absent.csv'),
      logs: {},
      errors: [{
        message: "The event log 'logs/absent.csv' does not exist. Check the path: it is relative to this journey.",
        ...at('logs/absent.csv'), severity: 'error',
        offers: ["Suppress 'evidence-log' on this line"],
      }],
    },
    {
      name: 'a log outside the workspace is not read',
      text: logAt('../../outside.csv'),
      logs: {},
      errors: [{
        message: "The event log '../../outside.csv' lies outside the workspace, so it is not read (as catalogs outside it are not). Move the log into the workspace folder.",
        ...at('../../outside.csv'),
      }],
    },
    {
      name: 'an unknown extension',
      text: logAt('logs/incidents.txt'),
      logs: { 'logs/incidents.txt': csvLog(FULL_PLAN) },
      errors: [{ message: "'logs/incidents.txt' is not a log Journey Lens reads: name a .csv, .csv.gz, .xes or .xes.gz file.", ...at('logs/incidents.txt') }],
    },
    {
      name: 'a file that is not gzip',
      text: logAt('logs/incidents.csv.gz'),
      logs: { 'logs/incidents.csv.gz': 'case,activity\n' },
      errors: [{
        message: "The event log 'logs/incidents.csv.gz' is not a readable gzip file: the file is not valid gzip (incorrect header check). Export it again.",
        ...at('logs/incidents.csv.gz'),
      }],
    },
    {
      name: 'malformed XES, with its line',
      text: logAt('logs/incidents.xes'),
      logs: { 'logs/incidents.xes': '<log>\n<trace>\n<event><string key="a" value="b"></event>\n' },
      errors: [{ message: "The event log 'logs/incidents.xes' is not well-formed XES (XML) at line 3: Unexpected close tag. Export it again.", ...at('logs/incidents.xes') }],
    },
    {
      name: 'CSV that cannot be parsed, with the row',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: `${HEADER}c1,Melding ontvangen,2026-01-05 09:00,SD\nc2,"Melding ontvangen,2026-01-05 10:00,SD\n` },
      errors: [{
        message: "The event log 'logs/incidents.csv' is not readable CSV at row 2: Quote Not Closed: the parsing is finished with an opening quote at line 3. Export it again.",
        ...at(LOG),
      }],
    },
    {
      name: 'a folder named as the log',
      text: logAt('logs/map.csv'),
      logs: { 'logs/map.csv': { folder: true } },
      errors: [{ message: "'logs/map.csv' is not a file (a folder or a device?). Name the log file itself.", ...at('logs/map.csv') }],
    },
    {
      name: 'an attribute no event has is named, with the attributes the log has',
      text: INCIDENT_JOURNEY.replace('actor: org:resource', 'actor: org:group'),
      logs: { [LOG]: csvLog(FULL_PLAN) },
      errors: [{
        message: "No event in 'logs/incidents.csv' has a value for 'org:group' (`actor`). The log has: case:concept:name, concept:name, time:timestamp, org:resource.",
        ...at(LOG),
      }],
    },
    {
      name: 'a log where no event counts',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: HEADER },
      errors: [{
        message: "No event of 'logs/incidents.csv' counts: the log is empty, or the selection (lifecycle, where, since and until) leaves nothing. Check the export and the selection.",
        ...at(LOG),
      }],
    },
    {
      name: 'an evidence source that fails',
      text: INCIDENT_JOURNEY,
      options: { evidence: async () => { throw new Error('the worker stopped'); } },
      errors: [{ message: "The event log 'logs/incidents.csv' could not be read: the worker stopped.", ...at(LOG) }],
    },
    {
      // The editor reads a log of a virtual workspace whole into memory (src/extension/evidence/service.ts).
      name: 'a log on another file system than the disk, larger than the editor reads from there',
      text: INCIDENT_JOURNEY,
      options: { evidence: async () => ({ ok: false, problem: { kind: 'file-too-large', limitBytes: 512 * 1_048_576 } }) },
      errors: [{ message: "The event log 'logs/incidents.csv' is larger than 512 MB, the most Journey Lens reads from a file system other than the local disk. Open the folder on disk to read it, or export a shorter period.", ...at(LOG) }],
    },
    {
      name: 'the same in Dutch',
      text: INCIDENT_JOURNEY,
      language: 'nl',
      options: { evidence: async () => ({ ok: false, problem: { kind: 'file-too-large', limitBytes: 512 * 1_048_576 } }) },
      errors: [{ message: "Het eventlog 'logs/incidents.csv' is groter dan 512 MB, het meeste dat Journey Lens leest van een ander bestandssysteem dan de lokale schijf. Open de map op schijf om het te lezen, of exporteer een kortere periode.", ...at(LOG) }],
    },
    {
      name: 'in Dutch',
      text: logAt('logs/absent.csv'),
      logs: {},
      language: 'nl',
      errors: [{
        message: "Het eventlog 'logs/absent.csv' bestaat niet. Controleer het pad: het is relatief ten opzichte van deze klantreis.",
        ...at('logs/absent.csv'),
        offers: ["'evidence-log' op deze regel onderdrukken"],
      }],
    },
  ],
});
