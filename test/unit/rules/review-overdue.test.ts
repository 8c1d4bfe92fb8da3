import { HEAD } from './heads';
import { ruleTester } from './rule-tester';

/** HEAD with `reviewed` (line 3) and `review-every` (line 4, if given), and one good step; today is 2026-11-23. */
const reviewed = (date: string, every = '') => HEAD.replace('owner: Ans de Vries\n', `owner: Ans de Vries\nreviewed: ${date}\n${every ? `review-every: ${every}\n` : ''}`)
  + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: ks, does: Answers }]\n';

const due = (on: string, last: string, every: string) => `The review was due on ${on} (last reviewed ${last}, every ${every}). Review the journey with its owner and update \`reviewed\`.`;

/**
 * The fix "Mark as reviewed today (…)" writes the machine's current date (UTC),
 * not the `today` the check was run with: the table computes it the same way.
 */
const NOW = new Date().toISOString().slice(0, 10);
const markReviewed = (text: string, date: string) => ({
  title: `Mark as reviewed today (${NOW})`,
  preferred: false,
  output: text.replace(`reviewed: ${date}\n`, `reviewed: ${NOW}\n`),
});
ruleTester('review-overdue', {
  valid: [
    { name: 'the review is not yet due', text: reviewed('2026-09-01', '6 months') },
    { name: 'the review is due today', text: reviewed('2025-11-23') },
    { name: 'a journey without reviewed', text: reviewed('2025-11-01').replace('reviewed: 2025-11-01\n', '') },
  ],
  invalid: [
    {
      name: 'reviewed plus the default 12 months lies before today, at the reviewed value',
      text: reviewed('2025-11-01'),
      errors: [{ message: due('2026-11-01', '2025-11-01', '12 months'), line: 3, column: 11, endLine: 3, endColumn: 21, severity: 'warning' }],
      fixes: [markReviewed(reviewed('2025-11-01'), '2025-11-01')],
    },
    {
      name: 'one day overdue',
      text: reviewed('2025-11-22'),
      errors: [{ message: due('2026-11-22', '2025-11-22', '12 months'), line: 3, column: 11, endLine: 3, endColumn: 21 }],
      fixes: [markReviewed(reviewed('2025-11-22'), '2025-11-22')],
    },
    {
      name: 'a custom interval, as written',
      text: reviewed('2026-04-01', '6 maanden'),
      errors: [{ message: due('2026-10-01', '2026-04-01', '6 maanden'), line: 3, column: 11, endLine: 3, endColumn: 21 }],
      fixes: [markReviewed(reviewed('2026-04-01', '6 maanden'), '2026-04-01')],
    },
  ],
});
