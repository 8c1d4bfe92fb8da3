import * as assert from 'assert';
import { Throttle, type Clock } from '../../src/extension/preview/throttle';
import { arrowPath, GUTTER_DOWN, GUTTER_UP } from '../../src/webview/geometry';
import { move, type NavPoint } from '../../src/webview/grid-nav';
import { parseFromPage, parseState } from '../../src/webview/protocol';

class FakeClock implements Clock {
  t = 0;
  private timers: { at: number; run: () => void }[] = [];
  now(): number {
    return this.t;
  }
  setTimeout(run: () => void, ms: number): unknown {
    const timer = { at: this.t + ms, run };
    this.timers.push(timer);
    return timer;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((x) => x !== handle);
  }
  /** Moves time on, running each timer at its own moment. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const next = this.timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers = this.timers.filter((x) => x !== next);
      this.t = next.at;
      next.run();
    }
    this.t = end;
  }
}

describe('preview helpers', () => {
  describe('throttle', () => {
    it('runs the first time at once, then at most once per interval, and once after the last call', () => {
      const clock = new FakeClock();
      const runs: number[] = [];
      const t = new Throttle(150, () => runs.push(clock.now()), clock);
      t.trigger();
      assert.deepStrictEqual(runs, [0]);
      for (let i = 0; i < 10; i++) {
        clock.advance(30);
        t.trigger();
      }
      clock.advance(1000);
      // Calls until t=300; the one at 300 came just after a run, so one more follows at 450.
      assert.deepStrictEqual(runs, [0, 150, 300, 450]);
    });

    it('flushes at once and cancels what is pending', () => {
      const clock = new FakeClock();
      let runs = 0;
      const t = new Throttle(150, () => runs++, clock);
      t.trigger();
      t.trigger();
      t.flush();
      assert.strictEqual(runs, 2);
      t.trigger();
      t.cancel();
      clock.advance(1000);
      assert.strictEqual(runs, 2);
    });
  });

  describe('grid keyboard movement', () => {
    // Row 0: step headers; row 1: the customer lane; row 2: the emotion curve (spans);
    // row 3: a lane where column 1 holds two cards.
    const p = (row: number, col: number, sub = 0, span = 1): NavPoint => ({ row, col, sub, span });
    const stops = [p(0, 0), p(0, 1), p(0, 2), p(1, 0), p(1, 1), p(1, 2), p(2, 0, 0, 3), p(3, 0), p(3, 1, 0), p(3, 1, 1), p(3, 2)];
    const at = (row: number, col: number, sub = 0) => stops.find((s) => s.row === row && s.col === col && s.sub === sub)!;

    it('moves along a row and stops at its ends', () => {
      assert.strictEqual(move(stops, at(1, 0), 'ArrowRight', false, 0), at(1, 1));
      assert.strictEqual(move(stops, at(1, 2), 'ArrowRight', false, 2), undefined);
      assert.strictEqual(move(stops, at(1, 0), 'ArrowLeft', false, 0), undefined);
      assert.strictEqual(move(stops, at(1, 1), 'End', false, 1), at(1, 2));
      assert.strictEqual(move(stops, at(3, 2), 'Home', false, 2), at(3, 0));
    });

    it('keeps its place within a cell of cards when moving sideways', () => {
      assert.strictEqual(move(stops, at(3, 1, 1), 'ArrowRight', false, 1), at(3, 2));
      assert.strictEqual(move(stops, at(3, 2), 'ArrowLeft', false, 2), at(3, 1, 0));
    });

    it('moves down and up through a column, through the cards and the spanning curve', () => {
      assert.strictEqual(move(stops, at(1, 1), 'ArrowDown', false, 1), at(2, 0));
      assert.strictEqual(move(stops, at(2, 0), 'ArrowDown', false, 1), at(3, 1, 0));
      assert.strictEqual(move(stops, at(3, 1, 0), 'ArrowDown', false, 1), at(3, 1, 1));
      assert.strictEqual(move(stops, at(2, 0), 'ArrowUp', false, 1), at(1, 1));
      assert.strictEqual(move(stops, at(0, 1), 'ArrowUp', false, 1), undefined);
    });

    it('goes to the first and last stop with Ctrl+Home and Ctrl+End', () => {
      assert.strictEqual(move(stops, at(3, 1, 1), 'Home', true, 1), at(0, 0));
      assert.strictEqual(move(stops, at(0, 0), 'End', true, 0), at(3, 2));
    });
  });

  describe('arrow geometry', () => {
    it('runs work going on down the near gutter and work coming back up the far one', () => {
      const a = { left: 0, top: 0, width: 100, height: 30 };
      const b = { left: 0, top: 100, width: 100, height: 60 };
      assert.strictEqual(arrowPath(a, b), `M 100 20 H ${100 + GUTTER_DOWN} V 120 H 101`);
      assert.strictEqual(arrowPath(b, a), `M 100 140 H ${100 + GUTTER_UP} V 10 H 101`);
    });
  });

  describe('protocol', () => {
    it('accepts only well-formed messages from the page', () => {
      const select = { type: 'select', key: 'task-1-0', uri: 'file:///ws/a.journey.yaml', version: 3 };
      assert.deepStrictEqual(parseFromPage(select), select);
      // Without the journey and version it was drawn from, a click cannot be placed safely.
      assert.strictEqual(parseFromPage({ type: 'select', key: 'task-1-0' }), undefined);
      assert.strictEqual(parseFromPage({ ...select, version: 1.5 }), undefined);
      assert.deepStrictEqual(parseFromPage({ type: 'view', view: 'walkthrough' }), { type: 'view', view: 'walkthrough' });
      assert.deepStrictEqual(parseFromPage({ type: 'ready', view: 'nonsense' }), { type: 'ready', view: undefined });
      assert.strictEqual(parseFromPage({ type: 'select', key: 3 }), undefined);
      assert.strictEqual(parseFromPage({ type: 'view', view: 'x' }), undefined);
      assert.strictEqual(parseFromPage('ready'), undefined);
    });

    it('revives a preview only from a state that names its journey', () => {
      assert.deepStrictEqual(parseState({ uri: 'file:///a.journey.yaml', locked: true, view: 'employee' }), { uri: 'file:///a.journey.yaml', locked: true, view: 'employee' });
      assert.strictEqual(parseState({ view: 'employee' }), undefined);
      assert.strictEqual(parseState(undefined), undefined);
    });
  });
});
