/**
 * The examples of a check's documentation page (docs/rules, docs/rules/nl):
 * its failing and corrected YAML, the findings it shows, and the findings the
 * engine gives for them, printed as `journey-lens check --format text` prints
 * them. Shared by the unit test that holds every page to its examples and by
 * scripts/rule-docs-findings.mjs, which writes the Dutch pages' findings.
 */
import * as path from 'path';
import { CatalogCache } from '../../src/core/catalogs';
import { checkText } from '../../src/core/check';

export type Files = Record<string, string>;

/** The page's `<!-- example: fail|pass name -->` YAML blocks, by file name. */
export function examplesOf(page: string): { fail: Files; pass: Files } {
  const groups = { fail: {} as Files, pass: {} as Files };
  for (const m of page.matchAll(/<!-- example: (fail|pass) (\S+) -->\n```yaml\n([\s\S]*?)```/g)) groups[m[1] as 'fail' | 'pass'][m[2]] = m[3];
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

/** Checks in-memory files (a page's examples, under /docs, on the pages' date) as `check --format text` prints them. */
export async function checkExamples(files: Files, language = 'en'): Promise<string[]> {
  const root = path.resolve('/docs');
  const host = { readFile: async (p: string) => files[path.relative(root, p)] };
  const lines: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const findings = await checkText(path.join(root, name), text, host, { today: '2026-11-23', catalogs: new CatalogCache(), language });
    for (const f of findings) lines.push(`${name}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.rule}]`);
  }
  return lines;
}
