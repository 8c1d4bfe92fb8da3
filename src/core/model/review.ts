/**
 * When a journey is due for review: `reviewed` plus `review-every` (default
 * 12 months). Shared by the review-overdue check and the portfolio report,
 * so the report never calls a journey overdue that the check lets pass.
 */
import { addDuration, parseDate } from './durations';
import type { Language, Texts } from '../i18n/language';
import type { Journey } from './model';

/** The interval when a journey sets none, as messages word it; both mean the same duration. */
export const DEFAULT_REVIEW_EVERY: Texts<string> = { en: '12 months', nl: '12 maanden' };

export interface ReviewDue {
  /** The last review as written (YYYY-MM-DD). */
  reviewed: string;
  /** The interval as written, or the default in the given language. */
  every: string;
  due: Date;
}

/** The review due date, or undefined when `reviewed` or the interval cannot be read. */
export function reviewDue(journey: Journey, language: Language = 'en'): ReviewDue | undefined {
  if (!journey.reviewed) return undefined;
  const reviewed = parseDate(journey.reviewed.text);
  if (!reviewed) return undefined;
  const every = journey.reviewEvery?.text ?? DEFAULT_REVIEW_EVERY[language];
  const due = addDuration(reviewed, every);
  return due ? { reviewed: journey.reviewed.text, every, due } : undefined;
}

/** A review due today is not yet overdue: the journey manager still has the day. */
export function isOverdue(due: Date, today: Date): boolean {
  return due.getTime() < today.getTime();
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
