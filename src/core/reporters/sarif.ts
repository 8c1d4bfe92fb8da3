/**
 * `--format sarif`: SARIF 2.1.0 for code scanning. tool.driver.rules carries
 * every check (id, description, help URI, default level); results carry
 * physical and related locations relative to %SRCROOT% (the working folder).
 */
import { pathToFileURL } from 'url';
import * as path from 'path';
import type { Language } from '../i18n/language';
import { docsUrl } from '../rules/rule';
import { ALL_RULES } from '../rules';
import type { Finding, Range, Severity } from '../engine/types';
import { escapeJsonControls } from './escape';
import { jsonArray } from './json-lines';
import type { FileResult } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function region(r: Range) {
  // SARIF lines and columns are 1-based; columns count UTF-16 code units, as VS Code does.
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/**
 * A file inside the root as a relative URI reference, each segment
 * percent-encoded (`#`, `?`, `%` and spaces too: encodeURI leaves `#` and `?`,
 * which would cut the path short); a file outside as an absolute file: URI.
 * Only a first segment that is exactly `..` leaves the root: `..foo/a.yaml` is inside.
 */
export function uriFor(absPath: string, root: string): string {
  const segments = path.relative(root, absPath).split(path.sep);
  if (segments[0] === '..' || path.isAbsolute(segments.join(path.sep))) return pathToFileURL(absPath).href;
  return segments.map(encodeURIComponent).join('/');
}

/** The results are written one by one into the document's last array: 850,000 of them are too many for one string. */
const RESULTS_MARK = '"results": "\\u0000results\\u0000"';

export function* formatSarif(results: readonly FileResult[], root: string, version: string, language: Language = 'en'): Generator<string> {
  const ruleIndex = new Map(ALL_RULES.map((r, i) => [r.id, i]));
  const location = (file: string, range: Range) => ({
    physicalLocation: { artifactLocation: { uri: uriFor(file, root), uriBaseId: '%SRCROOT%' }, region: region(range) },
  });
  const result = (r: FileResult, f: Finding) => ({
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(r.absPath, f.range)],
    ...(f.related.length > 0
      ? { relatedLocations: f.related.map((x, i) => ({ id: i + 1, ...location(x.file, x.range), message: { text: x.message } })) }
      : {}),
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Journey Lens',
          version,
          informationUri: 'https://github.com/journey-lens/journey-lens',
          rules: ALL_RULES.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description[language] },
            helpUri: docsUrl(r.id, language),
            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root.endsWith(path.sep) ? root : root + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      results: '\u0000results\u0000',
    }],
  };
  const text = escapeJsonControls(JSON.stringify(sarif, null, 2));
  const at = text.lastIndexOf(RESULTS_MARK);
  const all = function* () {
    for (const r of results) for (const f of r.findings) yield result(r, f);
  };
  const items = jsonArray(all(), (x) => x, 3);
  const open = items.next();
  yield text.slice(0, at) + '"results": ' + (open.done ? '[]' : open.value);
  for (const line of items) yield line;
  yield text.slice(at + RESULTS_MARK.length).replace(/^\n/, '');
}
