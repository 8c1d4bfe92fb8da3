/**
 * In `fallback:` the channels with a person behind them come first (phone,
 * chat, video before a store or a visit), then the self-service ones: a
 * fallback is where a stuck customer reaches someone.
 */
import type { CompletionCandidate } from './reference-completion';
import { humanChannels } from '../rules/fallback/human-channels';
import type { Scope } from '../model/scope';

/** The candidates in the order a fallback wants them; other candidates keep their order after them. */
export function humanFirst(candidates: readonly CompletionCandidate[], scope: Scope | undefined): CompletionCandidate[] {
  if (!scope) return [...candidates];
  const humans = humanChannels(scope);
  const rank = (c: CompletionCandidate) => {
    const i = c.target === 'channel' ? humans.indexOf(c.id) : -1;
    return i < 0 ? humans.length : i;
  };
  return candidates.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
}
