import { yaml } from '../helpers';
import { journey } from './heads';
import { ruleTester } from './rule-tester';

ruleTester('no-end', {
  valid: [
    {
      name: 'an end step is reachable',
      text: journey(yaml`
        - id: a
          customer: Starts
          next: [b]
        - id: b
          customer: Ends early
          end: true
        - id: c
          customer: Other end
      `),
    },
  ],
  invalid: [
    {
      name: 'the only end step (the last) is unreachable, at the steps key',
      text: journey(yaml`
        - id: a
          customer: Starts
          next: [b]
        - id: b
          customer: Loops
          next: [a]
        - id: c
          customer: Ends
      `),
      errors: [{
        message: 'No end step can be reached from the first step, so the customer never reaches the outcome. Mark the step where the outcome is reached with `end: true`, and make sure a path of `next` links leads there.',
        line: 19, column: 1, endLine: 19, endColumn: 6, severity: 'warning',
      }],
    },
  ],
});
