import { SHORT_HEAD } from './heads';
import { ruleTester } from './rule-tester';

const SUPPRESS = "Suppress 'yaml-syntax' on this line";
const CALLS = 'steps:\n  - id: a\n    customer: Calls\n';
/** A process of ks then fa, with this line for ks's handoff (line 17). */
const handing = (handoff: string) => SHORT_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process:\n      - team: ks\n        does: Registers\n'
  + `        ${handoff}\n` + '      - team: fa\n        does: Bills\n';

ruleTester('yaml-syntax', {
  valid: [
    { name: 'plain YAML', text: SHORT_HEAD + CALLS },
    { name: "': ' inside a quoted value", text: handing('handoff: { to: fa, gives: "Note: the old address", within: 1 day }') },
  ],
  invalid: [
    {
      name: 'a duplicate key, at the second',
      text: `${SHORT_HEAD}owner: Bob\n${CALLS}`,
      errors: [{
        message: 'Duplicate key: this key already appears in the same mapping. YAML keeps only one of them; remove or rename one.',
        line: 10, column: 1, endLine: 10, endColumn: 6, severity: 'error',
        offers: [SUPPRESS],
      }],
    },
    {
      name: 'a tab as indentation',
      text: `${SHORT_HEAD + CALLS}\tchannel: telefoon\n`,
      errors: [{
        message: 'Tabs are not allowed as indentation. YAML indents with spaces only; replace the tab with spaces.',
        line: 13, column: 1, endLine: 13, endColumn: 2,
      }],
    },
    {
      name: "a value holding ': ' inside { … } is put in quotes, with what YAML escapes escaped",
      text: handing('handoff: { to: fa, gives: Note: the "old" address, within: 1 day }'),
      errors: [{
        message: 'YAML syntax: Block collections are not allowed within flow collections',
        line: 17, column: 35, endLine: 17, endColumn: 58,
        offers: ["Put 'Note: the \"old\" address' in quotes, as one value", SUPPRESS],
      }],
      fixes: [{
        title: "Put 'Note: the \"old\" address' in quotes, as one value",
        preferred: true,
        output: handing('handoff: { to: fa, gives: "Note: the \\"old\\" address", within: 1 day }'),
      }],
    },
    {
      name: 'no quotes are offered for text that is no flow value',
      text: `${SHORT_HEAD}steps:\n  - id: a\n    customer: [unclosed\n`,
      errors: [{
        message: 'YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
        line: 13, column: 1, endLine: 13, endColumn: 1,
        offers: [SUPPRESS],
      }],
    },
  ],
});
