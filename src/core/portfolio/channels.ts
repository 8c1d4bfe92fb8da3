/**
 * Self-service channels without a human fallback across the portfolio: the
 * steps where a stuck customer cannot reach a person, grouped by channel,
 * because a channel that fails in many journeys is fixed once.
 */
import { declaredIn, hasFindingAt, stepRef, type JourneyContext } from './context';
import { compareText } from './order';
import type { ChannelGapRow } from './types';

const FALLBACK_CHECKS = ['fallback-missing', 'fallback-ineffective'];

export function channelGaps(journeys: readonly JourneyContext[]): ChannelGapRow[] {
  const rows = new Map<string, ChannelGapRow>();
  for (const ctx of journeys) {
    for (const step of ctx.journey.steps) {
      if (!step.channel) continue;
      const channel = ctx.scope.get('channel', step.channel.id);
      if (!channel || channel.human) continue;
      const fallbacks = step.fallback.map((f) => ctx.scope.get('channel', f.id));
      // Unknown fallback channels are unknown-reference's business, as in the fallback checks.
      if (fallbacks.some((c) => c === undefined)) continue;
      if (fallbacks.some((c) => c!.human)) continue;
      const where = declaredIn(ctx, channel);
      const key = `${where ?? ''}\u0000${channel.id}`;
      let row = rows.get(key);
      if (!row) {
        row = { id: channel.id, name: channel.name, kind: channel.channelKind, declaredIn: where, steps: [] };
        rows.set(key, row);
      }
      row.steps.push({
        ...stepRef(ctx, step),
        fallback: step.fallback.map((f) => f.id),
        problem: step.fallback.length === 0 ? 'missing' : 'not-human',
        // No fallback finding on a step with a gap means it was suppressed or turned off on purpose.
        accepted: !hasFindingAt(ctx, FALLBACK_CHECKS, step.path),
      });
    }
  }
  const open = (r: ChannelGapRow) => r.steps.filter((s) => !s.accepted).length;
  return [...rows.values()].sort((x, y) => open(y) - open(x) || y.steps.length - x.steps.length || compareText(x.name ?? x.id, y.name ?? y.id));
}
