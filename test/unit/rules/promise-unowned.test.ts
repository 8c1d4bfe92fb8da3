import { yaml } from '../helpers';
import { COMMENTED_HEAD, journey } from './heads';
import { ruleTester } from './rule-tester';

/** A step on the telephone with this promise (line 23). */
const promising = (promise: string) => journey(yaml`
  - id: a
    customer: Requests
    channel: telefoon
    promise: ${promise}
    process: [{ team: ks, does: Calls back }]
`);

const NO_OWNER = 'This promise does not say which team keeps it (by) and by when (within). A promise nobody owns is a promise nobody keeps.';

ruleTester('promise-unowned', {
  valid: [
    { name: 'an owned promise with a time', text: promising('{ says: We call back, by: ks, within: 2 uur }') },
  ],
  invalid: [
    {
      name: 'a promise without by or within, at the promise key',
      text: promising('{ says: We call back }'),
      errors: [{ message: NO_OWNER, line: 23, column: 3, endLine: 23, endColumn: 10, severity: 'warning' }],
      fixes: [{ title: 'Add by and within to the promise', preferred: true, output: promising('{ says: We call back, by: team, within: 3 working days }') }],
    },
    {
      name: 'only the time is said to be missing when the promise has an owner',
      text: promising('{ says: We call back, by: ks }'),
      errors: [{
        message: 'This promise does not say by when (within). A promise without a time cannot be kept on time, nor checked.',
        line: 23, column: 3, endLine: 23, endColumn: 10,
        offers: ['Add within to the promise', "Suppress 'promise-unowned' on this line"],
      }],
      fixes: [{ title: 'Add within to the promise', preferred: true, output: promising('{ says: We call back, by: ks, within: 3 working days }') }],
    },
    {
      name: 'by and within are filled in a flow promise, as placeholders',
      text: COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    promise: { says: We call back }\n    process: [{ team: ks, does: Answers }]\n',
      errors: [{ message: NO_OWNER, line: 15, column: 5, endLine: 15, endColumn: 12 }],
      fixes: [{
        title: 'Add by and within to the promise',
        preferred: true,
        output: COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    promise: { says: We call back, by: team, within: 3 working days }\n    process: [{ team: ks, does: Answers }]\n',
      }],
    },
    {
      name: 'by and within are added to a block promise, one per line',
      text: promising('{ says: We call back }').replace('{ says: We call back }', '\n    says: We call back'),
      errors: [{ message: NO_OWNER, line: 23, column: 3, endLine: 23, endColumn: 10 }],
      fixes: [{ title: 'Add by and within to the promise', preferred: true, output: promising('{ says: We call back }').replace('{ says: We call back }', '\n    says: We call back\n    by: team\n    within: 3 working days') }],
    },
  ],
});
