import { handoffsOf } from '../process';
import type { Rule } from '../rule';

/** Work that passes between actors must say what the receiver needs and by when. */
export const handoffUnclear: Rule = {
  id: 'handoff-unclear',
  defaultSeverity: 'warning',
  description: 'Work passes to another team or partner without a clear handoff (what they need, by when, to whom): this is where journeys get stuck.',
  check({ journey, report }) {
    for (const step of journey.steps) {
      for (const h of handoffsOf(step)) {
        const from = h.from.actor?.id ?? 'this task';
        const written = h.from.handoff;
        if (!written) {
          report({
            path: h.from.actor ? h.from.actor.path : h.from.path,
            message: `Work passes from '${from}' to '${h.to}' without a handoff: write down what '${h.to}' needs (gives) and by when (within).`,
            data: { nextActor: h.to, missing: ['to', 'gives', 'within'] },
          });
          continue;
        }
        const next = h.next?.actor;
        if (written.to && next && written.to.id !== next.id) {
          report({
            path: written.to.path,
            message: `The handoff goes to '${written.to.id}', but the next task is done by '${next.id}'. Hand the work to '${next.id}', or put the tasks in the right order.`,
            data: { suggestion: next.id, nextActor: next.id },
          });
        }
        const missing = (['to', 'gives', 'within'] as const).filter((k) => (k === 'to' ? !written.to : k === 'gives' ? !written.gives : !written.within));
        // A missing `to` is clear enough when the next task names the receiver.
        const unclear = missing.filter((k) => k !== 'to' || !next);
        if (unclear.length > 0) {
          report({
            path: written.path,
            part: 'key',
            message: `The handoff from '${from}' does not say ${unclear.map(describe).join(' or ')}.`,
            data: { nextActor: next?.id, missing: unclear },
          });
        }
      }
    }
  },
};

function describe(key: 'to' | 'gives' | 'within'): string {
  return key === 'to' ? 'who receives the work (to)' : key === 'gives' ? 'what the receiver needs (gives)' : 'by when (within)';
}
