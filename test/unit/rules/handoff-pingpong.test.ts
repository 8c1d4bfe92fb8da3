import { yaml } from '../helpers';
import { journey } from './heads';
import { ruleTester } from './rule-tester';

/** ks → fa → `back`, each handoff complete. */
const process = (back: string) => journey(yaml`
  - id: a
    customer: Calls
    channel: telefoon
    process:
      - team: ks
        does: Registers
        handoff: { to: fa, gives: adres, within: 1 day }
      - team: fa
        does: Checks
        handoff: { to: ${back}, gives: vraag, within: 1 day }
      - team: ${back}
        does: Calls back
`);

ruleTester('handoff-pingpong', {
  valid: [
    { name: 'work moves on to a third team', text: process('it') },
  ],
  invalid: [
    {
      name: 'work returns to an actor that handed it on, with the earlier task as related',
      text: process('ks'),
      errors: [{
        message: "Work comes back to 'ks', which already handed it on in this step (ping-pong). Let one actor finish its part, or merge the tasks.",
        line: 30, column: 13, endLine: 30, endColumn: 15, severity: 'warning',
        related: [{ message: "'ks' handed the work on here", line: 24, column: 13, endLine: 24, endColumn: 15 }],
        offers: ["Suppress 'handoff-pingpong' on this line"],
      }],
    },
  ],
});
