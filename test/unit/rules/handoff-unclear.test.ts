import { yaml } from '../helpers';
import { COMMENTED_HEAD, journey } from './heads';
import { ruleTester } from './rule-tester';

/** A step whose process has the two tasks, the first with `handoff` (a line of its own, or none). */
const twoTasks = (handoff: string) => journey(yaml`
  - id: a
    customer: Calls
    channel: telefoon
    process:
      - team: ks
        does: Registers
`) + (handoff ? `      ${handoff}\n` : '') + '    - team: fa\n      does: Bills\n';

ruleTester('handoff-unclear', {
  valid: [
    {
      name: 'a complete handoff to the next actor',
      text: twoTasks('handoff: { to: fa, gives: adres, within: 1 working day }'),
    },
  ],
  invalid: [
    {
      name: "work passes between teams without a handoff, at the first task's team",
      text: twoTasks(''),
      errors: [{
        message: "Work passes from 'ks' to 'fa' without a handoff: write down what 'fa' needs (gives) and by when (within).",
        line: 24, column: 13, endLine: 24, endColumn: 15, severity: 'warning',
      }],
      fixes: [{
        title: "Write out the handoff to 'fa'",
        preferred: true,
        output: twoTasks('handoff:\n        to: fa\n        gives: what fa needs\n        within: 1 working day'),
      }],
    },
    {
      name: 'a handoff without gives or within',
      text: twoTasks('handoff: { to: fa }'),
      errors: [{
        message: "The handoff from 'ks' does not say what the receiver needs (gives) or by when (within).",
        line: 26, column: 7, endLine: 26, endColumn: 14,
      }],
      fixes: [{
        title: 'Add gives and within to the handoff',
        preferred: true,
        output: twoTasks('handoff: { to: fa, gives: what the receiver needs, within: 1 working day }'),
      }],
    },
    {
      name: "a handoff to someone other than the next task's actor",
      text: twoTasks('handoff: { to: it, gives: adres, within: 1 day }'),
      errors: [{
        message: "The handoff goes to 'it', but the next task is done by 'fa'. Hand the work to 'fa', or put the tasks in the right order.",
        line: 26, column: 22, endLine: 26, endColumn: 24,
      }],
      fixes: [{
        title: "Hand the work to 'fa'",
        preferred: true,
        output: twoTasks('handoff: { to: fa, gives: adres, within: 1 day }'),
      }],
    },
    {
      name: 'the missing handoff is written out in block style, like the task (a comma typed into gives stays text)',
      text: COMMENTED_HEAD + yaml`
        steps:
          - id: a
            customer: Calls
            channel: telefoon
            process:
              - team: ks
                does: Registers
              - team: fa
                does: Bills
      `,
      errors: [{
        message: "Work passes from 'ks' to 'fa' without a handoff: write down what 'fa' needs (gives) and by when (within).",
        line: 16, column: 15, endLine: 16, endColumn: 17,
      }],
      fixes: [{
        title: "Write out the handoff to 'fa'",
        preferred: true,
        output: COMMENTED_HEAD + yaml`
          steps:
            - id: a
              customer: Calls
              channel: telefoon
              process:
                - team: ks
                  does: Registers
                  handoff:
                    to: fa
                    gives: what fa needs
                    within: 1 working day
                - team: fa
                  does: Bills
        `,
      }],
    },
    {
      name: 'the missing handoff of a flow task is written out in flow style',
      text: COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: ks, does: Registers }, { team: fa, does: Bills }]\n',
      errors: [{
        message: "Work passes from 'ks' to 'fa' without a handoff: write down what 'fa' needs (gives) and by when (within).",
        line: 15, column: 23, endLine: 15, endColumn: 25,
      }],
      fixes: [{
        title: "Write out the handoff to 'fa'",
        preferred: true,
        output: COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n'
          + '    process: [{ team: ks, does: Registers, handoff: { to: fa, gives: what fa needs, within: 1 working day } }, { team: fa, does: Bills }]\n',
      }],
    },
  ],
});
