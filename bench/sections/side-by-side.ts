/**
 * One journey of each size checked by the parse floor, Journey Lens,
 * yaml-language-server and Spectral: each tool in a fresh process of its own.
 */
import { FIRING_RULES } from '../../test/fixtures/generated/corpus/defects';
import { inChild } from '../in-child';
import type { CheckResult } from '../jobs/check';
import { kb, ms, steps, type Row } from '../table';
import { TOOL_KEYS, TOOLS } from '../tools';

export const SIZES = [30, 300, 1000, 5000];
const SECTION = 'Check one journey';

export const sizeLabel = (n: number, bytes: number): string => `${steps(n)} (${kb(bytes)})`;

export interface SideBySide {
  rows: Row[];
  floors: Map<number, number>;
  /** Journey Lens's findings per check, per size: the defects that fired. */
  byRule: Map<number, Record<string, number>>;
}

const SPECTRAL_PARSER = 'Spectral parses with @stoplight/yaml-ast-parser, not `yaml`';

export async function sideBySide(): Promise<SideBySide> {
  const results = new Map<string, CheckResult[] | string>();
  for (const tool of TOOL_KEYS) {
    try {
      results.set(tool, await inChild<CheckResult[]>('check', [tool, ...SIZES]));
    } catch (e) {
      results.set(tool, e instanceof Error ? e.message : String(e));
    }
  }
  const floors = new Map<number, number>();
  const bytes = new Map<number, number>();
  const byRule = new Map<number, Record<string, number>>();
  for (const r of Object.values(results.get('floor') ?? [])) if (typeof r === 'object') floors.set(r.steps, r.median);
  const rows: Row[] = [];
  for (const n of SIZES) {
    for (const tool of TOOL_KEYS) {
      const got = results.get(tool);
      const r = typeof got === 'string' ? undefined : got?.find((x) => x.steps === n);
      if (r) bytes.set(n, r.bytes);
      const input = bytes.has(n) ? sizeLabel(n, bytes.get(n)!) : steps(n);
      const base = { section: SECTION, measure: TOOLS[tool].name, input, key: `${tool}-${n}` };
      if (!r) {
        rows.push({ ...base, value: `n/a (${typeof got === 'string' ? got : 'not measured'})` });
        continue;
      }
      const notes = [`${r.problems} ${tool === 'floor' ? 'parse errors' : tool === 'jl' ? 'findings' : 'diagnostics (schema only)'}`];
      if (r.byRule) {
        byRule.set(n, r.byRule);
        notes.push(`${FIRING_RULES.filter((rule) => r.byRule![rule]).length} of the ${FIRING_RULES.length} checks the defects aim at fire`);
      }
      if (tool === 'spectral') notes.push(SPECTRAL_PARSER);
      notes.push(`${r.runs} runs`);
      const p = r.paired;
      if (p) notes.push(`timed alternately with the floor in one process: ${ms(p.check)} against ${ms(p.floor)}, ${(p.check / p.floor).toFixed(2)} × (${p.pairs} pairs)`);
      rows.push({ ...base, value: ms(r.median), ms: r.median, floorMs: floors.get(n), pairedRatio: p && p.check / p.floor, note: notes.join('; ') });
    }
  }
  return { rows, floors, byRule };
}
