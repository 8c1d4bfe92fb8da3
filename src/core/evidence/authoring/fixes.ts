/**
 * The quick fixes of the evidence checks: `evidence-unmapped` maps the
 * activity onto a step or task (targets.ts chooses which), adding a pattern
 * that matches it to their `observed`; `evidence-unknown-activity` replaces
 * the pattern with the log's nearest activity.
 */
import { isMap, isSeq } from 'yaml';
import type { EditableDoc } from '../../fixes/edits';
import { replaceScalar } from '../../fixes/edits';
import { FIX_TEXT, type Fix } from '../../fixes/fix';
import type { Texts } from '../../i18n/language';
import type { FixContext } from '../../rules/rule';
import { locate, type Path } from '../../yaml/locate';
import { addObserved } from './observed-edits';
import { mappingTargets, type MappingTarget } from './targets';
import { displayName, literalPattern, yamlScalar } from './yaml-text';

const TEXT: Texts<{ toStep: (activity: string, step: string) => string; toTask: (activity: string, task: string, step: string) => string; task: (n: number) => string }> = {
  en: {
    toStep: (a, s) => `Map '${a}' to step '${s}'`,
    toTask: (a, t, s) => `Map '${a}' to the task '${t}' of step '${s}'`,
    task: (n) => `task ${n}`,
  },
  nl: {
    toStep: (a, s) => `'${a}' koppelen aan stap '${s}'`,
    toTask: (a, t, s) => `'${a}' koppelen aan de taak '${t}' van stap '${s}'`,
    task: (n) => `taak ${n}`,
  },
};

/** A name in a title: one line, at most 40 characters. */
function short(s: string): string {
  const one = displayName(s);
  const chars = [...one];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : one;
}

function title(t: (typeof TEXT)['en'], activity: string, target: MappingTarget): string {
  if (!target.task) return t.toStep(short(activity), short(target.stepId));
  return t.toTask(short(activity), short(target.task.name ?? t.task(target.task.index + 1)), short(target.stepId));
}

/** The activity an `evidence-unmapped` finding is about. */
export interface UnmappedData {
  activity: string;
}

/** The log's activity nearest to the pattern that matched nothing. */
export interface UnknownActivityData {
  suggestion: string;
}

export function unmappedFixes(data: UnmappedData | undefined, { analysis: a, doc: d, language }: FixContext): Fix[] {
  const activity = data?.activity;
  if (activity === undefined || !a.journey) return [];
  const t = TEXT[language];
  const targets = mappingTargets(a.journey, activity);
  const preferred = targets.length > 0 && targets[0].score > 0 && (targets.length === 1 || targets[1].score < targets[0].score);
  return targets.flatMap((target, i) => {
    const edit = addObserved(d, target.path, literalPattern(activity));
    return edit ? [{ title: title(t, activity, target), edits: [edit], snippet: false, preferred: preferred && i === 0 }] : [];
  });
}

/** Whether the node at `path` sits in a flow collection. */
function inFlow(d: EditableDoc, path: Path): boolean {
  const parent = locate(d.doc, path.slice(0, -1));
  return (isMap(parent.node) || isSeq(parent.node)) && !!parent.node.flow;
}

export function unknownActivityFixes(data: UnknownActivityData | undefined, { doc: d, path, language }: FixContext): Fix[] {
  const suggestion = data?.suggestion;
  if (suggestion === undefined) return [];
  const edit = replaceScalar(d, path, yamlScalar(literalPattern(suggestion), inFlow(d, path) ? 'flow' : 'block'));
  return edit ? [{ title: FIX_TEXT[language].changeTo(short(suggestion)), edits: [edit], snippet: false, preferred: true }] : [];
}
