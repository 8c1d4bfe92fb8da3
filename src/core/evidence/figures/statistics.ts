/**
 * evidence.md's statistics: hours rounded half-up to 3 decimals, and the
 * nearest-rank percentile (rank ⌈p · n / 100⌉, 1-based), the median being the
 * 50th. Rounding works on whole milliseconds in integers, so 1.0005 hours
 * rounds up as written rather than as binary floating point would have it.
 */

/** Milliseconds as hours, rounded half-up to 3 decimals. */
export function hours(ms: number): number {
  const whole = Math.round(ms); // durations are whole milliseconds already; guard against drift
  const thousandths = Math.floor(whole / 3600);
  const rest = whole - thousandths * 3600;
  return (rest * 2 >= 3600 ? thousandths + 1 : thousandths) / 1000;
}

/** The value at nearest rank ⌈p · n / 100⌉ of the sorted values, or null when there are none. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  // Integer arithmetic for whole percentiles; ceil of the exact product otherwise.
  const rank = Number.isInteger(p) ? Math.floor((p * n + 99) / 100) : Math.ceil((p * n) / 100);
  return sorted[Math.min(n, Math.max(1, rank)) - 1];
}

/** Median and percentile in hours of unsorted durations in milliseconds. */
export function summary(durations: readonly number[], p: number): { medianHours: number | null; percentileHours: number | null } {
  const sorted = Float64Array.from(durations).sort();
  const median = nearestRank(sorted, 50);
  const pct = nearestRank(sorted, p);
  return { medianHours: median === null ? null : hours(median), percentileHours: pct === null ? null : hours(pct) };
}
