/**
 * Looking cells up in a blueprint: by editor position (cursor → highlight) and
 * by key (click → the range to select in the editor).
 */
import type { Position, Range } from '../engine/types';
import type { Blueprint, Cell, StepCell } from './types';

/** Every cell of a step: the step itself, its tasks, partners and systems. */
function cellsOf(step: StepCell): Cell[] {
  return [step, ...step.tasks, ...step.partners, ...step.systems];
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function inside(range: Range, p: Position): boolean {
  return before(range.start, p) && before(p, range.end);
}

/**
 * The innermost cell whose YAML contains the position, if any. A partner or
 * system named inside a task counts as that task: the task is what the
 * cursor is working on.
 */
export function cellAt(bp: Blueprint, position: Position): Cell | undefined {
  let best: Cell | undefined;
  for (const step of bp.steps) {
    if (!inside(step.range, position)) continue;
    const own = step.partners.filter((p) => !step.tasks.some((t) => inside(t.range, p.range.start)));
    for (const cell of [step, ...step.tasks, ...own]) {
      // Cells nest (a partner entry inside its step), so the latest start is the innermost.
      if (inside(cell.range, position) && (!best || before(best.range.start, cell.range.start))) best = cell;
    }
  }
  return best;
}

/** The step a cell or finding key belongs to (for the walkthrough). */
export function stepOfKey(bp: Blueprint, key: string): number | undefined {
  for (const step of bp.steps) {
    for (const cell of cellsOf(step)) {
      if (cell.key === key || cell.findings.some((f) => f.key === key)) return step.index;
    }
  }
  return undefined;
}

/** What to select in the editor for a cell or finding key. */
export function rangeOfKey(bp: Blueprint, key: string): Range | undefined {
  const loose = bp.journeyFindings.find((f) => f.key === key);
  if (loose) return loose.range;
  for (const step of bp.steps) {
    for (const cell of cellsOf(step)) {
      if (cell.key === key) return cell.anchor;
      const f = cell.findings.find((x) => x.key === key);
      if (f) return f.range;
    }
  }
  return undefined;
}
