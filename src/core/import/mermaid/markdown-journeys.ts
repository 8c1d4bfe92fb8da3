/** The journey diagrams among a Markdown file's ```mermaid blocks, for the user to pick one. */
import { mermaidBlocks, type MermaidBlock } from './markdown-blocks';
import { diagramStart, linesOf } from './header';
import { parseMermaidJourney } from './journey';
import { ImportFailure } from '../types';

export interface JourneyBlock extends MermaidBlock {
  /** 1-based, among the file's journey blocks only: what `--diagram N` names. */
  number: number;
  /** The diagram's title, when it has one and can be read. */
  title?: string;
}

export interface MarkdownJourneys {
  journeys: JourneyBlock[];
  /** How many ```mermaid blocks the file has in all (journeys and others). */
  blocks: number;
}

export function markdownJourneys(markdown: string): MarkdownJourneys {
  const blocks = mermaidBlocks(markdown);
  const journeys: JourneyBlock[] = [];
  for (const block of blocks) {
    if (typeOf(block) !== 'journey') continue;
    const parsed = parseMermaidJourney(block.text, block.firstLine);
    journeys.push({ ...block, number: journeys.length + 1, title: parsed.ok ? parsed.value.title : undefined });
  }
  return { journeys, blocks: blocks.length };
}

function typeOf(block: MermaidBlock): string | undefined {
  try {
    return diagramStart(linesOf(block.text), block.firstLine).type.toLowerCase();
  } catch (e) {
    if (e instanceof ImportFailure) return undefined;
    throw e;
  }
}
