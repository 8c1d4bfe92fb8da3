import { yaml } from '../helpers';
import { journey } from './heads';
import { ruleTester } from './rule-tester';

ruleTester('fallback-ineffective', {
  valid: [
    {
      name: 'one of the fallback channels is human',
      text: journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: [app, chat]
      `),
    },
  ],
  invalid: [
    {
      name: "the fallback is the step's own channel",
      text: journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: website
      `),
      errors: [{
        message: "The fallback 'website' is the step's own channel: a customer stuck on it is not caught anywhere else. Use another channel with a person behind it (e.g. telefoon, chat).",
        line: 23, column: 13, endLine: 23, endColumn: 20, severity: 'warning',
      }],
    },
    {
      name: 'no fallback channel is human',
      text: journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: [app, email]
      `),
      errors: [{
        message: "None of the fallback channels ('app', 'email') has a person behind it: a stuck customer is sent to another self-service channel. Add a human channel (e.g. telefoon, chat).",
        // At the first channel of the list.
        line: 23, column: 14, endLine: 23, endColumn: 17,
      }],
    },
    {
      name: 'the one fallback channel is not human',
      text: journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: app
      `),
      errors: [{
        message: "The fallback channel 'app' has no person behind it: a stuck customer is sent to another self-service channel. Add a human channel (e.g. telefoon, chat).",
        line: 23, column: 13, endLine: 23, endColumn: 16,
      }],
    },
    {
      name: 'the own channel in a list with a human channel is a useless entry, not a stuck customer',
      text: journey(yaml`
        - id: a
          customer: Uses the app
          channel: app
          fallback: [app, telefoon]
      `),
      errors: [{
        message: "'app' in the fallback list is the step's own channel, so it catches nobody. Remove it from the list.",
        line: 23, column: 14, endLine: 23, endColumn: 17,
      }],
    },
  ],
});
