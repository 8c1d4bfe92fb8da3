/**
 * The walkthrough: one step at a time, as a role-play review goes through a
 * journey — what the customer does, what happens behind it (with each
 * handoff), the script and the promise.
 */
import { passingsOf, type TaskPassings } from './employees';
import type { Blueprint, CellFinding, StepCell, TaskCell } from './types';

export interface WalkthroughStep {
  step: StepCell;
  process: (TaskPassings & { task: TaskCell })[];
  /** The step's findings and those of its tasks and partners, echoes left out. */
  findings: CellFinding[];
}

export function walkthroughOf(bp: Blueprint): WalkthroughStep[] {
  const passings = passingsOf(bp);
  return bp.steps.map((step) => ({
    step,
    process: step.tasks.map((task) => ({ task, ...passings.get(task.key) })),
    findings: [step, ...step.tasks, ...step.partners].flatMap((c) => c.findings).filter((f) => !f.echo),
  }));
}
