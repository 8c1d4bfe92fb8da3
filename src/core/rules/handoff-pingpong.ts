import type { Actor } from '../model';
import type { Rule } from '../rule';

/** Work that comes back to an actor who already handed it on is ping-pong. */
export const handoffPingpong: Rule = {
  id: 'handoff-pingpong',
  defaultSeverity: 'warning',
  description: 'Within one step, work returns to a team or partner that already handed it on (A → B → A): the customer waits while teams pass the task back and forth.',
  check({ journey, report }) {
    for (const step of journey.steps) {
      const handedOn = new Map<string, Actor>();
      let current: Actor | undefined;
      for (const task of step.process) {
        const actor = task.actor;
        if (!actor) continue;
        const key = `${actor.kind}:${actor.id}`;
        if (current && `${current.kind}:${current.id}` !== key) {
          handedOn.set(`${current.kind}:${current.id}`, handedOn.get(`${current.kind}:${current.id}`) ?? current);
          const earlier = handedOn.get(key);
          if (earlier) {
            report({
              path: actor.path,
              message: `Work comes back to '${actor.id}', which already handed it on in this step (ping-pong). Let one actor finish its part, or merge the tasks.`,
              related: [{ path: earlier.path, message: `'${actor.id}' handed the work on here` }],
            });
          }
        }
        current = actor;
      }
    }
  },
};
