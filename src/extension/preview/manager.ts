/**
 * Keeps the open previews: opens or reuses one for a journey, lets unlocked
 * previews follow the active journey editor, tracks the focused one (for
 * the lock and export commands), and revives previews after a reload.
 */
import * as vscode from 'vscode';
import { fileKindOf } from '../../core';
import { parseState } from '../../webview/protocol';
import { JourneyPreview, PREVIEW_VIEW_TYPE, type PreviewContext } from './panel';
import { webviewOptions } from './html';

/** Set while a journey preview has the focus (enables "Toggle Preview Locking"). */
const FOCUS_CONTEXT = 'journeyLensPreviewFocus';

export function isJourney(uri: vscode.Uri | undefined): uri is vscode.Uri {
  return !!uri && fileKindOf(uri.path) === 'journey';
}

export class PreviewManager implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private readonly previews = new Set<JourneyPreview>();
  private active: JourneyPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly ctx: PreviewContext) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Only real editors (with a column), not the output or a diff's side.
        if (!editor?.viewColumn || !isJourney(editor.document.uri)) return;
        for (const p of this.previews) if (!p.locked) p.show(editor.document.uri);
      }),
    );
  }

  /** The focused preview, else the only one: what the lock and export commands act on. */
  get current(): JourneyPreview | undefined {
    return this.active ?? (this.previews.size === 1 ? [...this.previews][0] : undefined);
  }

  open(resource: vscode.Uri, options: { toSide: boolean; locked?: boolean }): void {
    const locked = options.locked ?? false;
    const resourceColumn = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    const column = options.toSide ? resourceColumn + 1 : resourceColumn;
    const existing = [...this.previews].find((p) => p.matches(resource, column, locked));
    if (existing) {
      existing.panel.reveal(column, options.toSide);
      existing.show(resource);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: column, preserveFocus: options.toSide }, {
      ...webviewOptions(this.ctx.extensionUri),
      enableFindWidget: true,
    });
    this.add(new JourneyPreview(panel, resource, locked, this.ctx));
  }

  toggleLock(): void {
    const preview = this.current;
    if (!preview) return;
    preview.toggleLock();
    // Two unlocked previews in one column would show the same thing: keep one.
    for (const other of this.previews) {
      if (other !== preview && !preview.locked && !other.locked && other.panel.viewColumn === preview.panel.viewColumn) other.dispose();
    }
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const s = parseState(state);
    if (!s) {
      // Nothing to show (the page never got a journey): close rather than show an empty panel.
      panel.dispose();
      return;
    }
    const preview = new JourneyPreview(panel, vscode.Uri.parse(s.uri), s.locked ?? false, this.ctx);
    preview.view = s.view;
    this.add(preview);
  }

  private add(preview: JourneyPreview): void {
    this.previews.add(preview);
    this.setActive(preview.panel.active ? preview : this.active);
    preview.onDidDispose(() => {
      this.previews.delete(preview);
      if (this.active === preview) this.setActive(undefined);
    });
    preview.panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.active) this.setActive(preview);
      else if (this.active === preview) this.setActive(undefined);
    });
  }

  private setActive(preview: JourneyPreview | undefined): void {
    this.active = preview;
    void vscode.commands.executeCommand('setContext', FOCUS_CONTEXT, !!preview);
  }

  dispose(): void {
    for (const p of this.previews) p.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
