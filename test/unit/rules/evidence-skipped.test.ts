import { csvLog, FULL_PLAN, INCIDENT_JOURNEY, LOG, xesLog } from './heads';
import { ruleTester } from './rule-tester';

const XES = 'logs/incidents.xes';

ruleTester('evidence-skipped', {
  valid: [
    { name: 'nothing is skipped', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 10 }) } },
  ],
  invalid: [
    {
      name: 'skipped events counted, the first named by its row, at the log path',
      text: INCIDENT_JOURNEY,
      // 3 rows without a case id and 2 without a time among 336 + 5; the first skipped is data row 4.
      logs: { [LOG]: csvLog(FULL_PLAN) },
      errors: [{
        message: "5 of the 341 events in 'logs/incidents.csv' were skipped and are left out of the figures; the first, row 4, has no case id. Fix the export, or name the right attributes.",
        line: 12, column: 8, endLine: 12, endColumn: 26, severity: 'warning',
        offers: ["Suppress 'evidence-skipped' on this line"],
      }],
    },
    {
      name: 'the event number in an XES log',
      text: INCIDENT_JOURNEY.replace(LOG, XES),
      logs: { [XES]: xesLog({ normal: 10, skippedNoTime: 2 }) },
      errors: [{
        message: "2 of the 52 events in 'logs/incidents.xes' were skipped and are left out of the figures; the first, event 4, has no readable time. Fix the export, or name the right attributes.",
        line: 12, column: 8, endLine: 12, endColumn: 26,
      }],
    },
    {
      name: 'in Dutch',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog({ normal: 10, skippedNoTime: 2 }) },
      language: 'nl',
      errors: [{
        message: "2 van de 52 gebeurtenissen in 'logs/incidents.csv' zijn overgeslagen en tellen niet mee in de cijfers; de eerste, rij 4, heeft geen leesbare tijd. Verbeter de export, of noem de juiste attributen.",
        line: 12, column: 8, endLine: 12, endColumn: 26,
      }],
    },
  ],
});
