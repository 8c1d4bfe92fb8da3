/**
 * Runs a task at once on the first call, then at most once per interval
 * while calls keep coming, always once more after the last call: the
 * preview updates immediately when opened and keeps up while typing without
 * rebuilding on every keystroke. No VS Code here, so it is unit-tested.
 */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class Throttle {
  private last = Number.NEGATIVE_INFINITY;
  private timer: unknown;

  constructor(
    private readonly intervalMs: number,
    private readonly task: () => void,
    private readonly clock: Clock = realClock,
  ) {}

  trigger(): void {
    if (this.timer !== undefined) return;
    const wait = this.last + this.intervalMs - this.clock.now();
    if (wait <= 0) this.run();
    else this.timer = this.clock.setTimeout(() => this.run(), wait);
  }

  /** Runs now, dropping a pending run (e.g. the preview switched files). */
  flush(): void {
    this.cancel();
    this.run();
  }

  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): void {
    this.timer = undefined;
    this.last = this.clock.now();
    this.task();
  }
}
