import { partnerRefs } from '../../model/partners';
import type { Rule } from '../rule';
import { addDependent, addToPartner, reportPerPartner, type Dependent, type PartnerData } from './partner-findings';
import type { Texts } from '../../i18n/language';
import type { PartnerDecl } from '../../model/model';

const TEXT: Texts<(p: PartnerDecl) => string> = {
  en: (p) => `The partner '${p.id}'${p.name ? ` (${p.name})` : ''} has no fallback, yet customer-facing steps depend on it. Add \`fallback:\` saying what happens when it fails to deliver.`,
  nl: (p) => `De partner '${p.id}'${p.name ? ` (${p.name})` : ''} heeft geen terugvaloptie, terwijl stappen die de klant ziet ervan afhangen. Voeg \`fallback:\` toe met wat er gebeurt als de partner niet levert.`,
};

const PLACEHOLDER: Texts<string> = { en: 'what happens when the partner fails', nl: 'wat er gebeurt als de partner uitvalt' };

/** When a partner behind a customer-facing step fails, someone must catch the customer. */
export const partnerNoFallback: Rule<PartnerData> = {
  id: 'partner-no-fallback',
  defaultSeverity: 'warning',
  description: {
    en: 'A customer-facing step depends on a partner with no fallback: when the partner fails, nobody knows what happens to the customer.',
    nl: 'Een stap met klantcontact hangt af van een partner zonder terugvaloptie: als de partner uitvalt, weet niemand wat er met de klant gebeurt.',
  },
  check(ctx) {
    const deps = new Map<string, Dependent>();
    for (const step of ctx.journey.steps) {
      // A step with a channel is one the customer experiences directly.
      if (!step.channel) continue;
      for (const ref of partnerRefs(step)) {
        const p = ctx.scope.get('partner', ref.id);
        if (p && !p.fallback) addDependent(deps, p, ref);
      }
    }
    reportPerPartner(ctx, deps, TEXT[ctx.options.language]);
  },
  fixes: (data, ctx) => addToPartner(data, ctx, 'fallback', PLACEHOLDER[ctx.language]),
};
