/** Importing journeys from elsewhere: Mermaid `journey` diagrams, alone or in Markdown. */
export { importFile, importSpreadsheet, type Imported, type ImportRequest, type SheetRequest, type XlsxReader } from './import-file';
export { journeyFromSheet, PLACEHOLDER_TEAM, type SheetJourney } from './sheet-journey';
export { csvGrid, parseCsv } from './csv-grid';
export { MAX_SHEET_STEPS, type Layout, type SheetGrid } from './sheet-grid';
export { importKindOf, notSupportedYet, pickDiagram, type FileKind, type Picked } from './import-source';
export { markdownJourneys, type JourneyBlock, type MarkdownJourneys } from './mermaid/markdown-journeys';
export { mermaidBlocks, type MermaidBlock } from './mermaid/markdown-blocks';
export { parseMermaidJourney } from './mermaid/journey';
export { journeyFromMermaid, NEED_PLACEHOLDER, OUTCOME_PLACEHOLDER, type Origin } from './to-journey';
export { stepIds, slug, MAX_ID_LENGTH } from './step-ids';
export { emotionOf } from './emotion';
export type { ImportProblem, MermaidJourney, MermaidSection, MermaidTask, Outcome } from './types';
