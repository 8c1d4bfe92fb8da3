/** Codicons for channels, actors, markers and severities (the font ships in media/). */
import type { Severity } from '../../engine/types';
import { h, type VElement } from '../vnode';

const CHANNEL_ICONS: Record<string, string> = {
  web: 'globe', app: 'device-mobile', email: 'mail', sms: 'comment', letter: 'note', social: 'broadcast',
  kiosk: 'device-desktop', phone: 'call-outgoing', chat: 'comment-discussion', video: 'device-camera-video',
  store: 'home', visit: 'location', other: 'question',
};

const SEVERITY_ICONS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'lightbulb' };

/** Icons are decoration: the text next to them carries the meaning. */
export function icon(name: string): VElement {
  return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

export function channelIcon(kind: string | undefined): VElement {
  return icon(CHANNEL_ICONS[kind ?? 'other'] ?? 'question');
}

export function severityIcon(severity: Severity): VElement {
  return icon(SEVERITY_ICONS[severity]);
}
