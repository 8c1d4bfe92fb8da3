import { addDuration, parseDate } from '../durations';
import type { Rule } from '../rule';

/** Journeys change with the organisation; an old review may describe a world that is gone. */
export const reviewOverdue: Rule = {
  id: 'review-overdue',
  defaultSeverity: 'warning',
  description: 'The last review plus the review interval lies before today: the journey may no longer describe what customers experience.',
  check({ journey, options, report }) {
    const reviewed = journey.reviewed && parseDate(journey.reviewed.text);
    if (!journey.reviewed || !reviewed) return;
    const every = journey.reviewEvery?.text ?? '12 months';
    const due = addDuration(reviewed, every);
    if (!due || due.getTime() >= options.today.getTime()) return;
    const dueText = due.toISOString().slice(0, 10);
    report({
      path: journey.reviewed.path,
      message: `The review was due on ${dueText} (last reviewed ${journey.reviewed.text}, every ${every}). Review the journey with its owner and update \`reviewed\`.`,
    });
  },
};
