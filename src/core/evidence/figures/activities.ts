/**
 * Per interned activity: the cases and events in which it occurs, for the
 * unmapped activities of the figures and the activity names (with their
 * numbers of cases) that `evidence-unknown-activity` suggests from.
 */
import { compareCodePoints } from '../../engine/code-point-order';
import type { MappedCase } from '../map/mapped-case';

export class ActivityCounter {
  private readonly cases: Int32Array;
  private readonly events: Int32Array;
  private readonly lastCase: Int32Array;
  private caseNumber = 0;

  constructor(private readonly activities: readonly string[], private readonly placeOf: Int32Array) {
    this.cases = new Int32Array(activities.length);
    this.events = new Int32Array(activities.length);
    this.lastCase = new Int32Array(activities.length).fill(-1);
  }

  add(c: MappedCase): void {
    const n = this.caseNumber++;
    for (const a of c.source.activity) {
      this.events[a]++;
      if (this.lastCase[a] !== n) {
        this.lastCase[a] = n;
        this.cases[a]++;
      }
    }
  }

  unmapped(): { activity: string; cases: number; events: number }[] {
    const rows: { activity: string; cases: number; events: number }[] = [];
    this.activities.forEach((activity, a) => {
      if (this.placeOf[a] < 0 && this.cases[a] > 0) rows.push({ activity, cases: this.cases[a], events: this.events[a] });
    });
    return rows.sort((x, y) => y.cases - x.cases || compareCodePoints(x.activity, y.activity));
  }

  activityCases(): Map<string, number> {
    const counts = new Map<string, number>();
    this.activities.forEach((name, a) => { if (this.cases[a] > 0) counts.set(name, this.cases[a]); });
    return counts;
  }
}
