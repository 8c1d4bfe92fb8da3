/**
 * One preview panel: it shows the blueprint of one journey (the active
 * editor's, or a locked file's), updates at once when opened and throttled
 * while typing, drops results for outdated versions, and keeps the editor
 * and the preview pointing at the same step both ways.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { type Blueprint, buildBlueprint, cellAt, isViewMode, rangeOfKey, type ViewMode } from '../../core';
import { parseFromPage, type FromPage, type ToPage, type ZoomCommand } from '../../webview/protocol';
import type { Analyses } from '../analyses';
import type { PreviewEvidence } from './evidence';
import { previewHtml, webviewOptions } from './html';
import { revealInEditor } from './reveal';
import { Throttle } from './throttle';

export const PREVIEW_VIEW_TYPE = 'journeyLens.preview';
const THROTTLE_MS = 150;

interface Shown {
  version: number;
  /** Analyses are cached per version: the same object means nothing changed. */
  analysis: object;
  /** Likewise the evidence outcome: a changed log gives a new one for the same version. */
  evidence: object | undefined;
  /** What the page shows: this version's blueprint, or the last good one while the YAML is broken. */
  blueprint: Blueprint;
  stale: boolean;
  /** The file was deleted: the blueprint is empty and says so. */
  gone?: boolean;
}

export interface PreviewContext {
  extensionUri: vscode.Uri;
  analyses: Analyses;
  /** Fires when a document was re-checked, e.g. after its catalog or the settings changed. */
  onDidCheck?: vscode.Event<vscode.Uri>;
  /** The journey's evidence for the overlay. */
  evidence: PreviewEvidence;
}

export class JourneyPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly throttle = new Throttle(THROTTLE_MS, () => void this.update());
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  private ready = false;
  private isDisposed = false;
  private shown: Shown | undefined;
  /** The last blueprint that could be built, shown (marked stale) while the YAML is broken. */
  private lastGood: Blueprint | undefined;
  private highlighted: string | undefined;
  /** Watches the shown journey's event log, so the overlay follows a new export of it. */
  /** The page's current view, for exports; undefined until the page says. */
  view: ViewMode | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resourceUri: vscode.Uri,
    private lockedToFile: boolean,
    private readonly ctx: PreviewContext,
  ) {
    panel.webview.options = webviewOptions(ctx.extensionUri);
    panel.webview.html = previewHtml(panel.webview, ctx.extensionUri);
    this.setTitle();
    const isMine = (uri: vscode.Uri) => uri.toString() === this.resourceUri.toString();
    this.disposables.push(
      this.disposed,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(parseFromPage(m))),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isMine(e.document.uri) && e.contentChanges.length > 0) this.throttle.trigger();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (isMine(e.textEditor.document.uri)) this.highlight(e.selections[0].active);
      }),
    );
    if (ctx.onDidCheck) this.disposables.push(ctx.onDidCheck((uri) => isMine(uri) && this.throttle.trigger()));
    // A deleted journey: the preview says so (as the Markdown preview does) instead of showing it as if it were there.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
    this.disposables.push(
      watcher,
      watcher.onDidDelete((uri) => isMine(uri) && this.gone()),
      watcher.onDidCreate((uri) => isMine(uri) && this.throttle.trigger()),
    );
  }

  /** The file is no longer there: an empty blueprint whose banner says so; it comes back when the file does. */
  private gone(): void {
    const last = this.shown?.blueprint;
    if (!last || this.isDisposed) return;
    const name = path.posix.basename(this.resourceUri.path);
    const blueprint = { ...last, steps: [], problem: vscode.l10n.t('{0} has been deleted. The preview shows it again when the file is back.', name) };
    // The same version: the page takes it (it drops only older ones), and `gone` lets a new file's version 1 follow.
    this.shown = { ...this.shown!, blueprint, stale: false, gone: true };
    this.lastGood = undefined;
    if (this.ready) this.post(this.updateMessage(this.shown));
  }

  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  get locked(): boolean {
    return this.lockedToFile;
  }

  /** Whether this preview is the one to reuse for a file in a column (as the Markdown preview decides). */
  matches(resource: vscode.Uri, column: vscode.ViewColumn | undefined, locked: boolean): boolean {
    if (this.panel.viewColumn !== column) return false;
    return this.lockedToFile ? locked && resource.toString() === this.resourceUri.toString() : !locked;
  }

  /** Shows another journey (a preview that follows the active editor). */
  show(resource: vscode.Uri): void {
    if (resource.toString() === this.resourceUri.toString()) return;
    this.resourceUri = resource;
    this.shown = undefined;
    this.lastGood = undefined;
    this.highlighted = undefined;
    this.setTitle();
    this.throttle.flush();
  }

  /** Zooms the page's grid views, as its buttons do. */
  zoom(command: ZoomCommand): void {
    if (this.ready) this.post({ type: 'zoom', command });
  }

  toggleLock(): void {
    this.lockedToFile = !this.lockedToFile;
    this.setTitle();
    // The page keeps `locked` in its state, which is what a reload revives.
    if (this.shown && this.ready) this.post(this.updateMessage(this.shown));
  }

  private setTitle(): void {
    const name = path.posix.basename(this.resourceUri.path);
    this.panel.title = this.lockedToFile ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview {0}', name);
  }

  private onMessage(m: FromPage | undefined): void {
    if (!m) return;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        if (m.view) this.view = m.view;
        // A (re)loaded page starts empty: send what it should show.
        if (this.shown) this.send(this.shown);
        else this.throttle.flush();
        return;
      case 'view':
        this.view = m.view;
        return;
      case 'select': {
        // Drawn from another file or an older text: its keys may mean other cells now.
        if (m.uri !== this.resourceUri.toString() || m.version !== this.shown?.version) return;
        const range = rangeOfKey(this.shown.blueprint, m.key);
        if (range) void revealInEditor(this.resourceUri, range, this.panel.viewColumn);
        return;
      }
    }
  }

  private async update(): Promise<void> {
    const resource = this.resourceUri;
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(resource);
    } catch {
      return;
    }
    const version = document.version;
    const analysis = await this.ctx.analyses.get(document);
    const thresholds = this.ctx.analyses.configuration.evidence;
    // Never waits for a log: the overlay follows when its figures arrive (the re-check after the read).
    const evidence = this.ctx.evidence.latest(resource, analysis);
    // Disposed, switched files, or edited meanwhile: a newer update is on its way.
    if (this.isDisposed || resource !== this.resourceUri || document.version !== version) return;
    if (this.shown?.version === version && this.shown.analysis === analysis && this.shown.evidence === evidence && !this.shown.gone) return;
    const built = buildBlueprint(analysis, { evidence, minCases: thresholds.minCases });
    if (!built.problem) this.lastGood = built;
    const stale = !!built.problem && !!this.lastGood;
    this.shown = { version, analysis, evidence, blueprint: stale ? { ...this.lastGood!, problem: built.problem } : built, stale };
    if (this.ready) this.send(this.shown);
  }

  /** The blueprint, then the cell under the editor's cursor (keys may mean other cells now). */
  private send(shown: Shown): void {
    this.post(this.updateMessage(shown));
    this.highlighted = undefined;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resourceUri.toString());
    if (editor) this.highlight(editor.selection.active);
  }

  private updateMessage(shown: Shown): ToPage {
    const setting = vscode.workspace.getConfiguration('journeyLens.preview', this.resourceUri).get('defaultView');
    return {
      type: 'update',
      uri: this.resourceUri.toString(),
      locked: this.lockedToFile,
      version: shown.version,
      blueprint: shown.blueprint,
      stale: shown.stale,
      gone: shown.gone,
      defaultView: isViewMode(setting) ? setting : 'blueprint',
      language: vscode.env.language,
    };
  }

  private highlight(position: vscode.Position): void {
    if (!this.ready || !this.shown) return;
    if (!vscode.workspace.getConfiguration('journeyLens.preview', this.resourceUri).get('highlightCursor', true)) return;
    const key = cellAt(this.shown.blueprint, position)?.key;
    if (key === this.highlighted) return;
    this.highlighted = key;
    this.post({ type: 'highlight', key });
  }

  private post(message: ToPage): void {
    if (!this.isDisposed) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.throttle.cancel();
    this.disposed.fire();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
