/** `--format json`: one JSON array of findings, positions 0-based as in VS Code. */
import { jsonArray } from './json-lines';
import type { FileResult, ShowPath } from './types';

export function formatJson(results: readonly FileResult[], showPath: ShowPath = (p) => p): Generator<string> {
  const findings = function* () {
    for (const r of results) for (const f of r.findings) yield { r, f };
  };
  return jsonArray(findings(), ({ r, f }) => ({
    file: r.path, rule: f.rule, severity: f.severity, message: f.message, range: f.range,
    related: f.related.map((x) => ({ file: showPath(x.file), line: x.range.start.line + 1, column: x.range.start.character + 1, message: x.message, range: x.range })),
  }));
}
