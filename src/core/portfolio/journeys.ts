/** The journeys table: who owns each journey, when it is due for review, and what the checks found. */
import { DEFAULT_REVIEW_EVERY, isOverdue, isoDate, reviewDue } from '../model/review';
import type { Finding } from '../engine/types';
import type { JourneyRow, PortfolioInput, SeverityCounts } from './types';

export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function journeyRow(input: PortfolioInput, today: Date): JourneyRow {
  const { journey, findings } = input.analysis;
  const review = journey && reviewDue(journey);
  return {
    path: input.path,
    title: journey?.title,
    owner: journey?.owner,
    reviewed: journey?.reviewed?.text,
    reviewEvery: journey?.reviewEvery?.text ?? DEFAULT_REVIEW_EVERY.en,
    reviewDue: review ? isoDate(review.due) : undefined,
    reviewOverdue: !!review && isOverdue(review.due, today),
    steps: journey?.steps.length ?? 0,
    findings: countFindings(findings),
  };
}
