import type { Rule } from '../rule';
import { isOverdue, isoDate, reviewDue } from '../../model/review';
import type { Texts } from '../../i18n/language';
import { replaceScalar } from '../../fixes/edits';
import { one } from '../../fixes/fix';


const TEXT: Texts<(due: string, reviewed: string, every: string) => string> = {
  en: (due, reviewed, every) => `The review was due on ${due} (last reviewed ${reviewed}, every ${every}). Review the journey with its owner and update \`reviewed\`.`,
  nl: (due, reviewed, every) => `De beoordeling was uiterlijk ${due} (laatst beoordeeld ${reviewed}, elke ${every}). Beoordeel de reis met de eigenaar en werk \`reviewed\` bij.`,
};

const FIX_TEXT: Texts<(date: string) => string> = {
  en: (date) => `Mark as reviewed today (${date})`,
  nl: (date) => `Markeren als vandaag beoordeeld (${date})`,
};

/** Journeys change with the organisation; an old review may describe a world that is gone. */
export const reviewOverdue: Rule = {
  id: 'review-overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'The last review plus the review interval lies before today: the journey may no longer describe what customers experience.',
    nl: 'De laatste beoordeling plus de beoordelingstermijn ligt vóór vandaag: de klantreis beschrijft misschien niet meer wat klanten meemaken.',
  },
  check({ journey, options, report }) {
    const review = reviewDue(journey, options.language);
    if (!review || !journey.reviewed || !isOverdue(review.due, options.today)) return;
    report({
      path: journey.reviewed.path,
      message: TEXT[options.language](isoDate(review.due), review.reviewed, review.every),
    });
  },
  // Today as the person fixing it lives it, not the date the check compared against.
  fixes(_data, { analysis, doc, path, language }) {
    const today = new Date().toISOString().slice(0, 10);
    return analysis.journey?.reviewed ? one(FIX_TEXT[language](today), replaceScalar(doc, path, today)) : [];
  },
};
