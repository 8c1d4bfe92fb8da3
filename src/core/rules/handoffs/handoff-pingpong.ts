import type { Actor } from '../../model/model';
import type { Rule } from '../rule';
import type { Texts } from '../../i18n/language';


const TEXT: Texts<{ back: (actor: string) => string; earlier: (actor: string) => string }> = {
  en: {
    back: (actor) => `Work comes back to '${actor}', which already handed it on in this step (ping-pong). Let one actor finish its part, or merge the tasks.`,
    earlier: (actor) => `'${actor}' handed the work on here`,
  },
  nl: {
    back: (actor) => `Het werk komt terug bij '${actor}', dat het in deze stap al had doorgegeven (pingpong). Laat één betrokkene zijn deel afmaken, of voeg de taken samen.`,
    earlier: (actor) => `'${actor}' gaf het werk hier door`,
  },
};

/** Work that comes back to an actor who already handed it on is ping-pong. */
export const handoffPingpong: Rule = {
  id: 'handoff-pingpong',
  defaultSeverity: 'warning',
  description: {
    en: 'Within one step, work returns to a team or partner that already handed it on (A → B → A): the customer waits while teams pass the task back and forth.',
    nl: 'Binnen één stap komt het werk terug bij een team of partner die het al had doorgegeven (A → B → A): de klant wacht terwijl teams de taak heen en weer schuiven.',
  },
  check({ journey, report, options }) {
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
              message: TEXT[options.language].back(actor.id),
              related: [{ path: earlier.path, message: TEXT[options.language].earlier(actor.id) }],
            });
          }
        }
        current = actor;
      }
    }
  },
};
