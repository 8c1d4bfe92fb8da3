import * as assert from 'assert';
import { flowLayout, MAX_TRACKS } from '../../src/core/blueprint/flow-layout';
import { emotionChains } from '../../src/core/blueprint/views/emotion';
import { autoColumn, fitScale, levelOf, nextZoom, scaleOf, scrollAfterZoom, zoomedScale, COLUMN_MAX, COLUMN_MIN, ZOOM_MIN } from '../../src/core/blueprint/views/scale';
import { walkthroughBack } from '../../src/core/blueprint/walkthrough';
import { blueprintOf } from './blueprint-helpers';

/** melden → beoordelen → goedgekeurd | afgewezen; afgewezen → bezwaar → beoordelen (loop) | afronden; goedgekeurd → afronden. */
export const BRANCHED = `journey: Aanvraag
need: n
outcome: o
steps:
  - id: melden
    customer: Meldt
    emotion: -1
  - id: beoordelen
    customer: Wacht
    emotion: 0
    next: [goedgekeurd, afgewezen]
  - id: goedgekeurd
    customer: Hoort ja
    emotion: 2
    next: [afronden]
  - id: afgewezen
    customer: Hoort nee
    emotion: -2
    x-ticket: JIRA-12
    x-notes: { owner: Piet, open: true }
  - id: bezwaar
    customer: Maakt bezwaar
    emotion: -1
    next: [beoordelen, afronden]
  - id: afronden
    customer: Klaar
    emotion: 1
    end: true
`;

describe('blueprint paths and zoom', () => {
  describe('the flow layout', () => {
    it('keeps a straight journey on one track, and says it is not branched', () => {
      const layout = flowLayout([[1], [2], [3], []]);
      assert.deepStrictEqual(layout.tracks, [0, 0, 0, 0]);
      assert.strictEqual(layout.trackCount, 1);
      assert.strictEqual(layout.branched, false);
      assert.deepStrictEqual(layout.edges.map((e) => [e.from, e.to, e.back]), [[0, 1, false], [1, 2, false], [2, 3, false]]);
    });

    it('puts the branches of a fork on tracks of their own and joins them again, with the loop back as a back edge', () => {
      const layout = flowLayout([[1], [2, 3], [5], [4], [1, 5], []]);
      assert.deepStrictEqual(layout.tracks, [0, 0, 0, 1, 1, 0]);
      assert.strictEqual(layout.branched, true);
      assert.strictEqual(layout.trackCount, 2);
      // goedgekeurd → afronden passes afgewezen and bezwaar on the track they leave free.
      assert.deepStrictEqual(layout.edges.find((e) => e.from === 2 && e.to === 5), { from: 2, to: 5, back: false, track: 0 });
      assert.deepStrictEqual(layout.edges.find((e) => e.from === 1 && e.to === 3), { from: 1, to: 3, back: false, track: 1 });
      assert.deepStrictEqual(layout.edges.filter((e) => e.back).map((e) => [e.from, e.to]), [[4, 1]]);
    });

    it('never runs an edge on a track that a step in a passed column uses', () => {
      // 0 forks three ways; 1 forks again: every long edge must find a free track.
      const next = [[1, 4, 6], [2, 3], [5], [5], [5], [6], []];
      const layout = flowLayout(next);
      for (const e of layout.edges.filter((x) => !x.back)) {
        for (let c = e.from + 1; c < e.to; c++) assert.notStrictEqual(layout.tracks[c], e.track, `edge ${e.from}→${e.to} runs through step ${c}`);
      }
      assert.notStrictEqual(layout.tracks[2], layout.tracks[3], 'the branches of the second fork are side by side');
    });

    it('stays quick and within a few tracks on a journey where every step links to many later ones', () => {
      const wide = Array.from({ length: 300 }, (_, i) => Array.from({ length: 12 }, (_, k) => i + 1 + k * 7).filter((b) => b < 300));
      const started = Date.now();
      const layout = flowLayout(wide);
      assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
      assert.ok(layout.trackCount <= MAX_TRACKS);
      const dense = Array.from({ length: 300 }, (_, i) => Array.from({ length: 300 - i - 1 }, (_, k) => i + 1 + k));
      const t2 = Date.now();
      assert.strictEqual(flowLayout(dense).trackCount, 1, 'too many links: one track');
      assert.ok(Date.now() - t2 < 1000);
    });

    it('calls an end before the last step, or a skip, branched', () => {
      assert.strictEqual(flowLayout([[1], [], []]).branched, true);
      assert.strictEqual(flowLayout([[2], [2], []]).branched, true);
      assert.deepStrictEqual(flowLayout([]), { tracks: [], trackCount: 0, edges: [], branched: false });
    });
  });

  describe('a branched journey in the blueprint', () => {
    it('knows where each step leads, and its x- keys', async () => {
      const bp = await blueprintOf(BRANCHED);
      assert.deepStrictEqual(bp.steps.map((s) => s.next), [[1], [2, 3], [5], [4], [1, 5], []]);
      assert.deepStrictEqual(bp.steps[3].extras, [{ key: 'x-ticket', value: 'JIRA-12' }, { key: 'x-notes', value: '{"owner":"Piet","open":true}' }]);
      assert.deepStrictEqual(bp.flow.tracks, [0, 0, 0, 1, 1, 0]);
    });

    it('draws the emotion along each path, never from one alternative to the other', async () => {
      const bp = await blueprintOf(BRANCHED);
      assert.deepStrictEqual(emotionChains(bp.steps), [[0, 1], [1, 2, 5], [1, 3, 4, 5]]);
    });

    it('goes back along the path taken, else to the step that leads in', async () => {
      const bp = await blueprintOf(BRANCHED);
      assert.strictEqual(walkthroughBack(bp, 3, [0, 1]), 1);
      assert.strictEqual(walkthroughBack(bp, 3), 1, 'afgewezen is reached from beoordelen, not from goedgekeurd before it');
      assert.strictEqual(walkthroughBack(bp, 5), 4);
      assert.strictEqual(walkthroughBack(bp, 0), undefined);
    });
  });

  describe('the column width', () => {
    it('adapts to the panel between a minimum and a maximum', () => {
      assert.strictEqual(autoColumn(600, 8), COLUMN_MIN);
      assert.strictEqual(autoColumn(3000, 4), COLUMN_MAX);
      assert.strictEqual(autoColumn(152 + 4 * 250, 4), 250);
      assert.strictEqual(zoomedScale(1000, 4, 100).column, 480);
    });

    it('fits every column and the labels into the width at "Fit", with less in each cell as columns narrow', () => {
      for (const [width, steps] of [[1280, 4], [900, 36], [500, 36], [1200, 300]]) {
        const s = fitScale(width, steps);
        assert.ok(s.lane + steps * s.column <= width, `${steps} steps in ${width} px: ${JSON.stringify(s)}`);
        assert.strictEqual(s.level, levelOf(s.column));
      }
      assert.strictEqual(fitScale(1280, 4).level, 'full');
      assert.strictEqual(fitScale(1280, 12).level, 'summary');
      assert.strictEqual(fitScale(900, 36).level, 'tiny');
    });

    it('zooms by a quarter per step, within limits, and from Fit on from the width shown', () => {
      const width = 152 + 4 * 200;
      assert.strictEqual(nextZoom('in', 200, width, 4), 1.25);
      assert.strictEqual(nextZoom('out', 200, width, 4), 0.8);
      assert.strictEqual(nextZoom('fit', 200, width, 4), 'fit');
      assert.strictEqual(nextZoom('reset', 37, width, 4), 1);
      assert.strictEqual(nextZoom('sideways', 200, width, 4), undefined);
      assert.strictEqual(zoomedScale(width, 4, nextZoom('out', ZOOM_MIN, width, 4) as number).column, ZOOM_MIN);
    });

    it('keeps the step under the pointer where it is when zooming, or the one at the left edge', () => {
      const before = scaleOf(200);
      const after = scaleOf(250);
      // Step 10.5 (x = 2100 in the steps) is under the pointer 400 px from the scroller's edge.
      const left = scrollAfterZoom(2100 - (400 - before.lane), before, after, 400);
      assert.strictEqual((left + 400 - after.lane) / after.column, 10.5);
      assert.strictEqual(scrollAfterZoom(1000, before, after), 1250);
      assert.strictEqual(scrollAfterZoom(0, before, scaleOf(50), 600), 0);
    });
  });
});
