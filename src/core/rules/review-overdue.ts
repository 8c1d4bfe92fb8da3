import type { Rule } from '../rule';
import { isOverdue, isoDate, reviewDue } from '../review';

/** Journeys change with the organisation; an old review may describe a world that is gone. */
export const reviewOverdue: Rule = {
  id: 'review-overdue',
  defaultSeverity: 'warning',
  description: 'The last review plus the review interval lies before today: the journey may no longer describe what customers experience.',
  check({ journey, options, report }) {
    const review = reviewDue(journey);
    if (!review || !journey.reviewed || !isOverdue(review.due, options.today)) return;
    report({
      path: journey.reviewed.path,
      message: `The review was due on ${isoDate(review.due)} (last reviewed ${review.reviewed}, every ${review.every}). Review the journey with its owner and update \`reviewed\`.`,
    });
  },
};
