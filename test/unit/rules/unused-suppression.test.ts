import { SHORT_HEAD } from './heads';
import { ruleTester } from './rule-tester';

/** SHORT_HEAD with a self-service channel `sms` (10 lines: `steps:` is line 11). */
const SMS_HEAD = SHORT_HEAD.replace('channels:\n', 'channels:\n  sms: { kind: web }\n');
/** A step on sms, whose `channel: sms` (a fallback-missing finding) is the step's third line. */
const GETS_SMS = '  - id: a\n    customer: Gets an SMS\n    channel: sms\n';
const REMOVE = 'Remove the unused suppression';

ruleTester('unused-suppression', {
  valid: [
    {
      name: 'a comment just above the finding it suppresses',
      text: `${SMS_HEAD}steps:\n  - id: a\n    customer: Gets an SMS\n    # journey-lens-disable-next-line fallback-missing\n    channel: sms\n`,
    },
    {
      name: 'a file-wide suppression of a check that fires',
      text: `# journey-lens-disable owner-missing\n${SHORT_HEAD.replace('owner: Ans\n', '')}steps:\n  - id: a\n    customer: Calls\n`,
    },
  ],
  invalid: [
    {
      name: 'nothing on the next line to suppress: the id is removed, and with it the comment',
      text: `${SHORT_HEAD}steps:\n  - id: a\n    # journey-lens-disable-next-line owner-missing\n    customer: Calls\n`,
      errors: [{
        message: "Nothing to suppress: no 'owner-missing' finding on the next line. Remove 'owner-missing' from the comment.",
        line: 12, column: 38, endLine: 12, endColumn: 51, severity: 'hint',
        offers: [REMOVE],
      }],
      fixes: [{ title: REMOVE, preferred: true, output: `${SHORT_HEAD}steps:\n  - id: a\n    customer: Calls\n`, remaining: [] }],
    },
    {
      name: 'one id of two is removed, and the comment keeps the other and its reason',
      text: `${SHORT_HEAD}steps:\n  - id: a\n    # journey-lens-disable-next-line owner-missing review-overdue -- old\n    customer: Calls\n`,
      errors: [
        { message: "Nothing to suppress: no 'owner-missing' finding on the next line. Remove 'owner-missing' from the comment.", line: 12, column: 38, endLine: 12, endColumn: 51 },
        { message: "Nothing to suppress: no 'review-overdue' finding on the next line. Remove 'review-overdue' from the comment.", line: 12, column: 52, endLine: 12, endColumn: 66 },
      ],
      fixes: [
        { title: REMOVE, preferred: true, output: `${SHORT_HEAD}steps:\n  - id: a\n    # journey-lens-disable-next-line review-overdue -- old\n    customer: Calls\n`, remaining: ['unused-suppression'] },
        { finding: 1, title: REMOVE, preferred: true, output: `${SHORT_HEAD}steps:\n  - id: a\n    # journey-lens-disable-next-line owner-missing -- old\n    customer: Calls\n`, remaining: ['unused-suppression'] },
      ],
    },
    {
      // The other id must keep suppressing: a comma left behind would break the directive.
      name: 'the first of two comma-separated ids is removed with its comma, and the other still suppresses',
      text: `${SMS_HEAD}steps:\n  - id: a\n    customer: Gets an SMS\n    # journey-lens-disable-next-line owner-missing, fallback-missing\n    channel: sms\n`,
      errors: [{ message: "Nothing to suppress: no 'owner-missing' finding on the next line. Remove 'owner-missing' from the comment.", line: 14, column: 38, endLine: 14, endColumn: 51 }],
      fixes: [{ title: REMOVE, preferred: true, output: `${SMS_HEAD}steps:\n  - id: a\n    customer: Gets an SMS\n    # journey-lens-disable-next-line fallback-missing\n    channel: sms\n`, remaining: [] }],
    },
    {
      name: 'the last of two comma-separated ids is removed with the comma before it',
      text: `${SMS_HEAD}steps:\n  - id: a\n    customer: Gets an SMS\n    # journey-lens-disable-next-line fallback-missing,owner-missing -- one-way\n    channel: sms\n`,
      errors: [{ message: "Nothing to suppress: no 'owner-missing' finding on the next line. Remove 'owner-missing' from the comment.", line: 14, column: 55, endLine: 14, endColumn: 68 }],
      fixes: [{ title: REMOVE, preferred: true, output: `${SMS_HEAD}steps:\n  - id: a\n    customer: Gets an SMS\n    # journey-lens-disable-next-line fallback-missing -- one-way\n    channel: sms\n`, remaining: [] }],
    },
    {
      // A comment left without ids would suppress every check on its line.
      name: 'the only id of a comment after a value: the comment goes, the value stays',
      text: `${SHORT_HEAD}steps:\n  - id: a   # journey-lens-disable-next-line owner-missing\n    customer: Calls\n`,
      errors: [{ message: "Nothing to suppress: no 'owner-missing' finding on the next line. Remove 'owner-missing' from the comment.", line: 11, column: 46, endLine: 11, endColumn: 59 }],
      fixes: [{ title: REMOVE, preferred: true, output: `${SHORT_HEAD}steps:\n  - id: a\n    customer: Calls\n`, remaining: [] }],
    },
    {
      name: 'a comment without ids that matches nothing goes whole',
      text: `${SHORT_HEAD}steps:\n  - id: a\n    # journey-lens-disable-next-line\n    customer: Calls\n`,
      errors: [{ message: 'This suppression comment matches no finding. Remove it.', line: 12, column: 5, endLine: 12, endColumn: 37 }],
      fixes: [{ title: REMOVE, preferred: true, output: `${SHORT_HEAD}steps:\n  - id: a\n    customer: Calls\n`, remaining: [] }],
    },
    {
      name: 'a file-wide suppression of a check that does not fire, at the id',
      text: `# journey-lens-disable owner-missing\n${SHORT_HEAD}steps:\n  - id: a\n    customer: Calls\n`,
      errors: [{
        message: "Nothing to suppress: no 'owner-missing' finding in this file. Remove 'owner-missing' from the comment.",
        line: 1, column: 24, endLine: 1, endColumn: 37,
      }],
      // The comment names only this check: it goes whole.
      fixes: [{ title: REMOVE, preferred: true, output: `${SHORT_HEAD}steps:\n  - id: a\n    customer: Calls\n`, remaining: [] }],
    },
    {
      name: 'an id that is no check',
      text: `${SHORT_HEAD}steps:\n  - id: a\n    # journey-lens-disable-next-line no-such-check\n    customer: Calls\n`,
      errors: [{ message: "'no-such-check' is not a Journey Lens check.", line: 12, column: 38, endLine: 12, endColumn: 51, offers: [REMOVE] }],
      fixes: [{ title: REMOVE, preferred: true, output: `${SHORT_HEAD}steps:\n  - id: a\n    customer: Calls\n`, remaining: [] }],
    },
    {
      name: 'a misspelt check is corrected, and then suppresses its finding',
      text: `${SMS_HEAD}steps:\n  - id: a\n    customer: Gets an SMS\n    # journey-lens-disable-next-line fallback-misisng\n    channel: sms\n`,
      errors: [{
        message: "'fallback-misisng' is not a Journey Lens check — did you mean 'fallback-missing'?",
        line: 14, column: 38, endLine: 14, endColumn: 54,
        offers: ["Change to 'fallback-missing'", REMOVE],
      }],
      fixes: [{
        title: "Change to 'fallback-missing'",
        preferred: true,
        output: `${SMS_HEAD}steps:\n  - id: a\n    customer: Gets an SMS\n    # journey-lens-disable-next-line fallback-missing\n    channel: sms\n`,
        remaining: [],
      }, {
        // Removed instead, the comment no longer suppresses what it was meant for.
        title: REMOVE,
        preferred: false,
        output: `${SMS_HEAD}steps:\n${GETS_SMS}`,
        remaining: ['fallback-missing'],
      }],
    },
    {
      name: 'a comment that names only this check moves to just above the finding, reason and all',
      text: `${SMS_HEAD}steps:\n  # journey-lens-disable-next-line fallback-missing -- the SMS is one-way\n${GETS_SMS}`,
      errors: [{
        message: "The 'fallback-missing' finding this comment is meant for is on line 15, not on the next line. Move the comment to just above line 15.",
        line: 12, column: 36, endLine: 12, endColumn: 52,
        offers: ['Move the suppression to just above line 15', REMOVE],
      }],
      fixes: [{
        title: 'Move the suppression to just above line 15',
        preferred: true,
        output: `${SMS_HEAD}steps:\n  - id: a\n    customer: Gets an SMS\n    # journey-lens-disable-next-line fallback-missing -- the SMS is one-way\n    channel: sms\n`,
        // The fallback-missing finding is suppressed where it is.
        remaining: [],
      }, {
        title: REMOVE,
        preferred: false,
        output: `${SMS_HEAD}steps:\n${GETS_SMS}`,
        remaining: ['fallback-missing'],
      }],
    },
    {
      name: 'only this check is taken out of a comment that names others, and gets a comment of its own',
      text: `${SMS_HEAD}steps:\n  - id: a\n    customer: Calls\n  # journey-lens-disable-next-line duplicate-id fallback-missing\n${GETS_SMS}`,
      errors: [{
        message: "The 'fallback-missing' finding this comment is meant for is on line 17, not on the next line. Move the comment to just above line 17.",
        line: 14, column: 49, endLine: 14, endColumn: 65,
      }],
      fixes: [{
        title: 'Move the suppression to just above line 17',
        preferred: true,
        output: `${SMS_HEAD}steps:\n  - id: a\n    customer: Calls\n  # journey-lens-disable-next-line duplicate-id\n  - id: a\n    customer: Gets an SMS\n    # journey-lens-disable-next-line fallback-missing\n    channel: sms\n`,
      }, {
        // Removed instead, the comment keeps the other check, and fallback-missing is reported.
        title: REMOVE,
        preferred: false,
        output: `${SMS_HEAD}steps:\n  - id: a\n    customer: Calls\n  # journey-lens-disable-next-line duplicate-id\n${GETS_SMS}`,
        remaining: ['fallback-missing'],
      }],
    },
  ],
});
