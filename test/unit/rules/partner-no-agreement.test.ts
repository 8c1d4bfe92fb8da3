import { yaml } from '../helpers';
import { COMMENTED_HEAD, HEAD, journey } from './heads';
import { ruleTester } from './rule-tester';

const BARE = "The partner 'bare' (Kale partner) has no agreement, yet steps depend on it. Add `agreement:` with the contract or partnership agreement.";

/** A step on 'bare' (line 23) and a step with a task of 'bare' (line 27). */
const DEPENDS_ON_BARE = yaml`
  - id: a
    customer: Calls
    channel: telefoon
    partners: [bare]
    process: [{ team: ks, does: Answers }]
  - id: b
    customer: Waits
    process: [{ partner: bare, does: Delivers }]
`;

ruleTester('partner-no-agreement', {
  valid: [
    {
      name: 'a partner with an agreement, and one nobody depends on',
      text: journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          partners: [net]
          process: [{ team: ks, does: Answers }]
      `),
    },
  ],
  invalid: [
    {
      name: 'once at the partner declaration, with each dependent step as related',
      text: journey(DEPENDS_ON_BARE),
      errors: [{
        message: BARE,
        line: 18, column: 3, endLine: 18, endColumn: 7, severity: 'warning',
        related: [
          { message: "Depends on 'bare' here", line: 23, column: 14, endLine: 23, endColumn: 18 },
          { message: "Depends on 'bare' here", line: 27, column: 24, endLine: 27, endColumn: 28 },
        ],
        offers: ["Add agreement to partner 'bare'", "Suppress 'partner-no-agreement' on this line"],
      }],
      fixes: [{
        title: "Add agreement to partner 'bare'",
        preferred: true,
        output: HEAD.replace('bare: { name: Kale partner }', 'bare: { name: Kale partner, agreement: contract or agreement reference }') + `steps:\n${DEPENDS_ON_BARE}`,
      }],
    },
    {
      name: 'the agreement is added to a partner declared in block style in the journey',
      text: COMMENTED_HEAD + 'partners:\n  net:\n    name: Stedin\n    fallback: bellen\nsteps:\n  - id: a\n    customer: Waits\n    partners: [net]\n',
      errors: [{
        message: "The partner 'net' (Stedin) has no agreement, yet steps depend on it. Add `agreement:` with the contract or partnership agreement.",
        line: 12, column: 3, endLine: 12, endColumn: 6,
        related: [{ message: "Depends on 'net' here", line: 18, column: 16, endLine: 18, endColumn: 19 }],
      }],
      fixes: [{
        title: "Add agreement to partner 'net'",
        preferred: true,
        output: COMMENTED_HEAD + 'partners:\n  net:\n    name: Stedin\n    fallback: bellen\n    agreement: contract or agreement reference\nsteps:\n  - id: a\n    customer: Waits\n    partners: [net]\n',
      }],
    },
  ],
});
