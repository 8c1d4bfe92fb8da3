import { csvLog, INCIDENT_JOURNEY, LOG } from './heads';
import { ruleTester } from './rule-tester';

const TEN = { [LOG]: csvLog({ normal: 10 }) };
const nearest = (pattern: string, activity: string) => `No activity in the log matches '${pattern}', so this is never seen happening. The nearest activity in the log is '${activity}'. Correct the pattern (a whole name, case-sensitive; * and ? as wildcards).`;

ruleTester('evidence-unknown-activity', {
  valid: [
    { name: 'every pattern matches an activity', text: INCIDENT_JOURNEY, logs: TEN },
    { name: 'wildcards match a whole name', text: INCIDENT_JOURNEY.replace('observed: Oplossen', 'observed: [Oplos?en, "*lossen"]'), logs: TEN },
  ],
  invalid: [
    {
      name: 'a pattern that matches no activity, at the pattern, with the nearest activity suggested and offered',
      text: INCIDENT_JOURNEY.replace('observed: Analyseren', 'observed: Analyseeren'),
      logs: TEN,
      errors: [{
        message: nearest('Analyseeren', 'Analyseren'),
        line: 31, column: 19, endLine: 31, endColumn: 30, severity: 'warning',
        data: { suggestion: 'Analyseren' },
        offers: ["Change to 'Analyseren'", "Suppress 'evidence-unknown-activity' on this line"],
      }],
      fixes: [{ title: "Change to 'Analyseren'", preferred: true, output: INCIDENT_JOURNEY }],
    },
    {
      name: 'patterns match case-sensitively: only the lower-case one of a list is unknown',
      text: INCIDENT_JOURNEY.replace('observed: Oplossen', 'observed: [Oplos?en, "*lossen", oplossen]'),
      logs: TEN,
      errors: [{ message: nearest('oplossen', 'Oplossen'), line: 34, column: 37, endLine: 34, endColumn: 45 }],
      fixes: [{
        title: "Change to 'Oplossen'",
        preferred: true,
        output: INCIDENT_JOURNEY.replace('observed: Oplossen', 'observed: [Oplos?en, "*lossen", Oplossen]'),
      }],
    },
  ],
});
