/**
 * "Export as Mermaid": the journey as a Mermaid `journey` diagram in a
 * Markdown file — stages as sections, steps as tasks scored by emotion,
 * with the customer and the teams behind each step as actors.
 */
import type { Blueprint, StepCell } from './types';
import { labelsFor } from './views/labels';

/** `language`: VS Code's display language, for the words the diagram adds (see labels.ts). */
export function exportMermaid(bp: Blueprint, language?: string): string {
  const L = labelsFor(language);
  const customer = L.lanes.customer;
  const title = bp.title || L.untitled;
  const diagram = ['journey', `  title ${mermaidText(title)}`];
  for (const group of bp.stages) {
    diagram.push(`  section ${mermaidText(group.name ?? L.noStage)}`);
    for (const step of bp.steps.slice(group.start, group.start + group.span)) {
      diagram.push(`    ${mermaidText(step.customer ?? step.id)}: ${score(step)}: ${actorsOf(step, customer).map(mermaidActor).join(', ')}`);
    }
  }
  const body = diagram.join('\n');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  const intro: [string, string | undefined][] = [[L.persona, bp.persona], [L.need, bp.need], [L.outcome, bp.outcome], [L.owner, bp.owner]];
  return [
    `# ${markdownText(title)}`,
    '',
    ...intro.filter(([, v]) => v).map(([k, v]) => `- **${k}:** ${markdownText(v!)}`),
    '',
    `${fence}mermaid`,
    body,
    fence,
    '',
  ].join('\n');
}

/** Mermaid's journey scores run 1..5; emotion runs −2..2 (3 when not given). */
function score(step: StepCell): number {
  return step.emotion === undefined ? 3 : Math.max(1, Math.min(5, Math.round(step.emotion) + 3));
}

function actorsOf(step: StepCell, customer: string): string[] {
  const actors = [customer];
  for (const t of step.tasks) if (t.actor && !actors.includes(t.actor.label)) actors.push(t.actor.label);
  return actors;
}

const KEYWORD = /^(journey|title|section|accTitle|accDescr)\b/i;

/**
 * Text for a title, section or task line. Mermaid's journey lexer ends these
 * at `#`, `;`, `:` and newlines, starts comments at `%%`, and reads a line
 * that begins with a keyword as that keyword; lookalike characters keep the
 * text readable without changing the diagram's structure. Angle brackets
 * become lookalikes too, so no renderer setting can turn text into HTML.
 */
export function mermaidText(text: string): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/#/g, '＃')
    .replace(/;/g, '；')
    .replace(/:/g, '：')
    .replace(/%%/g, '%％')
    .replace(/</g, '＜')
    .replace(/>/g, '＞')
    .trim();
  if (flat === '') return '—';
  return KEYWORD.test(flat) ? `\u200b${flat}` : flat;
}

/** Actors are separated by commas. */
function mermaidActor(name: string): string {
  return mermaidText(name).replace(/,/g, '，');
}

/** Markdown text outside the diagram: no HTML, no emphasis or links by accident. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1')
    .trim();
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
