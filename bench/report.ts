/** bench/results.md: the table of one run with its date, machine and the targets' verdicts. */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { machine } from './machine';
import { ROOT } from './paths';
import { markdownTable, type Row } from './table';

export const RESULTS = path.join(ROOT, 'bench', 'results.md');
const README = path.join(ROOT, 'bench', 'README.md');
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

/** Puts the run's table between bench/README.md's markers, so the README records the latest run. */
function recordInReadme(run: string): void {
  const readme = readFileSync(README, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return;
  writeFileSync(README, `${readme.slice(0, from + START.length)}\n${run}\n${readme.slice(to)}`);
}

/** Journey Lens's findings per check on each generated journey: every defect kind fires. */
function defectTable(byRule: ReadonlyMap<number, Record<string, number>>): string[] {
  if (byRule.size === 0) return [];
  const sizes = [...byRule.keys()];
  const rules = [...new Set([...byRule.values()].flatMap((r) => Object.keys(r)))].sort();
  return [
    '## Findings per check on the generated journeys',
    '',
    `| Check | ${sizes.map((n) => `${n.toLocaleString('en-US')} steps`).join(' | ')} |`,
    `|---|${sizes.map(() => '--:').join('|')}|`,
    ...rules.map((rule) => `| ${rule} | ${sizes.map((n) => byRule.get(n)![rule] ?? 0).join(' | ')} |`),
    '',
  ];
}

export function writeResults(rows: readonly Row[], targets: readonly string[], byRule: ReadonlyMap<number, Record<string, number>>, minutes: number, loadAtStart: number[]): string {
  const run = [
    ...machine(loadAtStart),
    `- Whole run: ${minutes.toFixed(1)} minutes`,
    '',
    'Medians after warm-up. "× floor" is the time over `yaml` parseDocument of the same text. See bench/README.md for what each row measures.',
    '',
    markdownTable(rows),
    '',
    '## Targets (issue 7)',
    '',
    ...targets,
  ].join('\n');
  const text = ['# Benchmark results', '', run, '', ...defectTable(byRule)].join('\n');
  writeFileSync(RESULTS, text);
  recordInReadme(run.replace('## Targets (issue 7)', '### Targets (issue 7)'));
  return text;
}
