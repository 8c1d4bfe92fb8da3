/**
 * The evidence thresholds the `evidence` command applies (its `percentile`
 * and "fewer than N cases"): the config's `evidence:` section, else the
 * contract's defaults. Read tolerantly, from the typed config when it
 * carries the section and else from the file's own text, so the command
 * agrees with `check` whichever shape the config module gives the section.
 * A value that is not a number of the right range keeps its default: the
 * config's schema reports it when `check` runs on the config file.
 */
import { DEFAULT_THRESHOLDS, type EvidenceThresholds } from '../core/evidence/types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const RULES: readonly [keyof EvidenceThresholds, string, (n: number) => boolean][] = [
  ['minCases', 'min-cases', (n) => Number.isInteger(n) && n >= 1],
  ['minShare', 'min-share', (n) => n >= 0 && n <= 1],
  ['percentile', 'percentile', (n) => Number.isInteger(n) && n >= 1 && n <= 100],
  ['promiseKept', 'promise-kept', (n) => n >= 0 && n <= 1],
];

/** `typed` is the Config (which may carry `evidence`), `raw` the config file's value as parsed. */
export function evidenceThresholds(typed: unknown, raw: unknown): EvidenceThresholds {
  const fromTyped = isObj(typed) && isObj(typed.evidence) ? typed.evidence : undefined;
  // A typed config has read and validated the section already: its values stand as they are.
  if (fromTyped && RULES.every(([key]) => typeof fromTyped[key] === 'number')) return { ...(fromTyped as unknown as EvidenceThresholds) };
  const fromRaw = isObj(raw) && isObj(raw.evidence) ? raw.evidence : undefined;
  const out: EvidenceThresholds = { ...DEFAULT_THRESHOLDS };
  for (const [key, written, valid] of RULES) {
    for (const v of [fromTyped?.[key], fromTyped?.[written], fromRaw?.[written], fromRaw?.[key]]) {
      if (typeof v === 'number' && Number.isFinite(v) && valid(v)) {
        out[key] = v;
        break;
      }
    }
  }
  return out;
}
