import { partnerRefs } from '../../model/partners';
import type { Rule } from '../rule';
import { addDependent, addToPartner, reportPerPartner, type Dependent, type PartnerData } from './partner-findings';
import type { Texts } from '../../i18n/language';
import type { PartnerDecl } from '../../model/model';

const TEXT: Texts<(p: PartnerDecl) => string> = {
  en: (p) => `The partner '${p.id}'${p.name ? ` (${p.name})` : ''} has no agreement, yet steps depend on it. Add \`agreement:\` with the contract or partnership agreement.`,
  nl: (p) => `De partner '${p.id}'${p.name ? ` (${p.name})` : ''} heeft geen afspraak, terwijl stappen ervan afhangen. Voeg \`agreement:\` toe met het contract of de samenwerkingsovereenkomst.`,
};

const PLACEHOLDER: Texts<string> = { en: 'contract or agreement reference', nl: 'contract of kenmerk van de afspraak' };

/** Partners that shape the customer experience must be partners by agreement. */
export const partnerNoAgreement: Rule<PartnerData> = {
  id: 'partner-no-agreement',
  defaultSeverity: 'warning',
  description: {
    en: 'A partner that a step depends on has no agreement: nothing binds the partner to what the customer is promised.',
    nl: 'Een partner waar een stap van afhangt, heeft geen afspraak: niets bindt de partner aan wat de klant beloofd wordt.',
  },
  check(ctx) {
    const deps = new Map<string, Dependent>();
    for (const step of ctx.journey.steps) {
      for (const ref of partnerRefs(step)) {
        const p = ctx.scope.get('partner', ref.id);
        if (p && !p.agreement) addDependent(deps, p, ref);
      }
    }
    reportPerPartner(ctx, deps, TEXT[ctx.options.language]);
  },
  fixes: (data, ctx) => addToPartner(data, ctx, 'agreement', PLACEHOLDER[ctx.language]),
};
