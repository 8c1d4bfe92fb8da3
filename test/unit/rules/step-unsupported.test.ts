import { yaml } from '../helpers';
import { journey } from './heads';
import { ruleTester } from './rule-tester';

const CALLS = journey(yaml`
  - id: a
    customer: Calls
    channel: telefoon
`);

ruleTester('step-unsupported', {
  valid: [
    {
      name: 'a self-service channel without process',
      text: journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: telefoon
      `),
    },
    { name: 'a human channel with a process', text: `${CALLS}  process: [{ team: ks, does: Answers }]\n` },
  ],
  invalid: [
    {
      name: 'a human channel without process, at the channel value',
      text: CALLS,
      errors: [{
        message: "'telefoon' is a human channel, but this step has no process: nobody is named to answer the customer. Add `process:` with the team that does.",
        line: 22, column: 12, endLine: 22, endColumn: 20, severity: 'warning',
        offers: ["Suppress 'step-unsupported' on this line"],
      }],
    },
    {
      name: 'in Dutch',
      text: CALLS,
      language: 'nl',
      errors: [{
        message: "'telefoon' is een persoonlijk kanaal, maar deze stap heeft geen proces: niemand is aangewezen om de klant te woord te staan. Voeg `process:` toe met het team dat dat doet.",
        line: 22, column: 12, endLine: 22, endColumn: 20,
        offers: ["'step-unsupported' op deze regel onderdrukken"],
      }],
    },
  ],
});
