/**
 * The employee journey: per team or partner, the tasks it does across the
 * journey, with what it receives and what it hands on. Derived from the
 * blueprint, so its cells keep the same keys and the same findings.
 */
import type { ActorInfo, Blueprint, HandoffStatus, TaskCell } from './types';

/** One side of a handoff, seen from a task. */
export interface Passing {
  /** The other actor. */
  label: string;
  gives?: string;
  within?: string;
  status: HandoffStatus;
}

export interface TaskPassings {
  receives?: Passing;
  handsOn?: Passing;
}

export interface EmployeeTask extends TaskPassings {
  task: TaskCell;
  stepId: string;
}

export interface EmployeeLane {
  key: string;
  /** Undefined for tasks that name no team or partner. */
  actor?: ActorInfo;
  tasks: EmployeeTask[];
}

/** What each task receives and hands on, by task key. */
export function passingsOf(bp: Blueprint): Map<string, TaskPassings> {
  const tasks = new Map<string, TaskCell>();
  for (const s of bp.steps) for (const t of s.tasks) tasks.set(t.key, t);
  const out = new Map<string, TaskPassings>();
  const at = (key: string): TaskPassings => out.get(key) ?? out.set(key, {}).get(key)!;
  for (const a of bp.handoffs) {
    const base = { gives: a.gives, within: a.within, status: a.status };
    at(a.from).handsOn = { label: a.toLabel ?? '?', ...base };
    const receiver = a.to ? tasks.get(a.to) : undefined;
    if (receiver) at(receiver.key).receives = { label: tasks.get(a.from)?.actor?.label ?? '?', ...base };
  }
  return out;
}

const ORDER = { front: 0, back: 1, partner: 2 } as const;

/** One lane per actor: front-office teams, then back office, then partners, each in order of appearance. */
export function employeeLanes(bp: Blueprint): EmployeeLane[] {
  const passings = passingsOf(bp);
  const lanes = new Map<string, EmployeeLane & { order: number }>();
  for (const step of bp.steps) {
    for (const task of step.tasks) {
      const key = task.actor ? `${task.actor.kind}:${task.actor.id}` : 'none';
      let lane = lanes.get(key);
      if (!lane) {
        lane = { key, actor: task.actor, tasks: [], order: task.actor ? ORDER[task.lane] : 3 };
        lanes.set(key, lane);
      }
      lane.tasks.push({ task, stepId: step.id, ...passings.get(task.key) });
    }
  }
  // Array.prototype.sort is stable, so appearance order holds within a group.
  return [...lanes.values()].sort((a, b) => a.order - b.order).map(({ key, actor, tasks }) => ({ key, actor, tasks }));
}
