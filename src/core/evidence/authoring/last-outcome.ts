/**
 * Which evidence outcome completion and hover use. While the user types,
 * the YAML is often broken (an unclosed quote in `observed`), and a broken
 * file's analysis has no journey and so no evidence; the log has not changed
 * meanwhile, so the last outcome of the document still holds its names. The
 * same while the worker is still reading the log again. Once the journey
 * parses without `evidence`, there is none.
 */
import type { Analysis } from '../../engine/check';
import type { EvidenceOutcome } from '../types';

export function outcomeFor(a: Analysis, last: EvidenceOutcome | undefined): EvidenceOutcome | undefined {
  if (a.evidence) return a.evidence;
  if (a.kind !== 'journey') return undefined;
  return !a.journey || a.journey.evidence ? last : undefined;
}
