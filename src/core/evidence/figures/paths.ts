/**
 * Transitions (pairs of consecutive steps of a path, counted once a case)
 * and variants (distinct non-empty paths), in the contract's orders.
 */
import { compareCodePoints } from '../../engine/code-point-order';
import type { MappedCase } from '../map/mapped-case';
import type { DesignStep, TransitionFigures } from '../types';
import type { Examples } from './examples';

const VARIANTS_SHOWN = 10;

export class PathCounter {
  /** from * steps + to → cases. */
  private readonly transitions = new Map<number, number>();
  private readonly variants = new Map<string, { path: number[]; cases: number }>();

  constructor(private readonly design: readonly DesignStep[], private readonly designed: readonly Set<number>[], private readonly examples?: Examples) {}

  add(c: MappedCase): void {
    if (c.path.length === 0) return;
    const n = this.design.length;
    const seen = new Set<number>();
    for (let i = 1; i < c.path.length; i++) seen.add(c.path[i - 1] * n + c.path[i]);
    for (const key of seen) {
      this.transitions.set(key, (this.transitions.get(key) ?? 0) + 1);
      if (this.examples && !this.designed[Math.floor(key / n)].has(key % n)) {
        this.examples.note(`undesigned ${this.design[Math.floor(key / n)].id} → ${this.design[key % n].id}`, c.source.id);
      }
    }
    const key = c.path.join(' ');
    const variant = this.variants.get(key);
    if (variant) variant.cases++;
    else this.variants.set(key, { path: c.path, cases: 1 });
  }

  transitionFigures(): TransitionFigures[] {
    const n = this.design.length;
    return [...this.transitions].sort(([a], [b]) => a - b).map(([key, cases]) => {
      const from = Math.floor(key / n);
      const to = key % n;
      return { from: this.design[from].id, to: this.design[to].id, cases, designed: this.designed[from].has(to) };
    });
  }

  variantFigures(): { path: string[]; cases: number }[] {
    return [...this.variants.values()]
      .map((v) => ({ path: v.path.map((s) => this.design[s].id), cases: v.cases }))
      .sort((a, b) => b.cases - a.cases || comparePaths(a.path, b.path))
      .slice(0, VARIANTS_SHOWN);
  }
}

/** Id by id by code point, a prefix first. */
function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareCodePoints(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
