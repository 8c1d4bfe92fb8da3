/** The portfolio report: one model, three renderings. */
export { buildPortfolio } from './build';
export { evidencePortfolio, isEvidenceRule } from './evidence';
export { renderHtml, REPORT_CSP, type HtmlReportOptions, type LinkBuilder, type LinkTarget } from './render/html';
export { renderJson, REPORT_JSON_VERSION } from './render/json';
export { renderMarkdown } from './render/markdown';
export type * from './types';
