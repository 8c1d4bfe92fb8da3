/**
 * Handoff arrows between task cells. Where work passes comes from the engine
 * (handoffsOf); how clear it is comes from the findings already placed on the
 * tasks, so the preview and the Problems panel always agree.
 */
import type { Step } from '../model/model';
import { handoffsOf } from '../model/process';
import type { CellFinding, HandoffArrow, HandoffStatus, StepCell, TaskCell } from './types';

export function arrowsOf(steps: readonly Step[], cells: readonly StepCell[]): HandoffArrow[] {
  const arrows: HandoffArrow[] = [];
  for (const step of steps) {
    const cell = cells[step.index];
    for (const h of handoffsOf(step)) {
      const from = cell.tasks[h.from.index];
      const next = h.next ? cell.tasks[h.next.index] : undefined;
      const partner = next ? undefined : cell.partners.find((p) => p.id === h.to);
      arrows.push({
        key: `handoff-${step.index}-${h.from.index}`,
        step: step.index,
        from: from.key,
        to: next?.key ?? partner?.key,
        toLabel: next?.actor?.label ?? partner?.label ?? from.handoff?.to ?? h.to,
        status: statusOf(from, next, !!h.from.handoff),
        gives: from.handoff?.gives,
        within: from.handoff?.within,
      });
    }
  }
  return arrows;
}

function statusOf(from: TaskCell, next: TaskCell | undefined, written: boolean): HandoffStatus {
  if (next && has(next.findings, 'handoff-pingpong')) return 'pingpong';
  if (!written || has(from.findings, 'handoff-unclear')) return 'unclear';
  return 'clear';
}

function has(findings: readonly CellFinding[], rule: string): boolean {
  return findings.some((f) => f.rule === rule && !f.echo);
}
