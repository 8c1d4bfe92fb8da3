/**
 * Arrow-key movement between the keyboard stops of a grid: the cells, or the
 * cards inside a cell when it has several. Pure, so it is tested without a
 * browser. A stop sits in a row and a column; cards in one cell are ordered
 * by `sub`; the emotion curve spans every column.
 */
export interface NavPoint {
  row: number;
  col: number;
  sub: number;
  span: number;
}

const covers = (p: NavPoint, col: number): boolean => p.col <= col && col < p.col + p.span;
const byPlace = (a: NavPoint, b: NavPoint): number => a.row - b.row || a.col - b.col || a.sub - b.sub;

/**
 * The stop a key leads to, if any. `column` is the column the user is in:
 * on a stop that spans columns it is the one they came from, so going down
 * and up again returns to the same step.
 */
export function move<T extends NavPoint>(stops: readonly T[], current: T, key: string, ctrl: boolean, column: number): T | undefined {
  const sameRow = stops.filter((s) => s.row === current.row).sort(byPlace);
  switch (key) {
    case 'ArrowRight': return inColumn(sameRow, nextColumn(sameRow, current, +1), current.sub);
    case 'ArrowLeft': return inColumn(sameRow, nextColumn(sameRow, current, -1), current.sub);
    case 'ArrowDown':
    case 'ArrowUp': {
      const col = stops.filter((s) => covers(s, column)).sort(byPlace);
      return col[col.indexOf(current) + (key === 'ArrowDown' ? 1 : -1)];
    }
    case 'Home': return ctrl ? [...stops].sort(byPlace)[0] : sameRow[0];
    case 'End': return ctrl ? [...stops].sort(byPlace)[stops.length - 1] : lastOf(sameRow);
    default: return undefined;
  }
}

function nextColumn(row: readonly NavPoint[], current: NavPoint, dir: 1 | -1): number | undefined {
  const cols = row.map((s) => s.col).filter((c) => (dir > 0 ? c >= current.col + current.span : c < current.col));
  if (cols.length === 0) return undefined;
  return dir > 0 ? Math.min(...cols) : Math.max(...cols);
}

/** In the target column, the card at the same place in its cell, or the nearest one above it. */
function inColumn<T extends NavPoint>(row: readonly T[], col: number | undefined, sub: number): T | undefined {
  if (col === undefined) return undefined;
  const there = row.filter((s) => s.col === col);
  return there.filter((s) => s.sub <= sub).pop() ?? there[0];
}

function lastOf<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}
