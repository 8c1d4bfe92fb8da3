/**
 * Keeps the Problems panel in step with the documents: checks on open, on
 * change (debounced per document), on save; clears on close and delete.
 * Results for an outdated document version are dropped.
 */
import * as vscode from 'vscode';
import { fileKindOf } from '../core';
import type { Analyses } from './analyses';
import { toDiagnostic } from './diagnostics';
import { fileIdOf, isCopyOfDiskFile } from './file-ids';
import type { Settings } from './settings';

const DEBOUNCE_MS = 200;

function isJourneyLensDocument(document: vscode.TextDocument): boolean {
  return !isCopyOfDiskFile(document.uri) && fileKindOf(document.uri.path) !== undefined;
}

export class Checker implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('journey-lens');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private allOpen: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics were published. */
  readonly onDidCheck = this.changed.event;

  constructor(private readonly analyses: Analyses, private readonly settings: Settings) {
    const w = vscode.workspace;
    this.disposables.push(
      this.changed,
      w.onDidOpenTextDocument((d) => this.check(d)),
      w.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        if (this.settings.runMode === 'onType') this.schedule(e.document);
        this.recheckUsers(e.document);
      }),
      w.onDidSaveTextDocument((d) => this.check(d, true)),
      w.onDidCloseTextDocument((d) => this.clear(d.uri)),
      w.onDidDeleteFiles((e) => e.files.forEach((u) => this.clear(u))),
      settings.onDidChange(() => this.checkAllOpen()),
    );
    // A catalog changed on disk (a pull, another editor, any file system) re-checks the open journeys that use it.
    const catalogs = w.createFileSystemWatcher('**/*.catalog.{yaml,yml}');
    const onDisk = (uri: vscode.Uri) => this.recheckUsersOf(uri);
    this.disposables.push(catalogs, catalogs.onDidChange(onDisk), catalogs.onDidCreate(onDisk), catalogs.onDidDelete(onDisk));
  }

  /**
   * Checks every open journey, catalog and config document, right after the
   * current task: activate() (which loads the settings, and so comes here)
   * returns before the first checks run instead of waiting for them.
   */
  checkAllOpen(): void {
    this.analyses.invalidate();
    clearTimeout(this.allOpen);
    this.allOpen = setTimeout(() => {
      this.allOpen = undefined;
      for (const d of vscode.workspace.textDocuments) void this.check(d);
      this.publishConfigFindings();
    }, 0);
  }

  schedule(document: vscode.TextDocument): void {
    if (!isJourneyLensDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.check(document);
    }, DEBOUNCE_MS));
  }

  async check(document: vscode.TextDocument, onSave = false): Promise<void> {
    if (!isJourneyLensDocument(document) || document.isClosed) return;
    const version = document.version;
    const analysis = await this.analyses.get(document, onSave);
    // A newer edit (or a close) happened meanwhile: its own check will publish.
    if (document.isClosed || document.version !== version) return;
    this.collection.set(document.uri, analysis.findings.map(toDiagnostic));
    this.changed.fire(document.uri);
  }

  /** Checks an open document again although its text did not change (its evidence did). */
  recheck(uri: vscode.Uri): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document) return;
    this.analyses.invalidate(uri);
    void this.check(document);
  }

  /** Editing a catalog re-checks the open journeys that use it. */
  private recheckUsers(changed: vscode.TextDocument): void {
    this.recheckUsersOf(changed.uri, changed);
  }

  /** Re-checks the open journeys whose `uses` name the catalog at `uri` (read or looked for). */
  private recheckUsersOf(uri: vscode.Uri, changed?: vscode.TextDocument): void {
    if (fileKindOf(uri.path) !== 'catalog') return;
    const id = fileIdOf(uri);
    for (const d of vscode.workspace.textDocuments) {
      if (d === changed || fileKindOf(d.uri.path) !== 'journey') continue;
      void this.analyses.get(d).then((a) => {
        if (a.catalogs.some((c) => c.file === id)) {
          this.analyses.invalidate(d.uri);
          this.schedule(d);
        }
      });
    }
  }

  private publishConfigFindings(): void {
    const cf = this.settings.configFindings;
    const uri = this.settings.configUri();
    if (uri && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
      this.collection.set(uri, cf ? cf.findings.map(toDiagnostic) : []);
    }
  }

  private clear(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
    // The config file keeps its findings while closed: they explain ignored settings.
    if (uri.toString() === this.settings.configUri()?.toString()) {
      this.publishConfigFindings();
      return;
    }
    this.collection.delete(uri);
    this.analyses.invalidate(uri);
  }

  dispose(): void {
    clearTimeout(this.allOpen);
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
