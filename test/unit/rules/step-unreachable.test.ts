import { yaml } from '../helpers';
import { journey } from './heads';
import { ruleTester } from './rule-tester';

ruleTester('step-unreachable', {
  valid: [
    {
      name: 'every step is on a path',
      text: journey(yaml`
        - id: a
          customer: Starts
          next: [b, c]
        - id: b
          customer: Detour
        - id: c
          customer: Ends
      `),
    },
    {
      name: 'without next, each step leads to the following one',
      text: journey(yaml`
        - id: a
          customer: Starts
        - id: b
          customer: Ends
      `),
    },
  ],
  invalid: [
    {
      name: 'a step no next link leads to, at its id',
      text: journey(yaml`
        - id: a
          customer: Starts
          next: [c]
        - id: b
          customer: Is skipped
        - id: c
          customer: Ends
      `),
      errors: [{
        message: "No path leads from the first step to 'b'. Link to it with `next` from an earlier step, or remove it.",
        line: 23, column: 7, endLine: 23, endColumn: 8, severity: 'warning',
      }],
    },
  ],
});
