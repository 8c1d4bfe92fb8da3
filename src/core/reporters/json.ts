/** `--format json`: one JSON array of findings, positions 0-based as in VS Code. */
import type { FileResult } from './types';

export function formatJson(results: readonly FileResult[]): string {
  const flat = results.flatMap((r) =>
    r.findings.map((f) => ({ file: r.path, rule: f.rule, severity: f.severity, message: f.message, range: f.range })),
  );
  return JSON.stringify(flat, null, 2);
}
