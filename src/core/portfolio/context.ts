/**
 * One readable journey of the portfolio, with what every table needs: how to
 * name its steps, where a declaration lives (as a path the reader knows), and
 * which checks reported what at a step — the report honours suppressions and
 * severity settings by reading findings instead of re-judging the journey.
 */
import * as path from 'path';
import type { Analysis } from '../engine/check';
import { baseName, isUriString, resolveBeside } from '../files/locations';
import type { Path } from '../yaml/locate';
import type { Declaration, Journey, Step } from '../model/model';
import type { Scope } from '../model/scope';
import type { PortfolioInput, StepRef } from './types';

export interface JourneyContext {
  path: string;
  label: string;
  analysis: Analysis;
  journey: Journey;
  scope: Scope;
}

export function journeyContext(input: PortfolioInput): JourneyContext | undefined {
  const { journey, scope } = input.analysis;
  if (!journey || !scope) return undefined;
  return { path: input.path, label: journey.title || baseName(input.path), analysis: input.analysis, journey, scope };
}

export function stepRef(ctx: JourneyContext, step: Step): StepRef {
  return { path: ctx.path, journey: ctx.label, step: step.id?.id ?? `step ${step.index + 1}`, index: step.index };
}

/**
 * The file that declares `decl`, as the reader knows it: the journey's own
 * path, or a catalog's path resolved from the journey's `uses` (catalogs load
 * in `uses` order), so no absolute path ever reaches the report.
 */
export function declaredIn(ctx: JourneyContext, decl: Declaration): string | undefined {
  if (decl.file === '') return undefined;
  if (decl.file === ctx.journey.file) return ctx.path;
  const i = ctx.analysis.catalogs.findIndex((c) => c.file === decl.file);
  const use = ctx.journey.uses[i];
  if (i < 0 || !use) return baseName(decl.file);
  // A journey named by URI (a virtual workspace) keeps its scheme and authority.
  if (isUriString(ctx.path)) return resolveBeside(ctx.path, use.text);
  return path.posix.normalize(path.posix.join(path.posix.dirname(ctx.path.replace(/\\/g, '/')), use.text.replace(/\\/g, '/')));
}

/** Whether one of `rules` reported a finding at or inside `prefix` (e.g. ['steps', 2]). */
export function hasFindingAt(ctx: JourneyContext, rules: readonly string[], prefix: Path): boolean {
  const index = findingIndex(ctx.analysis);
  return rules.some((rule) => index.has(key(rule, prefix)));
}

// The tables ask this for every step and handoff: scanning all findings each time made a
// 10,000-step report take 12 s. Each finding is indexed once under every prefix of its path.
const indexes = new WeakMap<Analysis, Set<string>>();

function findingIndex(analysis: Analysis): Set<string> {
  let index = indexes.get(analysis);
  if (!index) {
    index = new Set();
    for (const f of analysis.findings) {
      const p = f.path;
      if (!p) continue;
      for (let n = 0; n <= p.length; n++) index.add(key(f.rule, p.slice(0, n)));
    }
    indexes.set(analysis, index);
  }
  return index;
}

// Numbers and strings apart (`steps.2` as index, not key "2"), and no separator a key could contain unescaped.
const key = (rule: string, path: Path): string => JSON.stringify([rule, ...path]);
