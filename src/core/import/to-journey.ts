/**
 * A Mermaid journey as a journey file: sections become stages, tasks steps
 * (ids from their text), scores emotion, actors `x-actors`. What the diagram
 * cannot say (need, outcome, a title) is written as a placeholder, and every
 * guess carries a comment that starts with `import:`.
 */
import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { escapeControls } from '../reporters/escape';
import { emotionOf } from './emotion';
import { stepIds } from './step-ids';
import type { MermaidJourney, MermaidTask } from './types';
import { yamlText } from './yaml-text';

export interface Origin {
  /** The file as the user named it, for the header comment. */
  file: string;
  /** The title to use when the diagram has none (the file's name). */
  fallbackTitle: string;
}

export const NEED_PLACEHOLDER = 'To be written: the customer need that starts this journey';
export const OUTCOME_PLACEHOLDER = 'To be written: the outcome that ends this journey';

/** The journey file's YAML text, or undefined when the diagram has no task (a journey needs a step). */
export function journeyFromMermaid(diagram: MermaidJourney, origin: Origin): string | undefined {
  const tasks = diagram.sections.flatMap((s) => s.tasks.map((task) => ({ task, stage: s.name })));
  if (tasks.length === 0) return undefined;
  const ids = stepIds(tasks.map((t) => t.task.name));
  const stages = [...new Set(diagram.sections.flatMap((s) => (s.name === undefined ? [] : [s.name])))];
  const title = diagram.title ?? diagram.accTitle;

  const value: Record<string, unknown> = {
    journey: title ?? origin.fallbackTitle,
    need: NEED_PLACEHOLDER,
    outcome: OUTCOME_PLACEHOLDER,
  };
  if (diagram.accTitle !== undefined || diagram.accDescr !== undefined) {
    value['x-mermaid'] = { 'acc-title': diagram.accTitle, 'acc-descr': diagram.accDescr };
  }
  if (stages.length > 0) value.stages = stages;
  value.steps = tasks.map(({ task, stage }, i) => stepValue(task, ids[i], stage));

  const doc = new Document(value);
  const root = doc.contents as YAMLMap;
  doc.commentBefore = header(diagram, origin);
  if (diagram.title === undefined) comment(valueNode(root, 'journey'), title === undefined ? "import: the diagram has no title; this is the file's name" : 'import: the diagram has no title; this is its accTitle');
  keyNode(root, 'need').commentBefore = ' import: a Mermaid journey has no need or outcome; write both (they are required)';
  commentStages(doc, diagram);
  commentSteps(doc, tasks.map((t) => t.task), tasks.map((t) => t.stage));
  return yamlText(doc);
}

function stepValue(task: MermaidTask, id: string, stage: string | undefined): Record<string, unknown> {
  const step: Record<string, unknown> = { id };
  if (stage !== undefined) step.stage = stage;
  step.customer = task.name;
  if (task.score !== undefined) step.emotion = emotionOf(task.score).emotion;
  else if (task.scoreText !== '') step['x-mermaid-score'] = task.scoreText;
  if (task.actors.length > 0) step['x-actors'] = task.actors;
  if (task.ignored !== undefined) step['x-mermaid-ignored'] = task.ignored;
  return step;
}

function header(diagram: MermaidJourney, origin: Origin): string {
  return [
    ` Imported from the Mermaid journey diagram in ${oneLine(origin.file)} (line ${diagram.line}).`,
    ' Sections became stages and tasks became steps, with ids made from their text.',
    " Mermaid's scores 1..5 became emotion -2..2 (the score minus 3: 1 is -2, 3 is 0, 5 is 2);",
    " each task's actors are kept in x-actors.",
    " Comments that start with 'import:' mark what the import guessed: check those, then remove them.",
  ].join('\n');
}

function commentStages(doc: Document, diagram: MermaidJourney): void {
  const stages = doc.get('stages', true);
  if (!isSeq(stages)) return;
  for (const item of stages.items) {
    if (!isScalar(item)) continue;
    const sections = diagram.sections.filter((s) => s.name === item.value);
    const notes: string[] = [];
    if (sections.length > 1) notes.push(`the diagram has this section ${sections.length} times (lines ${sections.map((s) => s.line).join(', ')}); its steps keep the diagram's order`);
    if (sections.every((s) => s.tasks.length === 0)) notes.push('this section has no tasks in the diagram');
    if (notes.length > 0) comment(item, `import: ${notes.join('; ')}`);
  }
}

function commentSteps(doc: Document, tasks: readonly MermaidTask[], stages: readonly (string | undefined)[]): void {
  const steps = doc.get('steps', true);
  if (!isSeq(steps)) return;
  const anyStage = stages.some((s) => s !== undefined);
  steps.items.forEach((node, i) => {
    if (!isMap(node)) return;
    const task = tasks[i];
    const before: string[] = [];
    if (stages[i] === undefined && anyStage) before.push("import: this task is outside any named section, so the step has no stage");
    if (task.bare) before.push("import: the task has no score and no actors (Mermaid wants 'task: score: actors')");
    if (task.cutAtHash !== undefined) before.push(`import: '#' starts a comment in Mermaid, so '${clip(oneLine(task.cutAtHash))}' is not part of the task; write #35; for a '#' in the text`);
    if (task.actorsForScore) before.push(`import: '${oneLine(task.actors.join(', '))}' stands where the score belongs; taken as the actors, without a score`);
    if (before.length > 0) node.commentBefore = before.map((b) => ` ${b}`).join('\n');
    if (task.score !== undefined) {
      const { note } = emotionOf(task.score);
      comment(valueNode(node, 'emotion'), note ? `import: Mermaid score ${task.scoreText}, ${note}` : `Mermaid score ${task.scoreText}`);
    }
    if (task.scoreText !== '' && task.score === undefined) comment(valueNode(node, 'x-mermaid-score'), 'import: not a number, so no emotion');
    if (task.ignored !== undefined) comment(valueNode(node, 'x-mermaid-ignored'), 'import: text after the actors, which Mermaid does not show');
    const actors = valueNode(node, 'x-actors');
    if (isSeq(actors)) actors.flow = true;
  });
}

function keyNode(map: YAMLMap, key: string): Node {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair || !isScalar(pair.key)) throw new Error(`no key ${key}`);
  return pair.key;
}

function valueNode(map: YAMLMap, key: string): Node | undefined {
  const v = map.get(key, true);
  return v && typeof v === 'object' ? (v as Node) : undefined;
}

function comment(node: Node | undefined, text: string): void {
  if (node) node.comment = ` ${text}`;
}

/** At most 60 characters of user text in a comment. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** User text inside a comment: on one line, with controls shown escaped. */
function oneLine(text: string): string {
  return escapeControls(text);
}
