import { yaml } from '../helpers';
import { journey, SHORT_HEAD } from './heads';
import { ruleTester } from './rule-tester';

/** Step a asks for Adres and Verhuisdatum (line 23); step b asks for `second` (line 28). */
const asks = (second: string) => journey(yaml`
  - id: a
    customer: Fills in a form
    channel: telefoon
    asks: [Adres, Verhuisdatum]
    process: [{ team: ks, does: Registers }]
  - id: b
    customer: Confirms
    channel: telefoon
    asks: [${second}]
    process: [{ team: ks, does: Confirms }]
`);

const again = (what: string) => `The customer was already asked for '${what}' in step 'a'. Reuse what they told you instead of asking again.`;
const FIRST = "First asked here, in step 'a'";
/** Verhuisdatum in step a. */
const VERHUISDATUM = { message: FIRST, line: 23, column: 17, endLine: 23, endColumn: 29 };

const ONLY = SHORT_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    asks: [klantnummer]\n  - id: b\n    customer: Writes\n';
const BLOCK = SHORT_HEAD + yaml`
  steps:
    - id: a
      customer: Calls
      asks:
        - klantnummer
    - id: b
      customer: Writes
      asks:
        - klant nummer   # asked again
        - adres
`;

ruleTester('asked-twice', {
  valid: [
    { name: 'each item is asked once', text: asks('IBAN') },
  ],
  invalid: [
    {
      name: 'the second ask, ignoring case and spaces, with the first ask as related',
      text: asks('"  adres "'),
      errors: [{
        message: again('  adres '),
        line: 28, column: 10, endLine: 28, endColumn: 20, severity: 'warning',
        related: [{ message: FIRST, line: 23, column: 10, endLine: 23, endColumn: 15 }],
        offers: ['Remove the repeated ask', "Suppress 'asked-twice' on this line"],
      }],
      // The only ask of a flow list goes with its key, as in block style: `asks: []` says nothing.
      fixes: [{ title: 'Remove the repeated ask', preferred: true, output: asks('').replace('  asks: []\n', '') }],
    },
    ...['Verhuis-datum', 'verhuis datum', 'VERHUIS_DATUM'].map((second) => ({
      name: `spaces, hyphens and underscores inside an ask are the same information: ${second}`,
      text: asks(second),
      errors: [{ message: again(second), line: 28, column: 10, endLine: 28, endColumn: 23, related: [VERHUISDATUM] }],
      fixes: [{ title: 'Remove the repeated ask', preferred: true, output: asks('').replace('  asks: []\n', '') }],
    })),
    {
      name: 'the repeated ask is removed from a block list, keeping the rest',
      text: BLOCK,
      errors: [{
        message: again('klant nummer'),
        line: 18, column: 9, endLine: 18, endColumn: 21,
        related: [{ message: FIRST, line: 14, column: 9, endLine: 14, endColumn: 20 }],
      }],
      fixes: [{ title: 'Remove the repeated ask', preferred: true, output: BLOCK.replace('      - klant nummer   # asked again\n', '') }],
    },
    {
      name: 'the only ask is removed with its key',
      text: `${ONLY}    asks:\n      - klantnummer\n    emotion: 0\n`,
      errors: [{
        message: again('klantnummer'),
        line: 17, column: 9, endLine: 17, endColumn: 20,
        related: [{ message: FIRST, line: 13, column: 12, endLine: 13, endColumn: 23 }],
      }],
      fixes: [{ title: 'Remove the repeated ask', preferred: true, output: `${ONLY}    emotion: 0\n` }],
    },
    {
      name: 'an ask is removed from a flow list with its comma',
      text: `${ONLY}    asks: [adres, klantnummer, iban]\n`,
      errors: [{
        message: again('klantnummer'),
        line: 16, column: 19, endLine: 16, endColumn: 30,
        related: [{ message: FIRST, line: 13, column: 12, endLine: 13, endColumn: 23 }],
      }],
      fixes: [{ title: 'Remove the repeated ask', preferred: true, output: `${ONLY}    asks: [adres, iban]\n` }],
    },
  ],
});
