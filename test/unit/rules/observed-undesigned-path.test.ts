import { csvLog, FULL_PLAN, INCIDENT_JOURNEY, LOG } from './heads';
import { ruleTester } from './rule-tester';

// The `undesigned` cases skip `Oplossen`: melden → opgelost directly.
const straight = (cases: number, share: string) => `${cases} cases go from step 'melden' straight to 'opgelost' (${share} of the cases that visit 'melden'), a path the design does not have. Add next: [..., opgelost] if the path is meant, or find out why customers take it.`;
/** At the id of melden (line 19). */
const AT_MELDEN = { line: 19, column: 9, endLine: 19, endColumn: 15 };
/** melden with `next: [oplossen]` (line 22). */
const WITH_NEXT = INCIDENT_JOURNEY.replace('    channel: telefoon\n    observed: "Melding *"', '    channel: telefoon\n    next: [oplossen]\n    observed: "Melding *"');

ruleTester('observed-undesigned-path', {
  valid: [
    { name: 'the path is designed', text: WITH_NEXT.replace('next: [oplossen]', 'next: [oplossen, opgelost]'), logs: { [LOG]: csvLog(FULL_PLAN) } },
    { name: 'fewer than min-cases (5) cases', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 20, undesigned: 4 }) } },
    { name: 'below min-share (5%) of the from-step: 5 of 101', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 96, undesigned: 5 }) } },
  ],
  invalid: [
    {
      name: 'on the full planted log, at the step id',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      errors: [{ message: straight(5, '7.6%'), ...AT_MELDEN, severity: 'warning', offers: ["Suppress 'observed-undesigned-path' on this line"] }],
    },
    {
      name: 'at the next value when the step has one',
      text: WITH_NEXT,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      errors: [{
        message: "5 cases go from step 'melden' straight to 'opgelost' (7.6% of the cases that visit 'melden'), a path the design does not have. Add 'opgelost' to next if the path is meant, or find out why customers take it.",
        line: 22, column: 12, endLine: 22, endColumn: 20,
      }],
    },
    { name: 'at min-cases exactly', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 20, undesigned: 5 }) }, errors: [{ message: straight(5, '20%'), ...AT_MELDEN }] },
    { name: 'at min-share exactly: 5 of 100', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 95, undesigned: 5 }) }, errors: [{ message: straight(5, '5%'), ...AT_MELDEN }] },
    {
      name: 'in Dutch',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      language: 'nl',
      errors: [{
        message: "5 cases gaan van stap 'melden' direct naar 'opgelost' (7,6% van de cases die langs 'melden' komen), een pad dat het ontwerp niet heeft. Voeg next: [..., opgelost] toe als het pad bedoeld is, of zoek uit waarom klanten het nemen.",
        ...AT_MELDEN,
      }],
    },
  ],
});
