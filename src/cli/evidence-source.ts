/**
 * The command line's evidence: each journey with `evidence` has its log read
 * through one LogCache for the whole run (journeys that share a log read it
 * once), confined to the same root as `uses` catalogs. A failure inside the
 * reader becomes an `evidence-log` finding, never a stack trace.
 */
import { type Config, evaluateEvidence, type EvidenceSource, LogCache } from '../core';

export function cliEvidenceSource(config: Readonly<Config>, root: string | undefined): EvidenceSource {
  const cache = new LogCache();
  return async (journey, absPath) => {
    try {
      const outcome = await evaluateEvidence(journey, absPath, { root, cache, thresholds: config.evidence });
      // The command line never asks for examples: drop nothing but keep the contract's shape.
      return outcome && (outcome.ok ? { ok: true, figures: outcome.figures, details: outcome.details, firstSkip: outcome.firstSkip, actorAttribute: outcome.actorAttribute, attributes: outcome.attributes } : outcome);
    } catch (e) {
      return { ok: false, problem: { kind: 'unreadable', format: 'io', detail: e instanceof Error ? e.message : String(e) } };
    }
  };
}
