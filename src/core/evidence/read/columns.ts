/**
 * Growable typed arrays: a log's events are kept as columns of numbers, not
 * as an object per event, so five million events cost some 25 bytes each.
 */
type Typed = Int32Array | Float64Array | Uint8Array;

export class Column<T extends Typed> {
  length = 0;
  private data: T;

  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i];
  }

  /** The values pushed, without copying. */
  values(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export const int32Column = (): Column<Int32Array> => new Column((n) => new Int32Array(n));
export const float64Column = (): Column<Float64Array> => new Column((n) => new Float64Array(n));
export const uint8Column = (): Column<Uint8Array> => new Column((n) => new Uint8Array(n));

/** Strings interned to indexes, in order of first appearance. */
export class Interner {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}
