/**
 * The examples of a check's documentation page (docs/rules, docs/rules/nl):
 * its failing and corrected YAML, the event logs they name, the findings it
 * shows, and the findings the engine gives for them, printed as
 * `journey-lens check --format text` prints them. Shared by the unit test
 * that holds every page to its examples and by scripts/rule-docs-findings.mjs,
 * which writes the Dutch pages' findings.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CatalogCache, checkText, evaluateEvidence, type EvidenceSource, LogCache } from '../../src/core';

export type Files = Record<string, string>;

export interface Examples {
  fail: Files;
  pass: Files;
  /** The event logs each group's journeys read: `<!-- example: log [fail|pass] logs/x.csv -->` blocks. */
  logs: { fail: Files; pass: Files };
}

/**
 * The page's `<!-- example: fail|pass name -->` YAML blocks, by file name, and
 * its `<!-- example: log [fail|pass] path -->` log blocks (```csv or ```xml):
 * a log without fail or pass belongs to both examples.
 */
export function examplesOf(page: string): Examples {
  const groups: Examples = { fail: {}, pass: {}, logs: { fail: {}, pass: {} } };
  for (const m of page.matchAll(/<!-- example: (fail|pass) (\S+) -->\n```yaml\n([\s\S]*?)```/g)) groups[m[1] as 'fail' | 'pass'][m[2]] = m[3];
  for (const m of page.matchAll(/<!-- example: log(?: (fail|pass))? (\S+) -->\n```(?:csv|xml)\n([\s\S]*?)```/g)) {
    for (const group of m[1] ? [m[1] as 'fail' | 'pass'] : (['fail', 'pass'] as const)) groups.logs[group][m[2]] = m[3];
  }
  return groups;
}

const SHOWN = /(<!-- findings -->\n```text\n)([\s\S]*?)```/;

/** The finding lines the page shows under `<!-- findings -->`, or undefined when it shows none. */
export function shownFindings(page: string): string[] | undefined {
  const m = SHOWN.exec(page);
  return m ? m[2].split('\n').filter((l) => l !== '') : undefined;
}

/** The page with `lines` as the findings it shows. */
export function withShownFindings(page: string, lines: readonly string[]): string {
  return page.replace(SHOWN, (_, head: string) => `${head}${lines.join('\n')}\n\`\`\``);
}

/**
 * Checks in-memory files (a page's examples, under /docs, on the pages' date)
 * as `check --format text` prints them. The logs are written to a temporary
 * folder that stands in for /docs when the journeys' evidence is read, with
 * the command line's confinement to it.
 */
export async function checkExamples(files: Files, language = 'en', logs: Files = {}): Promise<string[]> {
  const root = path.resolve('/docs');
  const host = { readFile: async (p: string) => files[path.relative(root, p)] };
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-rule-page-'));
  try {
    for (const [name, text] of Object.entries(logs)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), text);
    }
    const cache = new LogCache();
    const evidence: EvidenceSource = (journey, absPath) => evaluateEvidence(journey, path.join(folder, path.relative(root, absPath)), { root: folder, cache });
    const lines: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      const findings = await checkText(path.join(root, name), text, host, { today: '2026-11-23', catalogs: new CatalogCache(), language, evidence });
      for (const f of findings) lines.push(`${name}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.rule}]`);
    }
    return lines;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
