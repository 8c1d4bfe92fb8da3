/**
 * What a check is: its id, default severity, one-line rationale, and the
 * function that looks at a journey. One module per check lives in rules/.
 */
import type { Language, Texts } from '../i18n/language';
import type { Path, Part } from '../yaml/locate';
import type { EvidenceOutcome, EvidenceThresholds } from '../evidence/types';
import type { Journey } from '../model/model';
import type { Scope } from '../model/scope';
import type { FindingData, Severity } from '../engine/types';

/** Where the project's rule pages live; each finding links to its page. */
export const DOCS_BASE = 'https://github.com/journey-lens/journey-lens/blob/main/docs/rules/';

/** A check's page: the Dutch one (docs/rules/nl) for Dutch findings. */
export function docsUrl(ruleId: string, language: Language = 'en'): string {
  return `${DOCS_BASE}${language === 'nl' ? 'nl/' : ''}${ruleId}.md`;
}

/** A location in the checked file or in one of its catalogs. */
export interface At {
  path: Path;
  part?: Part;
  /** Absolute path of a catalog; absent for the checked file itself. */
  file?: string;
}

export interface Report extends At {
  message: string;
  related?: (At & { message: string })[];
  data?: FindingData;
}

export interface RuleOptions {
  /** Most handoffs one step's process may have before `handoff-chain` fires. */
  handoffMaximum: number;
  /** The date review checks compare against (UTC midnight). */
  today: Date;
  /** The language of the findings' messages. */
  language: Language;
  /** The thresholds of the evidence checks (journey-lens.config.yaml's `evidence:`). */
  evidence: EvidenceThresholds;
}

export interface RuleContext {
  journey: Journey;
  scope: Scope;
  options: RuleOptions;
  /** The journey against its event log (../shared/evidence.md), when it has `evidence` and the caller supplied a source. */
  evidence?: EvidenceOutcome;
  report(r: Report): void;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the check finds and why it matters, in every language. */
  description: Texts<string>;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}
