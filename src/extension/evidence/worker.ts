/**
 * The evidence worker thread (bundled as dist/evidence-worker.js): reads
 * logs and maps their cases onto designs, so that neither a 5-million-event
 * log nor the mapping of a large one ever runs on the extension host's main
 * thread. It keeps one LogCache, so a design edit re-maps cached cases.
 * No `vscode` here: a worker cannot reach the API, and needs none.
 */
import { parentPort } from 'worker_threads';
import { evaluateDesign, identityOnDisk, LogCache } from '../../core/evidence';
import { resolveBeside } from '../../core/files/locations';
import type { EvaluateRequest, FromWorker, ToWorker } from './protocol';

const cache = new LogCache();
/**
 * The last answers, by request and log identity: a re-map of a very large
 * log can take a second, so the editor stops waiting for it (see service.ts)
 * and checks again when it is done, which this answers at once.
 */
const answered = new Map<string, FromWorker & { type: 'result' }>();
const ANSWERS_KEPT = 8;
const running = new Map<number, AbortController>();
const port = parentPort;

port?.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') running.get(message.id)?.abort();
  else void evaluate(message).then((answer) => port.postMessage(answer));
});

async function evaluate(request: EvaluateRequest): Promise<FromWorker> {
  const { id, settings, design, file, root, thresholds, content } = request;
  const abort = new AbortController();
  running.set(id, abort);
  const logPath = resolveBeside(file, settings.log);
  try {
    // A log that is missing or not a regular file is answered at once (it is never cached, so
    // 'cold' would ask for a read that reports the same thing); only a real read waits.
    // A log of another file system: the extension saw it through vscode.workspace.fs and said how it is.
    const identity = content ? content.identity : await identityOnDisk(logPath);
    const memo = JSON.stringify([identity, settings, design, file, root, thresholds]);
    const known = identity !== undefined ? answered.get(memo) : undefined;
    if (known) return { ...known, id };
    const cachedOnly = request.cachedOnly && identity !== undefined;
    const outcome = await evaluateDesign(settings, design, file, {
      root, cache, thresholds, cachedOnly: cachedOnly || (content !== undefined && !content.bytes),
      // The identity just seen: the cache need not look at the file again.
      identity, bytes: content?.bytes,
      signal: abort.signal,
      onProgress: (bytesRead, totalBytes) => port?.postMessage({ type: 'progress', id, bytesRead, totalBytes } satisfies FromWorker),
    });
    // No `examples` are asked for: case ids never reach the editor.
    const answer = { type: 'result' as const, id, outcome, logPath, identity };
    if (outcome !== 'cold' && outcome.ok) {
      answered.delete(memo);
      answered.set(memo, answer);
      while (answered.size > ANSWERS_KEPT) answered.delete(answered.keys().next().value as string);
    }
    return answer;
  } catch (e) {
    return { type: 'result', id, logPath, outcome: { ok: false, problem: { kind: 'unreadable', format: 'io', detail: e instanceof Error ? e.message : String(e) } } };
  } finally {
    running.delete(id);
  }
}
