import { yaml } from '../helpers';
import { journey, SHORT_HEAD } from './heads';
import { ruleTester } from './rule-tester';

const WAITS = SHORT_HEAD + 'steps:\n  - id: a\n    customer: Waits in the dark\n    emotion: -2   # the low point\n    channel: telefoon\n';
const WORST = 'The customer feels worst here (emotion -2), but the step names no pain and no idea. Write down what hurts (pain) and what could help (idea).';

ruleTester('emotion-low-unaddressed', {
  valid: [
    {
      name: 'a pain is named',
      text: journey(yaml`
        - id: a
          customer: Waits
          emotion: -2
          pain: Nobody tells me anything
      `),
    },
    {
      name: 'an idea is named',
      text: journey(yaml`
        - id: a
          customer: Waits
          emotion: -2
          idea: Send a text when the parcel leaves
      `),
    },
    {
      name: 'emotion -1 is not the worst',
      text: journey(yaml`
        - id: a
          customer: Waits
          emotion: -1
      `),
    },
  ],
  invalid: [
    {
      name: 'emotion -2 without pain or idea, at the emotion value',
      text: journey(yaml`
        - id: a
          customer: Waits
          emotion: -2
      `),
      errors: [{ message: WORST, line: 22, column: 12, endLine: 22, endColumn: 14, severity: 'info' }],
      fixes: [{
        title: 'Add a pain and an idea to the step',
        preferred: true,
        output: journey(yaml`
          - id: a
            customer: Waits
            emotion: -2
            pain: what hurts here
            idea: what could help
        `),
      }],
    },
    {
      name: 'pain and idea placeholders are added after the emotion',
      text: WAITS,
      errors: [{ message: WORST, line: 13, column: 14, endLine: 13, endColumn: 16 }],
      fixes: [{
        title: 'Add a pain and an idea to the step',
        preferred: true,
        output: WAITS.replace('# the low point\n', '# the low point\n    pain: what hurts here\n    idea: what could help\n'),
      }],
    },
    {
      name: "the placeholders are in the findings' language",
      text: WAITS,
      language: 'nl',
      errors: [{
        message: 'Hier voelt de klant zich het slechtst (emotie -2), maar de stap noemt geen pijnpunt en geen idee. Schrijf op wat pijn doet (pain) en wat zou helpen (idea).',
        line: 13, column: 14, endLine: 13, endColumn: 16,
      }],
      fixes: [{
        title: 'Een pijnpunt en een idee aan de stap toevoegen',
        preferred: true,
        output: WAITS.replace('# the low point\n', '# the low point\n    pain: wat hier pijn doet\n    idea: wat zou helpen\n'),
      }],
    },
  ],
});
