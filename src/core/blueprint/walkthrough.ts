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

/**
 * Where "Previous" leads from step `at`: back along the path taken (`trail`,
 * the steps walked before it), else to the step that leads into it, else
 * nowhere (the first step, or one nothing leads to).
 */
export function walkthroughBack(bp: Blueprint, at: number, trail: readonly number[] = []): number | undefined {
  const last = trail[trail.length - 1];
  if (last !== undefined && last >= 0 && last < bp.steps.length) return last;
  const into = bp.flow.edges.filter((e) => e.to === at && !e.back).map((e) => e.from);
  if (into.length > 0) return into.includes(at - 1) ? at - 1 : Math.max(...into);
  return undefined;
}
