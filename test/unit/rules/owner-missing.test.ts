import { COMMENTED_HEAD, HEAD } from './heads';
import { ruleTester } from './rule-tester';

const NO_OWNER = 'This journey names no owner. Add `owner:` with the journey manager who reviews it.';
const READS = 'steps:\n  - id: a\n    customer: Reads\n';

ruleTester('owner-missing', {
  valid: [
    { name: 'an owner', text: HEAD + READS },
  ],
  invalid: [
    {
      name: 'no owner, at the journey key',
      text: HEAD.replace('owner: Ans de Vries\n', '') + READS,
      errors: [{
        message: NO_OWNER, line: 1, column: 1, endLine: 1, endColumn: 8, severity: 'info',
        offers: ['Add an owner', "Suppress 'owner-missing' on this line"],
      }],
      fixes: [{ title: 'Add an owner', preferred: true, output: HEAD.replace('owner: Ans de Vries\n', 'owner: journey manager\n') + READS }],
    },
    {
      name: 'the owner is added after the title, keeping its comment',
      text: COMMENTED_HEAD.replace('owner: Ans\n', '') + READS,
      errors: [{ message: NO_OWNER, line: 1, column: 1, endLine: 1, endColumn: 8 }],
      fixes: [{ title: 'Add an owner', preferred: true, output: COMMENTED_HEAD.replace('owner: Ans\n', 'owner: journey manager\n') + READS }],
    },
  ],
});
