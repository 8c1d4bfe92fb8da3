/**
 * Loads that run one after another, the newest last: a load asked for while
 * another runs waits for it, and of the loads waiting only the newest runs
 * (the others would be overwritten at once). So an older, slower load never
 * finishes after a newer one and never wins. Each caller's promise settles
 * when no load is left to run, so `await` sees the newest result. No VS Code
 * here, so it is unit-tested (test/unit/serial-loads.test.ts).
 */
export class SerialLoads {
  private tail: Promise<void> = Promise.resolve();
  private asked = 0;

  async run(load: () => Promise<void>): Promise<void> {
    const n = ++this.asked;
    const mine = this.tail.then(() => (n === this.asked ? load() : undefined));
    this.tail = mine.catch(() => undefined);
    await mine;
    // Loads asked for meanwhile: settle after the newest of them.
    for (let seen = this.tail; ; seen = this.tail) {
      await seen;
      if (seen === this.tail) return;
    }
  }
}
