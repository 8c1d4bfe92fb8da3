/** Heap used after checking, each case in a fresh process with --expose-gc. */
import { inChild } from '../in-child';
import type { MemoryResult } from '../jobs/memory';
import { mb, type Row } from '../table';

const CASES = [
  { what: 'journey', input: '5,000-step journey', note: 'its analysis and segmented parser kept, as the extension keeps an open document' },
  { what: 'portfolio', input: '500 journeys × 30 steps', note: 'every journey\'s findings kept, as the CLI does' },
];

export async function memory(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of CASES) {
    const h = await inChild<MemoryResult>('memory', [c.what]);
    rows.push({
      section: 'Memory', measure: 'Heap used after checking (after gc)', input: c.input, key: `memory-${c.what}`,
      value: mb(h.after), note: `${mb(h.after - h.before)} more than before the check, the input texts already in memory; ${c.note}`,
    });
  }
  return rows;
}
