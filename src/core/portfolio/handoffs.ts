/**
 * The team handoff table: for each pair of actors (teams or partners), how
 * often work passes between them in each direction and how many of those
 * handoffs are unclear. Pairs that hand work both ways are where journeys
 * ping-pong: candidates to merge the work or to redesign the process.
 */
import { handoffsOf } from '../model/process';
import { declaredIn, hasFindingAt, stepRef, type JourneyContext } from './context';
import { compareText } from './order';
import type { ActorRef, HandoffPair, StepRef } from './types';

interface Tally {
  /** The two actors in key order; `counts[0]` is first → second. */
  ends: [ActorRef, ActorRef];
  counts: [number, number];
  unclear: number;
  steps: Map<string, StepRef>;
}

export function handoffTable(journeys: readonly JourneyContext[]): HandoffPair[] {
  const tallies = new Map<string, Tally>();
  for (const ctx of journeys) {
    for (const step of ctx.journey.steps) {
      for (const h of handoffsOf(step)) {
        const fromActor = h.from.actor;
        // A handoff with no sender or no receiver is not a pair; handoff-unclear reports it.
        if (!fromActor || !h.to) continue;
        const from = actorRef(ctx, fromActor.id, fromActor.kind);
        const toKind = h.next?.actor?.id === h.to ? h.next.actor.kind : undefined;
        const to = actorRef(ctx, h.to, toKind);
        const [kf, kt] = [actorKey(from), actorKey(to)];
        if (kf === kt) continue;
        const forward = kf < kt;
        const key = forward ? `${kf}\u0001${kt}` : `${kt}\u0001${kf}`;
        let t = tallies.get(key);
        if (!t) {
          t = { ends: forward ? [from, to] : [to, from], counts: [0, 0], unclear: 0, steps: new Map() };
          tallies.set(key, t);
        }
        t.counts[forward ? 0 : 1]++;
        if (hasFindingAt(ctx, ['handoff-unclear'], [...h.from.path])) t.unclear++;
        const ref = stepRef(ctx, step);
        t.steps.set(`${ref.path}\u0000${ref.index}`, ref);
      }
    }
  }
  return [...tallies.values()].map(toPair).sort(
    (x, y) => Number(y.bothWays) - Number(x.bothWays)
      || (y.aToB + y.bToA) - (x.aToB + x.bToA)
      || y.unclear - x.unclear
      || compareText(label(x.a), label(y.a))
      || compareText(label(x.b), label(y.b)),
  );
}

/** Orients the pair so that the main direction of work reads first. */
function toPair(t: Tally): HandoffPair {
  const [p, q] = t.ends;
  const [pq, qp] = t.counts;
  const flip = qp > pq || (qp === pq && compareText(label(q), label(p)) < 0);
  const steps = [...t.steps.values()];
  return {
    a: flip ? q : p, b: flip ? p : q,
    aToB: flip ? qp : pq, bToA: flip ? pq : qp,
    unclear: t.unclear,
    // A team and an outside partner hand work both ways by design (request and reply); two teams doing so may be one job split in two.
    bothWays: pq > 0 && qp > 0 && p.kind !== 'partner' && q.kind !== 'partner',
    journeys: new Set(steps.map((s) => s.path)).size,
    steps,
  };
}

function actorRef(ctx: JourneyContext, id: string, kind: 'team' | 'partner' | undefined): ActorRef {
  // A handoff's `to` does not say what it is: a declared team wins, as in the checks' scope.
  const decl = kind === 'partner' ? ctx.scope.get('partner', id)
    : kind === 'team' ? ctx.scope.get('team', id)
    : ctx.scope.get('team', id) ?? ctx.scope.get('partner', id);
  if (!decl) return { kind: kind ?? 'unknown', id };
  return { kind: decl.kind, id, name: decl.name, declaredIn: declaredIn(ctx, decl) };
}

/** Actors are the same when they are the same declaration; undeclared ones by id. */
function actorKey(a: ActorRef): string {
  return `${a.kind}\u0000${a.declaredIn ?? ''}\u0000${a.id}`;
}

export function label(a: ActorRef): string {
  return a.name ?? a.id;
}
