import { yaml } from '../helpers';
import { HEAD, journey } from './heads';
import { ruleTester } from './rule-tester';

/** A step on the telephone that depends on 'bare' (line 23). */
const CALLS_ON_BARE = yaml`
  - id: a
    customer: Calls
    channel: telefoon
    partners: [bare]
    process: [{ team: ks, does: Answers }]
`;

ruleTester('partner-no-fallback', {
  valid: [
    {
      name: 'a back-stage step (no channel) on a partner without fallback',
      text: journey(yaml`
        - id: a
          customer: Waits for the meter reading
          partners: [bare]
      `),
    },
    {
      name: 'a customer-facing step on a partner with a fallback',
      text: journey(CALLS_ON_BARE.replace('[bare]', '[net]')),
    },
  ],
  invalid: [
    {
      name: 'a step with a channel depends on a partner without fallback, at the partner declaration',
      text: journey(CALLS_ON_BARE),
      errors: [{
        message: "The partner 'bare' (Kale partner) has no fallback, yet customer-facing steps depend on it. Add `fallback:` saying what happens when it fails to deliver.",
        line: 18, column: 3, endLine: 18, endColumn: 7, severity: 'warning',
        related: [{ message: "Depends on 'bare' here", line: 23, column: 14, endLine: 23, endColumn: 18 }],
        offers: ["Add fallback to partner 'bare'", "Suppress 'partner-no-fallback' on this line"],
      }],
      fixes: [{
        title: "Add fallback to partner 'bare'",
        preferred: true,
        output: HEAD.replace('bare: { name: Kale partner }', 'bare: { name: Kale partner, fallback: what happens when the partner fails }') + `steps:\n${CALLS_ON_BARE}`,
      }],
    },
  ],
});
