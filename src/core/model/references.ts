/**
 * Every place a journey refers to a declared id, with what kind of id may
 * stand there. One list serves unknown-reference, completion, go to
 * definition, find references and rename, so they always agree.
 */
import type { DeclarationKind, Journey, Ref } from './model';

export type RefTarget = DeclarationKind | 'stage' | 'step';

export interface Reference {
  ref: Ref;
  /** The kinds of declaration that may stand here (`to` takes a team or a partner). */
  targets: readonly RefTarget[];
  /** How the reference reads in a message: "channel", "fallback channel", ... */
  role: string;
}

export function referencesOf(j: Journey): Reference[] {
  const out: Reference[] = [];
  const add = (ref: Ref | undefined, targets: readonly RefTarget[], role: string) => {
    if (ref) out.push({ ref, targets, role });
  };
  for (const step of j.steps) {
    add(step.stage, ['stage'], 'stage');
    add(step.channel, ['channel'], 'channel');
    for (const f of step.fallback) add(f, ['channel'], 'fallback channel');
    for (const p of step.partners) add(p, ['partner'], 'partner');
    add(step.promise?.by, ['team'], 'team');
    add(step.promise?.until, ['step'], 'step');
    for (const n of step.next ?? []) add(n, ['step'], 'step');
    for (const task of step.process) {
      if (task.actor) add(task.actor, [task.actor.kind], task.actor.kind);
      for (const s of task.systems) add(s, ['system'], 'system');
      add(task.handoff?.to, ['team', 'partner'], 'team or partner');
    }
  }
  // evidence.md: an `actors` entry maps log actors to a team or partner of the design.
  for (const id of j.evidence?.actorIds ?? []) add(id, ['team', 'partner'], 'team or partner');
  return out;
}

/** The key a reference stands under, mapped to what it may refer to (for completion on half-typed lines). */
export const TARGETS_BY_KEY: Readonly<Record<string, readonly RefTarget[]>> = {
  channel: ['channel'],
  fallback: ['channel'],
  team: ['team'],
  partner: ['partner'],
  partners: ['partner'],
  system: ['system'],
  stage: ['stage'],
  next: ['step'],
  to: ['team', 'partner'],
  by: ['team'],
};
