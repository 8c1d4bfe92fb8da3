/** The employee journey: one row per team or partner, its tasks under the steps. */
import { employeeLanes } from '../employees';
import type { Blueprint } from '../types';
import type { VElement } from '../vnode';
import { gridFrame, headerRows, laneCell, laneHeader, laneRow } from './grid';
import type { Labels } from './labels';
import { taskCard } from './parts';
import { DEFAULT_SCALE, type GridScale } from './scale';

export function employeeGrid(L: Labels, bp: Blueprint, scale: GridScale = DEFAULT_SCALE): VElement {
  const rows = headerRows(L, bp);
  employeeLanes(bp).forEach((lane, i) => {
    const row = i + 1;
    const note = lane.actor ? (lane.actor.kind === 'partner' ? L.partner : L.lanes[lane.actor.line ?? 'back']) : undefined;
    const header = laneHeader(lane.actor?.label ?? L.noTeam, lane.actor?.kind === 'partner' ? 'briefcase' : 'organization', note);
    const cells = bp.steps.map((step) => {
      const tasks = lane.tasks.filter((t) => t.task.step === step.index);
      return laneCell({ row, col: step.index }, tasks.map((t, sub) => taskCard(L, t.task, { nav: { row, col: step.index, sub }, receives: t.receives, handsOn: t.handsOn, showActor: false })));
    });
    rows.push(laneRow('actor', header, cells));
  });
  return gridFrame(L.employeeOf(bp.title || L.untitled), bp.steps.length, rows, scale);
}
