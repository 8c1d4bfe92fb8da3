/**
 * Evidence in the editor: the journey's log is read and mapped in a worker
 * thread, never on the extension host's main thread and never on the typing
 * path. A check asks only for what the worker can answer from cached cases
 * (a re-map, milliseconds); a log that is not cached as it is on disk is read
 * in the background, with a cancellable progress notification when that takes
 * more than a second, and the journey is checked again once it is there. The
 * log is watched, so a new export is read again and the figures follow.
 *
 * Untrusted workspaces read no logs; logs outside the journey's workspace
 * folder are refused as `uses` catalogs are (the worker's evaluateDesign).
 * The worker reads logs on disk (the `file` scheme, also in remote
 * workspaces, where the extension host runs beside the files) itself; a log
 * of another file system (a virtual workspace) is read here through
 * vscode.workspace.fs and its bytes handed to the worker.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import {
  designOf, type EvidenceOutcome, type EvidenceSettings, evidenceSettingsOf, type EvidenceSource, type EvidenceThresholds, folderOf, isInside,
  identityOnDisk, isUriString, type Journey, logIdentity, resolveBeside,
} from '../../core';
import { fileIdOf, rootIdOf } from '../file-ids';
import { EvidenceWorker, type Answer } from './client';
import type { EvaluateRequest } from './protocol';

/**
 * A log of another file system is read whole into memory (Node's fs, which
 * streams, cannot reach it): larger ones get a finding that says so.
 */
const MAX_VIRTUAL_LOG_BYTES = 512 * 1024 * 1024;

/**
 * How often the logs in use are looked at (their size and modification
 * time) besides the watcher: file watchers miss changes on some file systems
 * and in the moment after a folder appears, and a new export should never go
 * unnoticed. A stat of a handful of files costs nothing.
 */
const POLL_MS = 2000;

/** The files a log can be (evidence.md: CSV or XES, plain or gzipped), in any folder of the workspace. */
const LOG_FILES = '**/*.{csv,xes,gz,CSV,XES,GZ}';

/** A read that takes longer than this gets a progress notification. */
const PROGRESS_AFTER_MS = 1000;
/**
 * How long a check waits for a re-map of cached cases: milliseconds for most
 * logs, but a second or more for millions of events, and the findings,
 * hovers and completion of the edit wait with it. Past this, the check goes
 * on without evidence and the journey is checked again when the re-map is
 * done (the worker keeps its answer, so that second check is immediate).
 */
const REMAP_WAIT_MS = 300;

type Request = Omit<EvaluateRequest, 'type' | 'id'>;

/** A log of another file system as seen through vscode.workspace.fs: what to send the worker, or the outcome already. */
type Seen = { logPath?: undefined; content?: undefined } | { logPath: string; identity?: string; content: NonNullable<Request['content']> } | { logPath: string; identity?: string; outcome: EvidenceOutcome };

/** What a finished background read left for a log as it was then (a failure is not in the worker's cache). */
interface Remembered {
  identity: string | undefined;
  /** undefined: the user cancelled the read; the checks stay silent until the log changes or the journey is saved. */
  outcome: EvidenceOutcome | undefined;
}

export class EvidenceService implements vscode.Disposable {
  private readonly worker: EvidenceWorker;
  /** Background reads under way, by log and selection, with the journeys waiting for each. */
  private readonly reading = new Map<string, Set<string>>();
  private readonly remembered = new Map<string, Remembered>();
  /** Per log in use (its path on disk), the journeys that use it. */
  private readonly watched = new Map<string, Set<string>>();
  /** Per log in use, its size and modification time when last seen. */
  private readonly seen = new Map<string, string | undefined>();
  private readonly poll = setInterval(() => void this.pollLogs(), POLL_MS);
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a journey's evidence may have changed: check it again. */
  readonly onDidChangeEvidence = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(workerScript: string) {
    this.worker = new EvidenceWorker(workerScript);
    // One watcher of the workspace's logs by their extensions: a glob is served by the workspace's
    // own recursive watcher, which runs already; a watcher per log would be set up anew, and a log
    // replaced in the moment after its journey opened could go unnoticed. Logs outside the
    // workspace are refused anyway.
    const logs = vscode.workspace.createFileSystemWatcher(LOG_FILES);
    const changed = (uri: vscode.Uri) => {
      for (const u of this.watched.get(fileIdOf(uri)) ?? []) this.changed.fire(vscode.Uri.parse(u));
    };
    this.disposables.push(
      logs, logs.onDidChange(changed), logs.onDidCreate(changed), logs.onDidDelete(changed),
      vscode.workspace.onDidCloseTextDocument((d) => this.unwatch(d.uri.toString())),
      // Trust granted: the journeys open now may read their logs.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changedAll()),
    );
  }

  /**
   * The evidence source of one analysis. `wait` (the portfolio report, Check
   * All Journeys) reads a cold log and waits for it; the typing path never
   * does. `retry` (a save) reads again a log whose last read failed or was
   * cancelled.
   */
  sourceFor(uri: vscode.Uri, thresholds: EvidenceThresholds, options: { wait?: boolean; retry?: boolean } = {}): EvidenceSource | undefined {
    // A new journey that is not saved has no folder its log could be relative to.
    if (uri.scheme === 'untitled') return undefined;
    return async (journey, file) => {
      if (!vscode.workspace.isTrusted) return undefined;
      const request = requestOf(journey, file, rootOf(uri), thresholds);
      if (!request) return undefined;
      const key = readKey(file, request.settings);
      if (options.retry) this.remembered.delete(key);
      if (options.wait) return this.read(key, request, [uri.toString()]);
      const seen = await this.seeLog(request, false);
      if ('outcome' in seen) {
        this.watch(seen.logPath, uri, seen.identity);
        return seen.outcome;
      }
      const remap = this.worker.evaluate({ ...request, content: seen.content, cachedOnly: true });
      const answer = await Promise.race([remap, delay(REMAP_WAIT_MS)]);
      if (!answer) {
        void remap.then(() => this.changed.fire(uri));
        return undefined;
      }
      this.watch(answer.logPath, uri, answer.identity);
      if (answer.outcome !== 'cold') return answer.outcome;
      const kept = this.remembered.get(key);
      if (kept && kept.identity === answer.identity) return kept.outcome;
      this.readInBackground(key, request, uri);
      return undefined;
    };
  }

  dispose(): void {
    clearInterval(this.poll);
    this.worker.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private readInBackground(key: string, request: Omit<Request, 'cachedOnly'>, uri: vscode.Uri): void {
    const waiting = this.reading.get(key);
    if (waiting) {
      waiting.add(uri.toString());
      return;
    }
    const users = new Set([uri.toString()]);
    this.reading.set(key, users);
    void this.read(key, request, users).then(() => {
      this.reading.delete(key);
      for (const u of users) this.changed.fire(vscode.Uri.parse(u));
    });
  }

  /** Reads the log in the worker, with a cancellable notification once it takes more than a second. */
  private async read(key: string, request: Omit<Request, 'cachedOnly'>, users: Iterable<string>): Promise<EvidenceOutcome | undefined> {
    let seen = await this.seeLog(request, false);
    if ('content' in seen && seen.content) {
      // A log on another file system is read whole into memory: not when the worker has it under this identity already
      // (Check All Journeys asks once per journey that uses it).
      const cached = await this.worker.evaluate({ ...request, content: seen.content, cachedOnly: true });
      if (cached.outcome !== 'cold') {
        this.remembered.set(key, { identity: cached.identity, outcome: cached.outcome });
        for (const u of users) this.watch(cached.logPath, vscode.Uri.parse(u), cached.identity);
        return cached.outcome;
      }
      seen = await this.seeLog(request, true);
    }
    if ('outcome' in seen) {
      // Remembered for the log as it is (a read that failed is not in the worker's cache): not read again until it changes.
      this.remembered.set(key, { identity: seen.identity, outcome: seen.outcome });
      for (const u of users) this.watch(seen.logPath, vscode.Uri.parse(u), seen.identity);
      return seen.outcome;
    }
    let id = 0;
    let cancelled = false;
    let report: ((bytesRead: number, totalBytes: number) => void) | undefined;
    const answer = this.worker.evaluate({ ...request, content: seen.content, cachedOnly: false }, {
      started: (i) => { id = i; },
      onProgress: (bytesRead, totalBytes) => report?.(bytesRead, totalBytes),
    });
    const timer = setTimeout(() => {
      const title = vscode.l10n.t('Journey Lens: reading the event log {0}', path.basename(request.settings.log));
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
        token.onCancellationRequested(() => {
          cancelled = true;
          this.worker.cancel(id);
        });
        let shown = 0;
        report = (bytesRead, totalBytes) => {
          const percent = totalBytes > 0 ? Math.min(100, Math.floor((bytesRead / totalBytes) * 100)) : 0;
          if (percent > shown) progress.report({ message: `${percent}%`, increment: percent - shown });
          shown = Math.max(shown, percent);
        };
        return answer;
      });
    }, PROGRESS_AFTER_MS);
    const done: Answer = await answer;
    clearTimeout(timer);
    const outcome = cancelled || done.outcome === 'cold' ? undefined : done.outcome;
    this.remembered.set(key, { identity: done.identity, outcome });
    for (const u of users) this.watch(done.logPath, vscode.Uri.parse(u), done.identity);
    return outcome;
  }

  /** Remembers that the journey uses the log: a new export of it re-checks the journey. */
  private watch(logPath: string | undefined, journey: vscode.Uri, identity?: string): void {
    if (!logPath) return;
    if (identity !== undefined || !this.seen.has(logPath)) this.seen.set(logPath, identity);
    let users = this.watched.get(logPath);
    if (!users) this.watched.set(logPath, (users = new Set()));
    users.add(journey.toString());
  }

  private unwatch(journey: string): void {
    for (const [logPath, users] of this.watched) {
      users.delete(journey);
      if (users.size > 0) continue;
      this.watched.delete(logPath);
      this.seen.delete(logPath);
    }
  }

  /**
   * A log on another file system than the disk (its name is a URI string),
   * seen through vscode.workspace.fs: its identity, with `withBytes` its
   * content, or the outcome when it cannot be read. A log on disk, and one
   * outside the workspace folder (which the worker refuses unread), is left
   * to the worker.
   */
  private async seeLog(request: Omit<Request, 'cachedOnly'>, withBytes: boolean): Promise<Seen> {
    const logPath = resolveBeside(request.file, request.settings.log);
    if (!isUriString(logPath) || !isInside(logPath, request.root)) return {};
    const uri = vscode.Uri.parse(logPath);
    const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
    if (!stat) return { logPath, outcome: { ok: false, problem: { kind: 'missing' } } };
    if (!(stat.type & vscode.FileType.File)) return { logPath, outcome: { ok: false, problem: { kind: 'not-a-file' } } };
    const identity = identityOf(stat);
    if (stat.size > MAX_VIRTUAL_LOG_BYTES) {
      return { logPath, identity, outcome: { ok: false, problem: { kind: 'file-too-large', limitBytes: MAX_VIRTUAL_LOG_BYTES } } };
    }
    if (!withBytes) return { logPath, identity, content: { identity } };
    try {
      return { logPath, identity, content: { identity, bytes: await vscode.workspace.fs.readFile(uri) } };
    } catch (e) {
      return { logPath, identity, outcome: { ok: false, problem: { kind: 'unreadable', format: 'io', detail: e instanceof Error ? e.message : String(e) } } };
    }
  }

  /** A log whose size or modification time changed since it was last seen: its journeys are checked again. */
  private async pollLogs(): Promise<void> {
    for (const [logPath, users] of this.watched) {
      const identity = isUriString(logPath)
        ? await vscode.workspace.fs.stat(vscode.Uri.parse(logPath)).then((s) => (s.type & vscode.FileType.File ? identityOf(s) : undefined), () => undefined)
        : await identityOnDisk(logPath);
      if (this.seen.get(logPath) === identity) continue;
      this.seen.set(logPath, identity);
      for (const u of users) this.changed.fire(vscode.Uri.parse(u));
    }
  }

  private changedAll(): void {
    for (const d of vscode.workspace.textDocuments) this.changed.fire(d.uri);
  }
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

function requestOf(journey: Journey, file: string, root: string, thresholds: EvidenceThresholds): Omit<Request, 'cachedOnly'> | undefined {
  const settings = evidenceSettingsOf(journey);
  return settings && { settings, design: designOf(journey), file, root, thresholds };
}

/** The journey's workspace folder; without one, the journey's own folder, as for `uses`. */
function rootOf(uri: vscode.Uri): string {
  return rootIdOf(uri) ?? folderOf(fileIdOf(uri));
}

/** A log as selected: its path or URI and every selection setting (`actors` is mapping's, but harmless here). */
function readKey(file: string, settings: EvidenceSettings): string {
  return JSON.stringify([resolveBeside(file, settings.log), settings]);
}

/** A log's identity as the worker's cache keys it, from vscode.workspace.fs. */
function identityOf(stat: vscode.FileStat): string {
  return logIdentity(stat.size, stat.mtime);
}
