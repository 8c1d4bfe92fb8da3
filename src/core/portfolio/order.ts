/** Text order for the report's tables: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0);
}
