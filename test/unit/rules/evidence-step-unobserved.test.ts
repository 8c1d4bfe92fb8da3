import { csvLog, INCIDENT_JOURNEY, LOG } from './heads';
import { ruleTester } from './rule-tester';

// `Oplossen` events belong to the first place that matches them (oplossen), so escaleren (line 35) is never visited.
const ESCALEREN = INCIDENT_JOURNEY.replace('  - id: informeren\n', '  - id: escaleren\n    customer: Wordt doorverwezen\n    observed: Oplossen\n  - id: informeren\n');
const unobserved = (cases: string) => `No case in the log (${cases}) visits step 'escaleren', although its observed patterns say what would show it. Check the patterns, or ask whether customers still take this step.`;

ruleTester('evidence-step-unobserved', {
  valid: [
    { name: 'every step with patterns is visited; a step without patterns is not asked about', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 10 }) } },
  ],
  invalid: [
    {
      name: 'a step with patterns that no case visits, at its id',
      text: ESCALEREN,
      logs: { [LOG]: csvLog({ normal: 10 }) },
      errors: [{ message: unobserved('10 cases'), line: 35, column: 9, endLine: 35, endColumn: 18, severity: 'info' }],
    },
    {
      name: 'a log with fewer cases than min-cases says "fewer than N cases"',
      text: ESCALEREN,
      logs: { [LOG]: csvLog({ normal: 3 }) },
      errors: [{ message: unobserved('fewer than 5 cases'), line: 35, column: 9, endLine: 35, endColumn: 18 }],
    },
  ],
});
