/**
 * What the Journeys view shows, editor-free: every journey with its owner,
 * its review date (overdue marked) and its findings by severity; and every
 * catalog with its channels, teams, systems and partners, each with the
 * journeys and steps that use it ("used by"), unused entries marked, and
 * partners without an agreement or a fallback flagged.
 */
import type { Analysis } from '../engine/check';
import type { Catalog, DeclarationKind } from '../model/model';
import { journeyContext } from '../portfolio/context';
import { journeyRow } from '../portfolio/journeys';
import type { JourneyRow, StepRef } from '../portfolio/types';
import { referencesOf } from '../model/references';

export interface OverviewInput {
  /** The journey's absolute path (the view links to it). */
  path: string;
  analysis: Analysis;
}

export type EntryFlag = 'unused' | 'no-agreement' | 'no-fallback';

export interface CatalogEntry {
  kind: DeclarationKind;
  id: string;
  name?: string;
  /** Each step that refers to the entry, once, in journey and step order. */
  usedBy: StepRef[];
  flags: EntryFlag[];
}

export interface CatalogOverview {
  /** The catalog's absolute path. */
  path: string;
  title?: string;
  entries: CatalogEntry[];
}

export interface Overview {
  journeys: JourneyRow[];
  catalogs: CatalogOverview[];
}

const KINDS: readonly DeclarationKind[] = ['channel', 'team', 'system', 'partner'];

export function buildOverview(journeys: readonly OverviewInput[], catalogs: readonly Catalog[], today: Date): Overview {
  const sorted = [...journeys].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const used = usedBy(sorted);
  return {
    journeys: sorted.filter((j) => j.analysis.kind === 'journey').map((j) => journeyRow(j, today)),
    catalogs: [...catalogs].sort((a, b) => (a.file < b.file ? -1 : 1)).map((c) => ({
      path: c.file,
      title: c.title,
      entries: KINDS.flatMap((kind) => [...c.declarations[kind].values()].map((d) => {
        const refs = used.get(key(c.file, kind, d.id)) ?? [];
        const flags: EntryFlag[] = refs.length === 0 ? ['unused'] : [];
        if (d.kind === 'partner') {
          if (!d.agreement) flags.push('no-agreement');
          if (!d.fallback) flags.push('no-fallback');
        }
        return { kind, id: d.id, name: d.name, usedBy: refs, flags };
      })),
    })),
  };
}

const key = (file: string, kind: DeclarationKind, id: string) => `${file}\u0000${kind}\u0000${id}`;

/** Per declaration (file, kind, id), the steps whose references resolve to it. */
function usedBy(journeys: readonly OverviewInput[]): Map<string, StepRef[]> {
  const out = new Map<string, StepRef[]>();
  for (const input of journeys) {
    const ctx = journeyContext(input);
    if (!ctx) continue;
    for (const { ref, targets } of referencesOf(ctx.journey)) {
      const index = ref.path[0] === 'steps' && typeof ref.path[1] === 'number' ? ref.path[1] : undefined;
      const step = index === undefined ? undefined : ctx.journey.steps[index];
      if (!step) continue;
      for (const kind of targets) {
        if (kind === 'stage' || kind === 'step') continue;
        const decl = ctx.scope.get(kind, ref.id);
        if (!decl || decl.file === '') continue;
        const k = key(decl.file, kind, ref.id);
        const list = out.get(k) ?? [];
        // A step that names an entry twice (channel and fallback) is one user.
        if (!list.some((r) => r.path === ctx.path && r.index === step.index)) {
          list.push({ path: ctx.path, journey: ctx.label, step: step.id?.id ?? `step ${step.index + 1}`, index: step.index });
        }
        out.set(k, list);
        break;
      }
    }
  }
  return out;
}
