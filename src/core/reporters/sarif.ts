/**
 * `--format sarif`: SARIF 2.1.0 for code scanning. tool.driver.rules carries
 * every check (id, description, help URI, default level); results carry
 * physical and related locations relative to %SRCROOT% (the working folder).
 */
import { pathToFileURL } from 'url';
import * as path from 'path';
import type { Language } from '../language';
import { docsUrl } from '../rule';
import { ALL_RULES } from '../rules';
import type { Finding, Range, Severity } from '../types';
import type { FileResult } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function region(r: Range) {
  // SARIF lines and columns are 1-based; columns count UTF-16 code units, as VS Code does.
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function uriFor(absPath: string, root: string): string {
  const rel = path.relative(root, absPath).split(path.sep).join('/');
  return rel.startsWith('..') ? pathToFileURL(absPath).href : encodeURI(rel);
}

export function formatSarif(results: readonly FileResult[], root: string, version: string, language: Language = 'en'): string {
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
      results: results.flatMap((r) => r.findings.map((f) => result(r, f))),
    }],
  };
  return JSON.stringify(sarif, null, 2);
}
