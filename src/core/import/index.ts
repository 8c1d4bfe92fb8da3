/** Importing journeys from elsewhere: Mermaid `journey` diagrams, alone or in Markdown. */
export { importFile, type Imported, type ImportRequest } from './import-file';
export { importKindOf, notSupportedYet, pickDiagram, type FileKind, type Picked } from './import-source';
export { markdownJourneys, type JourneyBlock, type MarkdownJourneys } from './markdown-journeys';
export { mermaidBlocks, type MermaidBlock } from './markdown-blocks';
export { parseMermaidJourney } from './mermaid-journey';
export { journeyFromMermaid, NEED_PLACEHOLDER, OUTCOME_PLACEHOLDER, type Origin } from './to-journey';
export { stepIds, slug, MAX_ID_LENGTH } from './step-ids';
export { emotionOf } from './emotion';
export type { ImportProblem, MermaidJourney, MermaidSection, MermaidTask, Outcome } from './types';
