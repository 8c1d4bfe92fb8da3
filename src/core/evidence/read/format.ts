/**
 * Which reader a log needs, by its extension alone (evidence.md: `.csv`,
 * `.csv.gz`, `.xes`, `.xes.gz`). The content is not sniffed: a log named
 * .csv that holds XML is a CSV with strange columns, and says so.
 */
export interface LogFormat {
  syntax: 'csv' | 'xes';
  gzip: boolean;
}

export function logFormatOf(file: string): LogFormat | undefined {
  const name = file.toLowerCase();
  const gzip = name.endsWith('.gz');
  const base = gzip ? name.slice(0, -3) : name;
  if (base.endsWith('.csv')) return { syntax: 'csv', gzip };
  if (base.endsWith('.xes')) return { syntax: 'xes', gzip };
  return undefined;
}
