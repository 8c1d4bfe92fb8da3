import { yaml } from '../helpers';
import { COMMENTED_HEAD, journey } from './heads';
import { ruleTester } from './rule-tester';

const SUPPRESS = "Suppress 'fallback-missing' on this line";

/** A step on the self-service channel website (line 22), the last line of the journey. */
const LOOKS_UP = journey(yaml`
  - id: a
    customer: Looks up
    channel: website
`);
/** A step on the channel email, not declared (line 22), the last line of the journey. */
const EMAIL = journey(yaml`
  - id: a
    customer: Reads mail
    channel: email
`);
/** LOOKS_UP with a human channel of another kind declared first (the step's channel on line 23). */
const WITH_MONTEUR = LOOKS_UP.replace('channels:\n', 'channels:\n  monteur: { kind: visit }\n');

ruleTester('fallback-missing', {
  valid: [
    {
      name: 'a self-service step with a fallback, and a human channel',
      text: journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: telefoon
        - id: b
          customer: Calls
          channel: telefoon
          process: [{ team: ks, does: Answers }]
      `),
    },
  ],
  invalid: [
    {
      name: 'a self-service channel without fallback, at the channel value, with the fallbacks offered',
      text: LOOKS_UP,
      errors: [{
        message: "'website' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add `fallback:` with a human channel (e.g. telefoon, chat).",
        line: 22, column: 12, endLine: 22, endColumn: 19, severity: 'warning',
        offers: ["Add fallback 'telefoon'", "Add fallback 'chat'", SUPPRESS],
      }],
      fixes: [
        { title: "Add fallback 'telefoon'", preferred: true, output: `${LOOKS_UP}  fallback: telefoon\n` },
        { title: "Add fallback 'chat'", preferred: false, output: `${LOOKS_UP}  fallback: chat\n` },
      ],
    },
    {
      name: 'an undeclared channel named after a self-service kind',
      text: EMAIL,
      errors: [{
        message: "'email' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add `fallback:` with a human channel (e.g. telefoon, chat).",
        line: 22, column: 12, endLine: 22, endColumn: 17,
      }],
      fixes: [
        { title: "Add fallback 'telefoon'", preferred: true, output: `${EMAIL}  fallback: telefoon\n` },
        { title: "Add fallback 'chat'", preferred: false, output: `${EMAIL}  fallback: chat\n` },
      ],
    },
    {
      name: 'phone and chat are suggested before other human channels',
      text: WITH_MONTEUR,
      errors: [{
        message: "'website' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add `fallback:` with a human channel (e.g. telefoon, chat, monteur).",
        line: 23, column: 12, endLine: 23, endColumn: 19,
        offers: ["Add fallback 'telefoon'", "Add fallback 'chat'", "Add fallback 'monteur'", SUPPRESS],
      }],
      fixes: [
        { title: "Add fallback 'telefoon'", preferred: true, output: `${WITH_MONTEUR}  fallback: telefoon\n` },
        { title: "Add fallback 'chat'", preferred: false, output: `${WITH_MONTEUR}  fallback: chat\n` },
        { title: "Add fallback 'monteur'", preferred: false, output: `${WITH_MONTEUR}  fallback: monteur\n` },
      ],
    },
    {
      name: 'the fallback is added below the channel, keeping comments',
      text: COMMENTED_HEAD + yaml`
        steps:
          - id: a
            customer: Looks up   # on the site
            channel: website     # self-service
            emotion: 1
      `,
      errors: [{
        message: "'website' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add `fallback:` with a human channel (e.g. telefoon).",
        line: 14, column: 14, endLine: 14, endColumn: 21,
      }],
      fixes: [{
        title: "Add fallback 'telefoon'",
        preferred: true,
        output: COMMENTED_HEAD + yaml`
          steps:
            - id: a
              customer: Looks up   # on the site
              channel: website     # self-service
              fallback: telefoon
              emotion: 1
        `,
      }],
    },
    {
      name: 'the fallback is added inside a flow-style step',
      text: COMMENTED_HEAD + 'steps:\n  - { id: a, customer: Looks up, channel: website }\n',
      errors: [{
        message: "'website' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add `fallback:` with a human channel (e.g. telefoon).",
        line: 12, column: 43, endLine: 12, endColumn: 50,
      }],
      fixes: [{
        title: "Add fallback 'telefoon'",
        preferred: true,
        output: COMMENTED_HEAD + 'steps:\n  - { id: a, customer: Looks up, channel: website, fallback: telefoon }\n',
      }],
    },
    {
      name: 'suppressed on its line by a comment above it, after which the journey checks clean',
      text: COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Looks up\n    channel: website\n',
      errors: [{
        message: "'website' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add `fallback:` with a human channel (e.g. telefoon).",
        line: 14, column: 14, endLine: 14, endColumn: 21,
      }],
      fixes: [{
        title: SUPPRESS,
        preferred: false,
        output: COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Looks up\n    # journey-lens-disable-next-line fallback-missing\n    channel: website\n',
        remaining: [],
      }, {
        title: "Add fallback 'telefoon'",
        preferred: true,
        output: COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Looks up\n    channel: website\n    fallback: telefoon\n',
      }],
    },
    {
      name: 'CRLF line endings are kept by the fix',
      text: (COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Looks up\n    channel: website\n').replace(/\n/g, '\r\n'),
      errors: [{
        message: "'website' is self-service and this step has no fallback: a customer stuck here cannot reach a person. Add `fallback:` with a human channel (e.g. telefoon).",
        line: 14, column: 14, endLine: 14, endColumn: 21,
      }],
      fixes: [{
        title: "Add fallback 'telefoon'",
        preferred: true,
        output: (COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Looks up\n    channel: website\n    fallback: telefoon\n').replace(/\n/g, '\r\n'),
      }],
    },
  ],
});
