/**
 * What completion offers in the evidence slots (slot.ts): the log's
 * activity names in `observed`, most cases first, each with its number of
 * cases; the log's attribute names at the `evidence` keys that name one.
 * Each item carries the exact text to insert: a pattern that matches the
 * activity (literalPattern) and YAML that reads back as it (yamlScalar).
 */
import type { Language } from '../../i18n/language';
import { compareCodePoints } from '../../engine/code-point-order';
import { casesText } from '../../rules/evidence/words';
import { DEFAULT_THRESHOLDS, type EvidenceOutcome } from '../types';
import type { EvidenceSlot } from './slot';
import { displayName, doubleQuoted, literalPattern, needsEscapes, yamlScalar } from './yaml-text';

export interface EvidenceCompletion {
  /** The name as the list shows it (line breaks and control characters escaped). */
  label: string;
  /** "412 cases" for an activity; absent for an attribute. */
  detail?: string;
  /** Replaces the slot's start…end. */
  insertText: string;
  /** What the typed text (from the slot's start) is matched against. */
  filterText: string;
  /** Keeps the order: most cases first. */
  sortText: string;
}

/** The activities of an ok outcome with their numbers of cases, most first, then by code point. */
function activitiesByCases(outcome: EvidenceOutcome | undefined): [string, number][] {
  if (!outcome?.ok) return [];
  return [...outcome.details.activityCases].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]));
}

/** The log's attribute names: all of them when the log was read, a few when a named one was missing. */
function logAttributes(outcome: EvidenceOutcome | undefined): readonly string[] {
  if (!outcome) return [];
  if (outcome.ok) return outcome.attributes ?? [];
  return outcome.problem.kind === 'no-attribute' ? outcome.problem.available : [];
}

/** The text to insert for a name: in the quotes the user opened when possible, else as YAML needs. */
function insertion(value: string, slot: EvidenceSlot): string {
  if (slot.quote === "'" && !needsEscapes(value)) return `'${value.replace(/'/g, "''")}'`;
  if (slot.quote) return doubleQuoted(value);
  return yamlScalar(value, slot.place);
}

export function evidenceCompletions(slot: EvidenceSlot, outcome: EvidenceOutcome | undefined, language: Language = 'en', minCases = DEFAULT_THRESHOLDS.minCases): EvidenceCompletion[] {
  const names: [string, string | undefined][] = slot.kind === 'activity'
    ? activitiesByCases(outcome).map(([name, cases]) => [name, casesText(cases, minCases, language)])
    : logAttributes(outcome).map((name) => [name, undefined]);
  const width = String(names.length).length;
  return names.map(([name, detail], i) => {
    const value = slot.kind === 'activity' ? literalPattern(name) : name;
    return {
      label: displayName(name),
      ...(detail !== undefined ? { detail } : {}),
      insertText: insertion(value, slot),
      filterText: (slot.quote ?? '') + value,
      sortText: String(i).padStart(width, '0'),
    };
  });
}
