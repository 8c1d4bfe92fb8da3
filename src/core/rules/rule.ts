/**
 * What a check is: its id, default severity, one-line rationale, the
 * function that looks at a journey, and the quick fixes for its findings,
 * with the typed data the two share. One module per check lives in rules/,
 * in the folder of its section of rules.md.
 */
import type { Language, Texts } from '../i18n/language';
import type { Path, Part } from '../yaml/locate';
import type { EvidenceOutcome, EvidenceThresholds } from '../evidence/types';
import type { Journey } from '../model/model';
import type { Scope } from '../model/scope';
import type { Analysis } from '../engine/check';
import type { Finding, Severity } from '../engine/types';
import type { EditableDoc } from '../fixes/edits';
import type { Fix } from '../fixes/fix';

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

export interface Report<Data = never> extends At {
  message: string;
  related?: (At & { message: string })[];
  /** What this check's quick fixes need to know (a suggested id, the missing keys); never shown. */
  data?: Data;
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

export interface RuleContext<Data = never> {
  journey: Journey;
  scope: Scope;
  options: RuleOptions;
  /** The journey against its event log (../shared/evidence.md), when it has `evidence` and the caller supplied a source. */
  evidence?: EvidenceOutcome;
  report(r: Report<Data>): void;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the check finds and why it matters, in every language. */
  description: Texts<string>;
}

/** What a quick fix looks at: the finding, the analysis it came from, and that file's text. */
export interface FixContext {
  finding: Finding;
  analysis: Analysis;
  doc: EditableDoc;
  /** The YAML path the finding was reported at. */
  path: Path;
  language: Language;
}

/** The quick fixes of one check, from the data its findings carry (absent on findings made without it). */
export interface Fixes<Data> {
  fixes?(data: Data | undefined, ctx: FixContext): Fix[];
}

/** A check of either kind, as the catalogue and the findings' sink see it: its metadata and its fixes. */
export type Check<Data = never> = RuleMeta & Fixes<Data>;

/** A check on the journey model. */
export interface Rule<Data = never> extends RuleMeta, Fixes<Data> {
  check(ctx: RuleContext<Data>): void;
}

/**
 * A check the pipeline makes itself, because it needs the raw text, the
 * schema, the catalogs or the comments rather than the journey model:
 * `madeBy` names the one place that finds it.
 */
export interface PipelineRule<Data = never> extends RuleMeta, Fixes<Data> {
  madeBy: string;
}
