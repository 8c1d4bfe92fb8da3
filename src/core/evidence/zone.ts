/**
 * Local time in an IANA zone, with the platform's time-zone data (Intl), so
 * no zone database ships with the engine. evidence.md reads a local time in a
 * daylight-saving gap with the offset in force before the gap, and one that
 * occurs twice as the earlier (RFC 5545's "compatible" disambiguation).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether the platform knows the zone (`Europe/Amsterdam`, `UTC`). */
export function isKnownZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at the instant `utcMs`, in milliseconds (east positive). */
export function offsetAt(utcMs: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const parts = formatter(zone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  // Whole seconds only: the formatter drops milliseconds.
  return asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/**
 * The UTC instant of a local wall-clock time (`wallMs`: the local fields read
 * as if they were UTC) in `zone`, disambiguated as "compatible".
 */
export function localToUtc(wallMs: number, zone: string): number {
  if (zone === 'UTC') return wallMs;
  // Offsets a day either side cover every transition near this time.
  const before = offsetAt(wallMs - 86_400_000, zone);
  const after = offsetAt(wallMs + 86_400_000, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallMs - offset)
    .filter((utc) => utc + offsetAt(utc, zone) === wallMs)
    .sort((a, b) => a - b);
  // Repeated local time: the earlier instant. In a gap: no candidate; use the offset before the gap.
  return candidates.length > 0 ? candidates[0] : wallMs - before;
}

/** The local calendar fields of an instant: `wallMs` to read with getUTC…(). */
export function toWall(utcMs: number, zone: string): number {
  return utcMs + offsetAt(utcMs, zone);
}
