/**
 * One configuration for the editor and the command line:
 * journey-lens.config.yaml at the workspace root, overridable by settings.
 * Entries that break the config schema are reported on the config file and
 * ignored; the rest applies, and the defaults fill the gaps.
 */
import { DEFAULT_THRESHOLDS, type EvidenceThresholds } from '../evidence/types';
import { globProblem } from './glob';
import { RULES_BY_ID } from '../rules';
import { SEVERITY_SETTINGS, type Severity, type SeveritySetting } from '../engine/types';

export const CONFIG_FILE_NAME = 'journey-lens.config.yaml';

export interface Config {
  /** Severity overrides per check id; checks not named keep their default. */
  checks: Record<string, SeveritySetting>;
  handoffMaximum: number;
  /** The `evidence:` section: thresholds of the evidence checks (evidence.md, The checks). */
  evidence: EvidenceThresholds;
  include: string[];
  exclude: string[];
}

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  checks: {},
  handoffMaximum: 3,
  evidence: DEFAULT_THRESHOLDS,
  include: ['**/*.journey.yaml', '**/*.journey.yml', '**/*.catalog.yaml', '**/*.catalog.yml'],
  exclude: ['**/node_modules/**', '**/.git/**'],
});

const SETTINGS = new Set<string>(SEVERITY_SETTINGS);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
// A list with a glob that cannot be matched safely is ignored as a whole, like one with a number in it.
const globList = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && !globProblem(x)) ? (v as string[]) : undefined;

/** Reads the valid parts of a config value (from YAML or from settings). */
export function readConfig(value: unknown, base: Readonly<Config> = DEFAULT_CONFIG): Config {
  const out: Config = { checks: { ...base.checks }, handoffMaximum: base.handoffMaximum, evidence: base.evidence, include: base.include, exclude: base.exclude };
  if (!isObj(value)) return out;
  if (isObj(value.checks)) {
    for (const [id, sev] of Object.entries(value.checks)) {
      if (RULES_BY_ID.has(id) && typeof sev === 'string' && SETTINGS.has(sev)) out.checks[id] = sev as SeveritySetting;
    }
  }
  const max = value['handoff-maximum'] ?? value.handoffMaximum;
  if (typeof max === 'number' && Number.isInteger(max) && max >= 0) out.handoffMaximum = max;
  if (isObj(value.evidence)) out.evidence = readThresholds(value.evidence, out.evidence);
  out.include = globList(value.include) ?? out.include;
  out.exclude = globList(value.exclude) ?? out.exclude;
  return out;
}

/** Each threshold that the config schema allows replaces its default; a wrong one keeps it (the schema reports it). */
function readThresholds(v: Record<string, unknown>, base: EvidenceThresholds): EvidenceThresholds {
  const num = (key: string, ok: (n: number) => boolean, fallback: number): number => {
    const n = v[key];
    return typeof n === 'number' && Number.isFinite(n) && ok(n) ? n : fallback;
  };
  const share = (n: number) => n >= 0 && n <= 1;
  return {
    minCases: num('min-cases', (n) => Number.isInteger(n) && n >= 1, base.minCases),
    minShare: num('min-share', share, base.minShare),
    percentile: num('percentile', (n) => n >= 0 && n <= 100, base.percentile),
    promiseKept: num('promise-kept', share, base.promiseKept),
  };
}

/** The severity a check runs at, or 'off'. */
export function severityOf(config: Readonly<Config>, ruleId: string): SeveritySetting {
  return config.checks[ruleId] ?? RULES_BY_ID.get(ruleId)?.defaultSeverity ?? 'warning';
}

export function isSeverity(s: SeveritySetting): s is Severity {
  return s !== 'off';
}
