/**
 * The handoffs in a step's process. Work passes from one actor to another
 * wherever two consecutive tasks have different actors, whether or not a
 * `handoff` is written down; a written handoff on the last task passes work
 * on to someone outside the process (often a partner).
 */
import type { Actor, Step, Task } from './model';

export interface HandoffPoint {
  /** The task that hands work on. */
  from: Task;
  /** The next task, when the process goes on. */
  next?: Task;
  /** Who receives the work: the written `to`, else the next task's actor. */
  to?: string;
}

function sameActor(a: Actor | undefined, b: Actor | undefined): boolean {
  return !!a && !!b && a.id === b.id && a.kind === b.kind;
}

export function handoffsOf(step: Step): HandoffPoint[] {
  const out: HandoffPoint[] = [];
  const tasks = step.process;
  tasks.forEach((task, i) => {
    const next = tasks[i + 1];
    const changes = next !== undefined && !!task.actor && !!next.actor && !sameActor(task.actor, next.actor);
    if (changes || task.handoff) out.push({ from: task, next, to: task.handoff?.to?.id ?? next?.actor?.id });
  });
  return out;
}
