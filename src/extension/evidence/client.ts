/**
 * The extension host's side of the evidence worker: one thread, started on
 * the first request, each request answered by id. A worker that dies (a bug,
 * out of memory) answers every waiting request with an `evidence-log`
 * problem and is started again on the next one: the editor never waits for
 * an answer that cannot come.
 */
import { Worker } from 'worker_threads';
import type { EvidenceOutcome } from '../../core';
import type { EvaluateRequest, FromWorker, ToWorker } from './protocol';

export type Answer = { outcome: EvidenceOutcome | 'cold'; logPath?: string; identity?: string };

interface Waiting {
  resolve: (answer: Answer) => void;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export class EvidenceWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly script: string) {}

  /** Evaluates in the worker; `id` is given to `started` so that the caller can cancel it. */
  evaluate(
    request: Omit<EvaluateRequest, 'type' | 'id'>,
    options: { onProgress?: Waiting['onProgress']; started?: (id: number) => void } = {},
  ): Promise<Answer> {
    const id = this.nextId++;
    options.started?.(id);
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, onProgress: options.onProgress });
      // A log's bytes (read through vscode.workspace.fs) move to the worker instead of being copied,
      // when they are a buffer of their own: a view into a shared one (Node's pool) is copied.
      const bytes = request.content?.bytes;
      const own = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      this.post({ type: 'evaluate', id, ...request }, own ? [bytes.buffer] : []);
    });
  }

  cancel(id: number): void {
    if (this.waiting.has(id)) this.post({ type: 'cancel', id });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.failAll('the editor closed');
  }

  private post(message: ToWorker, transfer: ArrayBuffer[] = []): void {
    this.ensure().postMessage(message, transfer);
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (m: FromWorker) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      if (m.type === 'progress') w.onProgress?.(m.bytesRead, m.totalBytes);
      else {
        this.waiting.delete(m.id);
        w.resolve({ outcome: m.outcome, logPath: m.logPath, identity: m.identity });
      }
    });
    const died = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(why);
    };
    worker.on('error', (e) => died(`the evidence worker stopped: ${e.message}`));
    worker.on('exit', (code) => died(`the evidence worker stopped (exit code ${code})`));
    // The extension host may exit while a log is read: the worker must not keep it alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(detail: string): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.resolve({ outcome: { ok: false, problem: { kind: 'unreadable', format: 'io', detail } } });
  }
}
