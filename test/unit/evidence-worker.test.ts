/**
 * The editor's evidence worker, outside VS Code (the client and worker use
 * no `vscode`): a cold log is answered 'cold' until it is read, a design
 * edit is re-mapped from the cached cases, a changed log is cold again, a
 * read can be cancelled, and a missing or outside log is answered at once.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { designOf, evidenceSettingsOf, parseYaml, readJourney } from '../../src/core';
import { DEFAULT_THRESHOLDS, type EvidenceOutcome } from '../../src/core/evidence/types';
import { EvidenceWorker, type Answer } from '../../src/extension/evidence/client';
import { tempFolder } from './evidence-read-helpers';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const WORKER = path.join(__dirname, '..', '..', 'src', 'extension', 'evidence', 'worker.js');

function requestOf(file: string, text: string, root: string) {
  const parsed = parseYaml(text);
  const journey = readJourney(parsed.value, file, parsed.doc);
  return { settings: evidenceSettingsOf(journey)!, design: designOf(journey), file, root, thresholds: DEFAULT_THRESHOLDS };
}

function figures(answer: Answer): Extract<EvidenceOutcome, { ok: true }>['figures'] {
  assert.ok(answer.outcome !== 'cold' && answer.outcome.ok, JSON.stringify(answer.outcome));
  return answer.outcome.figures;
}

const shortcut = (answer: Answer) => figures(answer).transitions.find((t) => t.from === 'melden' && t.to === 'corrigeren');

describe('evidence: the editor\'s worker thread', () => {
  const dir = tempFolder('jl-worker-');
  let worker: EvidenceWorker;
  let journey: string;
  let text: string;
  // The worker does not keep Node alive (an editor must be able to exit): this timer does, while a test waits.
  let alive: ReturnType<typeof setInterval>;

  beforeEach(async () => {
    alive = setInterval(() => undefined, 1000);
    worker = new EvidenceWorker(WORKER);
    await fs.mkdir(path.join(dir(), 'logs'), { recursive: true });
    await fs.copyFile(path.join(EXAMPLES, 'logs', 'jaarafrekening.csv'), path.join(dir(), 'logs', 'jaarafrekening.csv'));
    journey = path.join(dir(), 'jaarafrekening.journey.yaml');
    text = await fs.readFile(path.join(EXAMPLES, 'jaarafrekening.journey.yaml'), 'utf8');
  });
  afterEach(() => {
    worker.dispose();
    clearInterval(alive);
  });

  it('answers cold before the log is read, then re-maps a design edit from the cached cases', async () => {
    const request = requestOf(journey, text, dir());
    const cold = await worker.evaluate({ ...request, cachedOnly: true });
    assert.strictEqual(cold.outcome, 'cold');
    assert.strictEqual(cold.logPath, path.join(dir(), 'logs', 'jaarafrekening.csv'));
    const read = await worker.evaluate({ ...request, cachedOnly: false });
    assert.deepStrictEqual(shortcut(read), { from: 'melden', to: 'corrigeren', cases: 32, designed: false });
    const edited = text.replace('    promise: { says: Binnen 10', '    next: [meterstanden-controleren, corrigeren]\n    promise: { says: Binnen 10');
    const remapped = await worker.evaluate({ ...requestOf(journey, edited, dir()), cachedOnly: true });
    assert.deepStrictEqual(shortcut(remapped), { from: 'melden', to: 'corrigeren', cases: 32, designed: true });
    assert.strictEqual(remapped.identity, read.identity, 'the same log, not read again');
  });

  it('is cold again once the log changed on disk', async () => {
    const request = requestOf(journey, text, dir());
    const read = await worker.evaluate({ ...request, cachedOnly: false });
    assert.strictEqual(figures(read).cases, 200);
    await fs.appendFile(path.join(dir(), 'logs', 'jaarafrekening.csv'), 'JA-2026-9999;Klant belt;02-03-2026 10:00;KS Utrecht\n');
    const changed = await worker.evaluate({ ...request, cachedOnly: true });
    assert.strictEqual(changed.outcome, 'cold');
    assert.notStrictEqual(changed.identity, read.identity);
    assert.strictEqual(figures(await worker.evaluate({ ...request, cachedOnly: false })).cases, 201);
  });

  it('answers a missing log and one outside the root at once, also when only cached cases may be used', async () => {
    const missing = await worker.evaluate({ ...requestOf(journey, text.replace('log: logs/jaarafrekening.csv', 'log: logs/weg.csv'), dir()), cachedOnly: true });
    assert.deepStrictEqual(missing.outcome, { ok: false, problem: { kind: 'missing' } });
    const outside = await worker.evaluate({ ...requestOf(journey, text.replace('log: logs/jaarafrekening.csv', 'log: ../elders.csv'), dir()), cachedOnly: false });
    assert.deepStrictEqual(outside.outcome, { ok: false, problem: { kind: 'outside-workspace' } });
  });

  it('reports progress on a large log and stops reading when cancelled', async () => {
    const header = 'zaaknummer;activiteit;tijdstip;afdeling\n';
    const rows = Array.from({ length: 200_000 }, (_, i) => `Z-${i % 20_000};Klant belt;02-02-2026 12:${String(i % 60).padStart(2, '0')};KS Utrecht\n`);
    await fs.writeFile(path.join(dir(), 'logs', 'jaarafrekening.csv'), header + rows.join(''));
    let progress = 0;
    let id = 0;
    const reading = worker.evaluate({ ...requestOf(journey, text, dir()), cachedOnly: false }, {
      started: (i) => { id = i; },
      onProgress: (bytesRead, totalBytes) => {
        progress++;
        assert.ok(bytesRead <= totalBytes);
        if (progress === 1) worker.cancel(id);
      },
    });
    const answer = await reading;
    assert.ok(progress >= 1, 'progress was reported');
    assert.deepStrictEqual(answer.outcome, { ok: false, problem: { kind: 'unreadable', format: 'io', detail: 'the read was cancelled' } });
  });

  it('answers what is waiting when it is stopped, instead of leaving the editor waiting', async () => {
    const waiting = worker.evaluate({ ...requestOf(journey, text, dir()), cachedOnly: false });
    worker.dispose();
    const answer = await waiting;
    assert.strictEqual(answer.outcome !== 'cold' && !answer.outcome.ok && answer.outcome.problem.kind, 'unreadable');
  });
});
