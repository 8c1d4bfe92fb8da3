/**
 * Example case ids per figure, only for `journey-lens evidence --examples N`
 * (evidence.md: a case id is shown nowhere else). The first N cases, in the
 * log's case order, that count towards each figure.
 */
export class Examples implements Iterable<[string, string[]]> {
  private readonly byFigure = new Map<string, string[]>();

  constructor(private readonly max: number) {}

  note(figure: string, caseId: string): void {
    const ids = this.byFigure.get(figure) ?? [];
    if (ids.length < this.max && ids[ids.length - 1] !== caseId) ids.push(caseId);
    this.byFigure.set(figure, ids);
  }

  [Symbol.iterator](): Iterator<[string, string[]]> {
    return this.byFigure[Symbol.iterator]();
  }

  toJSON(): Record<string, string[]> {
    return Object.fromEntries(this.byFigure);
  }
}
