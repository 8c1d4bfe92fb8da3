import type { Rule } from '../rule';
import type { Texts } from '../../i18n/language';
import { addKey } from '../../fixes/edits';
import { one } from '../../fixes/fix';


const TEXT: Texts<string> = {
  en: 'This journey names no owner. Add `owner:` with the journey manager who reviews it.',
  nl: 'Deze reis noemt geen eigenaar. Voeg `owner:` toe met de journeymanager die hem beoordeelt.',
};

const FIX_TEXT: Texts<{ addOwner: string; journeyManager: string }> = {
  en: { addOwner: 'Add an owner', journeyManager: 'journey manager' },
  nl: { addOwner: 'Een eigenaar toevoegen', journeyManager: 'journeymanager' },
};

/** Every journey needs a journey manager who keeps it true. */
export const ownerMissing: Rule = {
  id: 'owner-missing',
  defaultSeverity: 'info',
  description: {
    en: 'The journey names no owner: nobody is responsible for reviewing and improving it.',
    nl: 'De klantreis noemt geen eigenaar: niemand is verantwoordelijk voor het beoordelen en verbeteren ervan.',
  },
  check({ journey, report, options }) {
    if (journey.owner) return;
    report({
      path: ['journey'],
      part: 'key',
      message: TEXT[options.language],
    });
  },
  fixes: (_data, { doc, language }) => {
    const t = FIX_TEXT[language];
    return one(t.addOwner, addKey(doc, [], 'owner', `\${1:${t.journeyManager}}`, 'journey'), true, true);
  },
};
