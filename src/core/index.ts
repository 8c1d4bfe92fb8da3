/**
 * The engine's front door: what the extension, the command line and the
 * behaviour tests use, grouped by job. Nothing here imports `vscode`; the
 * folders behind it are listed in docs/architecture.md.
 *
 * Other bundles enter the engine elsewhere, on purpose: the preview page
 * (browser code, src/webview) imports only `blueprint/`, the evidence worker
 * thread only `evidence/` and `files/locations.ts`, and the lazily loaded
 * exporters and spreadsheets are bundles of their own (`export/index.ts`,
 * `sheets/index.ts`), reached through their loaders.
 */

// Checking one file: the pipeline, its findings and the checks.
export { analyseText, checkText, ruleOptions, type Analysis, type CheckOptions, type EvidenceSource } from './engine/check';
export { SEVERITIES, SEVERITY_SETTINGS, type Finding, type Position, type Range, type Severity } from './engine/types';
export { capFindings } from './engine/cap-findings';
export { DEFAULT_MAX_BYTES, MAX_READ_BYTES } from './engine/limits';
export { nearest } from './engine/suggest';
export { compareCodePoints } from './engine/code-point-order';
export { ALL_RULES, RULES_BY_ID } from './rules';
export { DOCS_BASE, docsUrl } from './rules/rule';

// Quick fixes, as plain text edits.
export { fixesFor, plainText, type Fix } from './fixes/fixes';
export { applyEdits, type TextEdit } from './fixes/edits';

// The journey model and its catalogs.
export { evidenceSettingsOf, readJourney, type Catalog, type Journey } from './model/model';
export { CatalogCache, type FileHost } from './model/catalogs';
export { parseDate } from './model/durations';

// YAML, with positions.
export { parseYaml } from './yaml/parse';
export { SegmentedParser } from './yaml/segmented-parser';
export { spanOf, type Span } from './yaml/locate';

// Files, the workspace and the configuration.
export { readRegularBytes, readRegularFile, type ReadResult } from './files/read-file';
export { fileKindOf } from './files/file-kinds';
export { baseName, folderOf, isInside, isUriString, resolveBeside } from './files/locations';
export { nodeFileHost } from './files/disk-host';
export { CONFIG_FILE_NAME, DEFAULT_CONFIG, readConfig, type Config } from './config/config';
export { compileGlobs } from './config/glob';

// Languages of the texts (English, Dutch).
export { languageOf, languageOfEnv, wholeNumber, type Language, type Texts } from './i18n/language';

// Writing journeys in the editor: completion, hover, symbols, the template.
export { catalogPathsFrom, schemaCompletions, wantsCatalogs, type AuthoringItem } from './language-service/completion';
export { completionCandidates, completionContextAt } from './language-service/reference-completion';
export { humanFirst } from './language-service/fallback';
export { docUrl, schemaHoverAt } from './language-service/hover';
export { describeDeclaration, describeTexts } from './language-service/describe';
export { declarationOf, occurrencesMatching, symbolAt, type Place } from './language-service/resolve';
export { type Occurrence } from './language-service/symbols';
export { journeyTemplate, type TemplateCatalog, type TemplateLanguage } from './language-service/template';

// The journey against its event log.
export { designOf, evaluateDesign, evaluateEvidence, identityOnDisk, LogCache, logIdentity } from './evidence';
export { evidenceCompletions } from './evidence/authoring/completion';
export { observedPatternAt, patternHover } from './evidence/authoring/hover';
export { outcomeFor } from './evidence/authoring/last-outcome';
export { evidenceSlotAt } from './evidence/authoring/slot';
export type {
  DesignStep, EvidenceFigures, EvidenceOutcome, EvidenceSettings, EvidenceThresholds, HandoffFigures,
  LogCases, LogProblem, PromiseFigures, SkipReason, StepFigures,
} from './evidence/types';

// The blueprint (the preview's model and views) and its text exports.
export { buildBlueprint } from './blueprint/build';
export { cellAt, rangeOfKey } from './blueprint/cells';
export { type Blueprint } from './blueprint/types';
export { labelsFor, type Labels } from './blueprint/views/labels';
export { isViewMode, VIEW_MODES, type ViewMode } from './blueprint/views/modes';
export { withoutFindings } from './blueprint/without-findings';
export { exportHtml, inlineFont } from './blueprint/export-html';
export { exportMermaid } from './blueprint/export-mermaid';
export { loadExporters } from './export/loader';

// Journeys from elsewhere (Mermaid, Markdown, spreadsheets).
export { importFile, importKindOf, importSpreadsheet, notSupportedYet, type Imported, type ImportProblem, type JourneyBlock } from './import';
export { loadSheets } from './sheets/loader';

// Many journeys at once: the portfolio report and the Journeys view.
export { buildPortfolio, renderHtml, renderJson, renderMarkdown, type LinkTarget, type Portfolio, type PortfolioInput } from './portfolio';
export { type JourneyRow, type StepRef } from './portfolio/types';
export { buildOverview, type CatalogEntry, type CatalogOverview, type Overview } from './overview/model';

// Command-line output.
export { formatJson } from './reporters/json';
export { formatSarif } from './reporters/sarif';
export { formatStylish } from './reporters/stylish';
export { formatText } from './reporters/text';
export { escapeControls, escapeJsonControls } from './reporters/escape';
export { type FileResult } from './reporters/types';
