/**
 * Edit latency on the 1,000- and 5,000-step journeys: the segmented path
 * the extension takes, and a full re-check of the same edits for contrast,
 * each in a fresh process.
 */
import { DEFAULT_MAX_BYTES } from '../../src/core/engine/limits';
import { inChild } from '../in-child';
import type { EditResult } from '../jobs/edit';
import { mb, ms, type Row } from '../table';
import { sizeLabel } from './side-by-side';

export const EDIT_SIZES = [1000, 5000];

export async function editLatency(floors: ReadonlyMap<number, number>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of EDIT_SIZES) {
    for (const mode of ['segmented', 'full'] as const) {
      const r = await inChild<EditResult>('edit', [n, mode]);
      const notes = [`${r.runs} edits`];
      if (mode === 'segmented') notes.push(`${r.composed} of ${r.typed} versions took the segmented path`);
      notes.push(r.sameAsFull ? 'findings equal a full check' : 'FINDINGS DIFFER from a full check');
      if (r.bytes > DEFAULT_MAX_BYTES) notes.push(`run with maxBytes: Infinity: the editor's default typing limit (${mb(DEFAULT_MAX_BYTES)}) gives one 'too large' finding instead`);
      rows.push({
        section: 'Edit latency',
        measure: mode === 'segmented' ? 'Edit → findings, segmented parse (as the extension)' : 'Edit → findings, full re-check',
        input: sizeLabel(n, r.bytes), value: ms(r.median), ms: r.median, floorMs: floors.get(n), key: `${mode === 'segmented' ? 'edit' : 'edit-full'}-${n}`, note: notes.join('; '),
      });
    }
  }
  return rows;
}
