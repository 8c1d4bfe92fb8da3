/**
 * The preview renders the whole page on every update (each typed character),
 * but an edit changes one step: the cells of the others come out the same.
 * A CellMemo hands back last render's element tree for a cell whose inputs
 * are unchanged, so the page builds only the changed cells, and the patch
 * skips the unchanged ones at once (same object, nothing to compare).
 * The export renders once and passes none.
 */
import type { VElement } from '../vnode';
import type { Labels } from './labels';

/** Cells by what they are drawn from (a step's inputs, long), then by which cell of it (short). */
type Cells = Map<string, Map<string, VElement>>;

export class CellMemo {
  private last: Cells = new Map();
  private next: Cells = new Map();
  private labels: Labels | undefined;

  /**
   * `labels`, `inputs` and `which` together must say everything the cell is drawn from.
   * Keyed in two levels so that a step's long inputs text is hashed once, not once per lane.
   */
  cell(labels: Labels, inputs: string, which: string, build: () => VElement): VElement {
    // The keys leave the language out: cells drawn in another language are all drawn afresh.
    if (this.labels !== labels) {
      this.labels = labels;
      this.last.clear();
      this.next.clear();
    }
    let cells = this.next.get(inputs);
    if (!cells) this.next.set(inputs, (cells = new Map()));
    const found = cells.get(which) ?? this.last.get(inputs)?.get(which) ?? build();
    cells.set(which, found);
    return found;
  }

  /** After a render: keep only the cells it drew, so the memo never outgrows one page. */
  settle(): void {
    this.last = this.next;
    this.next = new Map();
  }
}
