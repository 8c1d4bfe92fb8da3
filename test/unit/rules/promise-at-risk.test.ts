import * as assert from 'assert';
import { durationCovering, durationInDays } from '../../../src/core/model/durations';
import { yaml } from '../helpers';
import { journey, SHORT_HEAD } from './heads';
import { ruleTester } from './rule-tester';

/** A promise (line 23) behind which two handoffs of 1 working day and the partner 'net' (SLA 5 working days, line 17). */
const promise = (within: string) => journey(yaml`
  - id: a
    customer: Requests
    channel: telefoon
    promise: { says: We confirm soon, by: ks, within: ${within} }
    partners: [net]
    process:
      - team: ks
        does: Registers
        handoff: { to: fa, gives: adres, within: 1 working day }
      - team: fa
        does: Transfers
        handoff: { to: net, gives: EAN, within: 1 working day }
      - partner: net
        does: Confirms
`);
/** The same with the partner's task done within 4 hours (line 34), instead of its general SLA. */
const timed = (within: string) => promise(within).replace(/^( *)does: Confirms$/m, '$1does: Confirms\n$1within: 4 hours');

/** A promise (line 14) behind a handoff of 2 working days (line 18) and a task of 4 hours (line 21). */
const refund = (within: string) => SHORT_HEAD + yaml`
  steps:
    - id: a
      customer: Asks for a refund
      channel: telefoon
      promise: { says: Refund on your account, by: fa, within: ${within} }
      process:
        - team: ks
          does: Registers
          handoff: { to: fa, gives: the request, within: 2 working days }
        - team: fa
          does: Pays
          within: 4 hours
`;

const HANDOFF_FA = { message: "Handoff to 'fa' within 1 working day", line: 28, column: 48, endLine: 28, endColumn: 61 };
const HANDOFF_NET = { message: "Handoff to 'net' within 1 working day", line: 31, column: 47, endLine: 31, endColumn: 60 };
const NET_SLA = { message: "Partner 'net' SLA 5 working days", line: 17, column: 47, endLine: 17, endColumn: 61 };

ruleTester('promise-at-risk', {
  valid: [
    { name: 'the promise leaves room', text: promise('2 weeks') },
    { name: "a partner's task with its own within counts instead of the partner's general SLA", text: timed('3 working days') },
  ],
  invalid: [
    {
      name: 'handoffs plus partner SLAs exceed the promise, relating each part',
      text: promise('3 working days'),
      errors: [{
        message: 'The promise says 3 working days, but the handoffs and partner SLAs behind this step add up to 7 days. Promise a longer time, or shorten the process.',
        line: 23, column: 53, endLine: 23, endColumn: 67, severity: 'warning',
        related: [HANDOFF_FA, HANDOFF_NET, NET_SLA],
        offers: [
          'Promise 7 working days: what the process takes',
          "Go to the slowest part: Partner 'net' SLA 5 working days",
          "Suppress 'promise-at-risk' on this line",
        ],
      }],
      fixes: [
        { title: 'Promise 7 working days: what the process takes', preferred: false, output: promise('7 working days') },
        { title: "Go to the slowest part: Partner 'net' SLA 5 working days", preferred: false, reveal: NET_SLA, gone: false },
      ],
    },
    {
      name: "a partner's task with its own within: 4 hours instead of the SLA",
      text: timed('1 working day'),
      errors: [{
        message: 'The promise says 1 working day, but the handoffs and partner SLAs behind this step add up to 2 days 4 hours. Promise a longer time, or shorten the process.',
        line: 23, column: 53, endLine: 23, endColumn: 66,
        related: [HANDOFF_FA, HANDOFF_NET, { message: "Task of 'net' within 4 hours", line: 34, column: 15, endLine: 34, endColumn: 22 }],
      }],
      fixes: [
        { title: 'Promise 3 working days: what the process takes', preferred: false, output: timed('3 working days') },
        // Of parts that take as long, the first is the slowest.
        { title: "Go to the slowest part: Handoff to 'fa' within 1 working day", preferred: false, reveal: HANDOFF_FA, gone: false },
      ],
    },
    {
      name: "the time a team's task takes is added (the promise of 1 week is said as 7 days)",
      text: promise('1 week').replace(/^( *)does: Registers$/m, '$1does: Registers\n$1within: 2 working days'),
      errors: [{
        message: 'The promise says 7 days, but the handoffs and partner SLAs behind this step add up to 9 days. Promise a longer time, or shorten the process.',
        line: 23, column: 53, endLine: 23, endColumn: 59,
        related: [
          { ...HANDOFF_FA, line: 29, endLine: 29 },
          { ...HANDOFF_NET, line: 32, endLine: 32 },
          { message: "Task of 'ks' within 2 working days", line: 28, column: 15, endLine: 28, endColumn: 29 },
          NET_SLA,
        ],
      }],
      fixes: [
        {
          title: 'Promise 9 days: what the process takes',
          preferred: false,
          output: promise('9 days').replace(/^( *)does: Registers$/m, '$1does: Registers\n$1within: 2 working days'),
        },
        { title: "Go to the slowest part: Partner 'net' SLA 5 working days", preferred: false, reveal: NET_SLA, gone: false },
      ],
    },
    {
      name: 'the promise is lengthened to what the process takes, rounded up to whole days; or the slowest part is shown',
      text: refund('1 day'),
      errors: [{
        message: 'The promise says 1 day, but the handoffs and partner SLAs behind this step add up to 2 days 4 hours. Promise a longer time, or shorten the process.',
        line: 14, column: 62, endLine: 14, endColumn: 67,
        related: [
          { message: "Handoff to 'fa' within 2 working days", line: 18, column: 56, endLine: 18, endColumn: 70 },
          { message: "Task of 'fa' within 4 hours", line: 21, column: 17, endLine: 21, endColumn: 24 },
        ],
      }],
      fixes: [
        { title: 'Promise 3 days: what the process takes', preferred: false, output: refund('3 days') },
        {
          title: "Go to the slowest part: Handoff to 'fa' within 2 working days",
          preferred: false,
          reveal: { message: "Handoff to 'fa' within 2 working days", line: 18, column: 56, endLine: 18, endColumn: 70 },
          gone: false,
        },
      ],
    },
    {
      name: 'a promise in working days stays in working days, in Dutch',
      text: refund('1 werkdag'),
      language: 'nl',
      errors: [{
        message: "De belofte zegt 1 werkdag, maar de overdrachten en partner-SLA's achter deze stap tellen op tot 2 dagen 4 uur. Beloof een langere termijn, of maak het proces korter.",
        line: 14, column: 62, endLine: 14, endColumn: 71,
        related: [
          { message: "Overdracht aan 'fa' binnen 2 werkdagen", line: 18, column: 56, endLine: 18, endColumn: 70 },
          { message: "Taak van 'fa' binnen 4 uur", line: 21, column: 17, endLine: 21, endColumn: 24 },
        ],
        offers: [
          '3 werkdagen beloven: wat het proces nodig heeft',
          "Naar het traagste deel: Overdracht aan 'fa' binnen 2 werkdagen",
          "'promise-at-risk' op deze regel onderdrukken",
        ],
      }],
      fixes: [
        { title: '3 werkdagen beloven: wat het proces nodig heeft', preferred: false, output: refund('3 werkdagen') },
        {
          title: "Naar het traagste deel: Overdracht aan 'fa' binnen 2 werkdagen",
          preferred: false,
          reveal: { message: "Overdracht aan 'fa' binnen 2 werkdagen", line: 18, column: 56, endLine: 18, endColumn: 70 },
          gone: false,
        },
      ],
    },
  ],
});

describe('promise-at-risk: the promise its fix writes', () => {
  it('is a duration that the parser reads back as at least the total', () => {
    // An independent check over many totals: the written text never falls short.
    for (const language of ['en', 'nl'] as const) {
      for (const working of [false, true]) {
        for (let minutes = 1; minutes < 6 * 24 * 60; minutes += 37) {
          const days = minutes / (24 * 60);
          const text = durationCovering(days, working, language);
          const read = durationInDays(text);
          assert.ok(read !== undefined && read >= days - 1e-9, `${text} for ${minutes} minutes`);
        }
      }
    }
    assert.strictEqual(durationCovering(0.1 + 0.2, false), '8 hours');
    assert.strictEqual(durationCovering(1 / 24 / 2, false, 'nl'), '30 minuten');
  });
});
