import type { Rule } from '../rule';
import type { Texts } from '../../i18n/language';


const TEXT: Texts<(channel: string) => string> = {
  en: (channel) => `'${channel}' is a human channel, but this step has no process: nobody is named to answer the customer. Add \`process:\` with the team that does.`,
  nl: (channel) => `'${channel}' is een persoonlijk kanaal, maar deze stap heeft geen proces: niemand is aangewezen om de klant te woord te staan. Voeg \`process:\` toe met het team dat dat doet.`,
};

/** A human channel with no process behind it: nobody stands behind the channel. */
export const stepUnsupported: Rule = {
  id: 'step-unsupported',
  defaultSeverity: 'warning',
  description: {
    en: 'A step on a human channel has no process: nobody is named to answer the customer there.',
    nl: 'Een stap op een persoonlijk kanaal heeft geen proces: niemand is genoemd om de klant daar te woord te staan.',
  },
  check({ journey, scope, report, options }) {
    for (const step of journey.steps) {
      if (!step.channel || step.process.length > 0) continue;
      const channel = scope.get('channel', step.channel.id);
      if (!channel?.human) continue;
      report({
        path: step.channel.path,
        message: TEXT[options.language](step.channel.id),
      });
    }
  },
};
