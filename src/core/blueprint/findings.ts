/**
 * Puts each finding on the cell whose YAML contains it (the smallest such
 * cell, so a task wins over its step) and counts findings per check for the
 * summary bar.
 */
import type { Span } from '../yaml/locate';
import { SEVERITIES, type Finding, type Severity } from '../engine/types';
import { contains, type SourceRanges } from './source';
import type { Cell, CellFinding, RuleCount } from './types';

/** A cell that can carry findings, with the span of its YAML. */
export interface Target {
  cell: Cell;
  span: Span;
}

/**
 * Places findings on their cells and returns those that belong to none. A
 * finding outside every cell (say, on a partner's declaration) is also shown,
 * marked as an echo, on the cells its related locations point into, so the
 * reviewer sees it where the partner is used.
 */
export function placeFindings(findings: readonly Finding[], targets: readonly Target[], src: SourceRanges, file: string | undefined): CellFinding[] {
  const rest: CellFinding[] = [];
  findings.forEach((f, i) => {
    const shown: CellFinding = { key: findingKey(i), rule: f.rule, severity: f.severity, message: f.message, docsUrl: f.docsUrl, range: f.range };
    const home = smallestContaining(targets, src.spanOfRange(f.range));
    if (home) {
      home.findings.push(shown);
      return;
    }
    rest.push(shown);
    const echoed = new Set<Cell>();
    for (const r of f.related) {
      if (r.file !== file) continue;
      const cell = smallestContaining(targets, src.spanOfRange(r.range));
      if (cell && !echoed.has(cell)) {
        echoed.add(cell);
        cell.findings.push({ ...shown, echo: true });
      }
    }
  });
  return rest;
}

function smallestContaining(targets: readonly Target[], span: Span): Cell | undefined {
  let best: Target | undefined;
  for (const t of targets) {
    if (contains(t.span, span) && (!best || t.span.end - t.span.start < best.span.end - best.span.start)) best = t;
  }
  return best?.cell;
}

/** Findings are keyed by their place in the analysis, which is sorted by position. */
function findingKey(index: number): string {
  return `finding-${index}`;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Findings per check, most severe first, each with its first finding. */
export function summarize(findings: readonly Finding[]): RuleCount[] {
  const byRule = new Map<string, RuleCount>();
  findings.forEach((f, i) => {
    const c = byRule.get(f.rule);
    if (!c) byRule.set(f.rule, { rule: f.rule, severity: f.severity, count: 1, docsUrl: f.docsUrl, first: findingKey(i) });
    else {
      c.count++;
      if (RANK[f.severity] < RANK[c.severity]) c.severity = f.severity;
    }
  });
  return [...byRule.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count || a.rule.localeCompare(b.rule));
}

export function totalsOf(findings: readonly Finding[]): Record<Severity, number> {
  const totals = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) totals[f.severity]++;
  return totals;
}
