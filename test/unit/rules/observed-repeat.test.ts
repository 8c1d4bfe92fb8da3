import { csvLog, FULL_PLAN, INCIDENT_JOURNEY, LOG } from './heads';
import { ruleTester } from './rule-tester';

// The `repeat` cases have 'Melding ontvangen' twice.
const again = (cases: number, share: string) => `In ${cases} cases of step 'melden' (${share}) the customer is contacted again for the same thing: 'Melding ontvangen' happens more than once. Do not bother the customer needlessly: find out why the first contact did not settle it.`;
/** At melden's observed pattern (line 22). */
const AT_PATTERN = { line: 22, column: 15, endLine: 22, endColumn: 26 };

ruleTester('observed-repeat', {
  valid: [
    { name: 'a step without a channel', text: INCIDENT_JOURNEY.replace('    channel: telefoon\n', ''), logs: { [LOG]: csvLog(FULL_PLAN) } },
    { name: 'fewer than min-cases (5) repeat cases', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 20, repeat: 4 }) } },
    { name: 'below min-share (5%): 5 of 101', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 96, repeat: 5 }) } },
  ],
  invalid: [
    {
      name: "on the full planted log, at the step's observed pattern",
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      errors: [{ message: again(7, '10.6%'), ...AT_PATTERN, severity: 'warning', offers: ["Suppress 'observed-repeat' on this line"] }],
    },
    { name: 'at min-cases exactly', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 20, repeat: 5 }) }, errors: [{ message: again(5, '20%'), ...AT_PATTERN }] },
    { name: 'at min-share exactly: 5 of 100', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 95, repeat: 5 }) }, errors: [{ message: again(5, '5%'), ...AT_PATTERN }] },
    {
      name: 'in Dutch',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      language: 'nl',
      errors: [{
        message: "In 7 cases van stap 'melden' (10,6%) wordt de klant opnieuw benaderd voor hetzelfde: 'Melding ontvangen' gebeurt meer dan eens. Val de klant niet onnodig lastig: zoek uit waarom het eerste contact het niet regelde.",
        ...AT_PATTERN,
      }],
    },
  ],
});
