import { SHORT_HEAD } from './heads';
import { ruleTester } from './rule-tester';

const SUPPRESS = "Suppress 'schema' on this line";
const QUOTES_FIRST = (value: string) => [`Put '${value}' in quotes, as one value`, 'Write it in block style, one key per line', SUPPRESS];

const CALLS = 'steps:\n  - id: a\n    customer: Calls\n';
/** A process of ks then fa, with this line for ks's handoff (line 17). */
const handing = (handoff: string) => SHORT_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process:\n      - team: ks\n        does: Registers\n'
  + `        ${handoff}\n` + '      - team: fa\n        does: Bills\n';

ruleTester('schema', {
  valid: [
    { name: 'a journey with every required key', text: SHORT_HEAD + CALLS },
    { name: 'a value with a comma in quotes', text: handing('handoff: { to: fa, gives: "adres, EAN-code en tijdstip", within: 1 day }') },
  ],
  invalid: [
    {
      name: 'a missing required key, at the journey key, saying what it is for',
      text: SHORT_HEAD.replace('need: A need\n', '') + CALLS,
      errors: [{
        message: "A journey needs 'need': the customer need that starts the journey, in the customer's words.",
        line: 1, column: 1, endLine: 1, endColumn: 8, severity: 'error',
        offers: [SUPPRESS],
      }],
    },
    {
      name: 'an unknown key near a known one: did you mean',
      text: SHORT_HEAD + 'steps:\n  - id: a\n    custmer: Calls\n',
      errors: [{ message: "Unknown key 'custmer' — did you mean 'customer'?", line: 12, column: 5, endLine: 12, endColumn: 12 }],
      fixes: [{ title: "Change to 'customer'", preferred: true, output: SHORT_HEAD + CALLS }],
    },
    {
      name: 'a value out of range',
      text: `${SHORT_HEAD + CALLS}    emotion: 3\n`,
      errors: [{ message: "'emotion' must be between -2 and 2, not 3.", line: 13, column: 14, endLine: 13, endColumn: 15 }],
    },
    {
      name: 'a value of the wrong type',
      text: `${SHORT_HEAD + CALLS}    end: yes please\n`,
      errors: [{ message: "'end' must be true or false, not \"yes please\".", line: 13, column: 10, endLine: 13, endColumn: 20 }],
    },
    {
      name: 'an empty list of steps',
      text: `${SHORT_HEAD}steps: []\n`,
      errors: [{ message: "'steps' needs at least one entry.", line: 10, column: 8, endLine: 10, endColumn: 10 }],
    },
    {
      name: 'a value that a comma split into a key of its own is put in quotes',
      text: handing('handoff: { to: fa, gives: adres, EAN-code en tijdstip, within: 1 day }'),
      errors: [{
        message: "Unknown key 'EAN-code en tijdstip'. Allowed here: to, gives, within (or an x- key for your own data).",
        line: 17, column: 42, endLine: 17, endColumn: 62,
        offers: QUOTES_FIRST('adres, EAN-code en tijdstip'),
      }],
      fixes: [
        { title: "Put 'adres, EAN-code en tijdstip' in quotes, as one value", preferred: true, output: handing('handoff: { to: fa, gives: "adres, EAN-code en tijdstip", within: 1 day }') },
        {
          title: 'Write it in block style, one key per line',
          preferred: false,
          output: handing('handoff:\n          to: fa\n          gives: adres, EAN-code en tijdstip\n          within: 1 day'),
        },
      ],
    },
    {
      name: 'the handoff is rewritten in block style, where the commas are plain text, keeping the comment',
      text: handing('handoff: { to: fa, gives: adres, EAN-code, tijdstip }   # from the form'),
      errors: [
        {
          message: "Unknown key 'EAN-code'. Allowed here: to, gives, within (or an x- key for your own data).",
          line: 17, column: 42, endLine: 17, endColumn: 50,
          offers: QUOTES_FIRST('adres, EAN-code, tijdstip'),
        },
        {
          message: "Unknown key 'tijdstip'. Allowed here: to, gives, within (or an x- key for your own data).",
          line: 17, column: 52, endLine: 17, endColumn: 60,
          offers: QUOTES_FIRST('adres, EAN-code, tijdstip'),
        },
      ],
      // Each finding offers the repair of the whole value.
      fixes: [0, 1].flatMap((finding) => [
        {
          finding,
          title: "Put 'adres, EAN-code, tijdstip' in quotes, as one value",
          preferred: true,
          output: handing('handoff: { to: fa, gives: "adres, EAN-code, tijdstip" }   # from the form'),
          remaining: ['handoff-unclear'],
        },
        {
          finding,
          title: 'Write it in block style, one key per line',
          preferred: false,
          output: handing('handoff:\n          to: fa\n          gives: adres, EAN-code, tijdstip   # from the form'),
          remaining: ['handoff-unclear'],
        },
      ]),
    },
    {
      name: 'a flow step in a list is rewritten in block style under its dash',
      text: `${SHORT_HEAD}steps:\n  - { id: a, customer: Calls, asks for a refund, channel: telefoon, asks: [iban] }\n`,
      errors: [{
        message: "Unknown key 'asks for a refund' — did you mean 'asks'?",
        line: 11, column: 31, endLine: 11, endColumn: 48,
        offers: QUOTES_FIRST('Calls, asks for a refund'),
      }],
      fixes: [
        {
          title: "Put 'Calls, asks for a refund' in quotes, as one value",
          preferred: true,
          output: `${SHORT_HEAD}steps:\n  - { id: a, customer: "Calls, asks for a refund", channel: telefoon, asks: [iban] }\n`,
        },
        {
          title: 'Write it in block style, one key per line',
          preferred: false,
          output: `${SHORT_HEAD}steps:\n  - id: a\n    customer: Calls, asks for a refund\n    channel: telefoon\n    asks: [iban]\n`,
        },
      ],
    },
    {
      // A key with its own colon is a key: no value repair, but the key it most probably meant.
      name: 'a mistyped key written with a colon is renamed to the key meant',
      text: handing('handoff: { to: fa, gives: adres, wthin: 1 day }'),
      errors: [{ message: "Unknown key 'wthin' — did you mean 'within'?", line: 17, column: 42, endLine: 17, endColumn: 47, offers: ["Change to 'within'", SUPPRESS] }],
      fixes: [{ title: "Change to 'within'", preferred: true, output: handing('handoff: { to: fa, gives: adres, within: 1 day }'), remaining: [] }],
    },
    {
      name: 'a value out of the list is changed to the one meant',
      text: handing('handoff: { to: fa, gives: adres, within: 1 day }').replace('telefoon: { kind: phone }', 'telefoon: { kind: phon }'),
      errors: [{
        message: "'kind' must be one of web, app, email, sms, letter, social, kiosk, phone, chat, video, store, visit, other — not 'phon' (did you mean 'phone'?).",
        line: 6, column: 21, endLine: 6, endColumn: 25, offers: ["Change to 'phone'", SUPPRESS],
      }],
      fixes: [{ title: "Change to 'phone'", preferred: true, output: handing('handoff: { to: fa, gives: adres, within: 1 day }'), remaining: [] }],
    },
  ],
});
