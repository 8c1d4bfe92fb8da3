import { readConfig } from '../../../src/core';
import { journey } from './heads';
import { ruleTester } from './rule-tester';

/** One step whose process has `n` complete handoffs, ks → fa → it → ks …; `process:` is line 23. */
function chain(n: number): string {
  const teams = ['ks', 'fa', 'it', 'ks', 'fa', 'it'].slice(0, n + 1);
  const tasks = teams.map((t, i) => `      - team: ${t}\n        does: Task ${i}` + (i < n ? `\n        handoff: { to: ${teams[i + 1]}, gives: dossier, within: 1 hour }` : '')).join('\n');
  return journey(`  - id: a\n    customer: Calls\n    channel: telefoon\n    process:\n${tasks}\n`);
}

ruleTester('handoff-chain', {
  valid: [
    { name: 'at the maximum (3)', text: chain(3) },
    { name: 'within a configured higher maximum', text: chain(4), options: { config: readConfig({ 'handoff-maximum': 4 }) } },
  ],
  invalid: [
    {
      name: 'more handoffs than the maximum (3), at the process key',
      text: chain(4),
      errors: [{
        message: "This step's process has 4 handoffs, more than the maximum of 3. Consider fewer actors, or let one team own the step end to end.",
        line: 23, column: 5, endLine: 23, endColumn: 12, severity: 'info',
      }],
    },
    {
      name: 'the configured maximum',
      text: chain(3),
      options: { config: readConfig({ 'handoff-maximum': 2 }) },
      errors: [{
        message: "This step's process has 3 handoffs, more than the maximum of 2. Consider fewer actors, or let one team own the step end to end.",
        line: 23, column: 5, endLine: 23, endColumn: 12,
      }],
    },
  ],
});
