/**
 * The journey's channels with a person behind them, as the fallback checks
 * suggest them: where a stuck customer reaches someone quickly first.
 */
import type { Language } from '../../i18n/language';
import type { Scope } from '../../model/scope';

/** Channels where a stuck customer reaches a person quickly come first (not a home visit). */
const PREFERRED_KINDS = ['phone', 'chat', 'video'];

/** At most this many are named in a message. */
const NAMED = 3;

export function humanChannels(scope: Scope): string[] {
  const rank = (id: string) => {
    const i = PREFERRED_KINDS.indexOf(scope.get('channel', id)?.channelKind ?? '');
    return i < 0 ? PREFERRED_KINDS.length : i;
  };
  return scope.ids('channel').filter((id) => scope.get('channel', id)?.human).sort((a, b) => rank(a) - rank(b));
}

/** " (e.g. telefoon, chat)" from the journey's own human channels, else the general advice. */
export function humanExamples(all: readonly string[], language: Language): string {
  const humans = all.slice(0, NAMED);
  if (language === 'nl') return humans.length ? ` (bijv. ${humans.join(', ')})` : ', zoals telefoon of chat';
  return humans.length ? ` (e.g. ${humans.join(', ')})` : ' such as phone or chat';
}
