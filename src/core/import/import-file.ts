/**
 * The import's front door for a file's text: the Markdown block or the
 * diagram to read, read, and turned into journey YAML, or what stops it.
 * The command line and the editor show the same outcome their own way.
 */
import * as path from 'path';
import { looksLikeUtf16 } from '../encoding';
import { pickDiagram } from './import-source';
import type { JourneyBlock } from './markdown-journeys';
import { parseMermaidJourney } from './mermaid-journey';
import { journeyFromMermaid } from './to-journey';
import type { ImportProblem } from './types';

export type Imported =
  | { ok: true; yaml: string; steps: number }
  /** `usage`: the problem is in what was asked (a diagram number that does not exist), not in the file. */
  | { ok: false; problem: ImportProblem; usage?: boolean }
  /** A Markdown file with several journey diagrams and no number: pick one of these. */
  | { ok: false; choose: JourneyBlock[] };

export interface ImportRequest {
  /** The file's path: its extension says what it holds, its name is the title of last resort. */
  file: string;
  text: string;
  /** The 1-based number of the journey diagram in a Markdown file. */
  diagram?: number;
  /** The file as the user named it, for the journey's header comment (default: its base name). */
  shownAs?: string;
}

export function importFile(request: ImportRequest): Imported {
  const { file, text } = request;
  if (looksLikeUtf16(text)) return { ok: false, problem: { message: 'The file is saved as UTF-16; save it as UTF-8 and import it again.' } };
  const picked = pickDiagram(file, text, request.diagram);
  if (!picked.ok) return picked;
  const parsed = parseMermaidJourney(picked.text, picked.firstLine);
  if (!parsed.ok) return parsed;
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  const yaml = journeyFromMermaid(parsed.value, { file: request.shownAs ?? path.basename(file), fallbackTitle: base || 'Imported journey' });
  if (yaml === undefined) return { ok: false, problem: { message: `The journey diagram on line ${parsed.value.line} has no task, and a journey needs at least one step.` } };
  return { ok: true, yaml, steps: parsed.value.sections.reduce((n, s) => n + s.tasks.length, 0) };
}
