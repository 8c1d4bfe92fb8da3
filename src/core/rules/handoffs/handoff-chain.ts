import { handoffsOf } from '../../model/process';
import type { Rule } from '../rule';
import type { Texts } from '../../i18n/language';


const TEXT: Texts<(count: number, max: number) => string> = {
  en: (count, max) => `This step's process has ${count} handoffs, more than the maximum of ${max}. Consider fewer actors, or let one team own the step end to end.`,
  nl: (count, max) => `Het proces van deze stap heeft ${count} overdrachten, meer dan het maximum van ${max}. Overweeg minder betrokkenen, of laat één team de hele stap dragen.`,
};

/** Long chains of handoffs behind one step are slow and fragile. */
export const handoffChain: Rule = {
  id: 'handoff-chain',
  defaultSeverity: 'info',
  description: {
    en: 'A step\'s process has more handoffs than the configured maximum: every handoff adds waiting time and a chance to drop the ball.',
    nl: 'Het proces van een stap heeft meer overdrachten dan het ingestelde maximum: elke overdracht kost wachttijd en is een kans dat het werk blijft liggen.',
  },
  check({ journey, options, report }) {
    for (const step of journey.steps) {
      const count = handoffsOf(step).length;
      if (count <= options.handoffMaximum) continue;
      report({
        path: [...step.path, 'process'],
        part: 'key',
        message: TEXT[options.language](count, options.handoffMaximum),
      });
    }
  },
};
