/**
 * The Journeys view (Explorer): every journey of the workspace with its
 * owner, its review date (overdue marked) and its findings by severity,
 * grouped by folder or by owner; and a Catalogs section with each catalog's
 * channels, teams, systems and partners and the journeys and steps that use
 * each. Built from the engine's overview (src/core/overview) of the same
 * analyses the Problems panel shows, in the background: the view never holds
 * up startup, and it follows the files as they change.
 */
import * as vscode from 'vscode';
import { type Analysis, baseName, buildOverview, fileKindOf, folderOf, type Catalog, type CatalogEntry, type CatalogOverview, type JourneyRow, type Overview, type StepRef } from '../../core';
import type { Analyses } from '../analyses';
import { workspaceFileHost } from '../analyses';
import { REVEAL_COMMAND } from '../commands/portfolio-report';
import { fileIdOf, uriOfFileId } from '../file-ids';
import { journeyFiles } from '../workspace-files';

export type Grouping = 'folder' | 'owner';

export type Node =
  | { kind: 'section'; section: 'journeys' | 'catalogs' }
  | { kind: 'group'; label: string; journeys: JourneyRow[] }
  | { kind: 'journey'; row: JourneyRow }
  | { kind: 'catalog'; catalog: CatalogOverview }
  | { kind: 'entries'; catalog: CatalogOverview; entryKind: CatalogEntry['kind'] }
  | { kind: 'entry'; entry: CatalogEntry }
  | { kind: 'user'; ref: StepRef };

/** Re-reading waits for this long after the last change, so a burst of saves costs one pass. */
const REFRESH_MS = 400;

type FileEntry = { kind: 'journey'; analysis: Analysis } | { kind: 'catalog'; catalog: Catalog };

export class JourneysView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private overview: Overview | undefined;
  private loading: Promise<Overview> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private grouping: Grouping = 'folder';
  /** Set by the tree view: while the view is hidden, changes only mark the overview stale. */
  visible = false;
  private stale = false;
  /**
   * What each journey and catalog file of the workspace holds, once read: a
   * change re-reads only the files it names (a check while typing is one
   * file), not the whole workspace.
   */
  private files: Map<string, FileEntry> | undefined;
  private readonly dirty = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly analyses: Analyses, onDidCheck: vscode.Event<vscode.Uri>) {
    const files = vscode.workspace.createFileSystemWatcher('**/*.{journey,catalog}.{yaml,yml}');
    const later = (uri: vscode.Uri) => this.refreshSoon(uri);
    this.disposables.push(files, files.onDidCreate(later), files.onDidDelete(later), files.onDidChange(later), onDidCheck(later));
  }

  /** The overview now (for tests and the commands): computed once, then kept up to date. */
  current(): Promise<Overview> {
    if (this.overview) return Promise.resolve(this.overview);
    this.loading ??= this.load().then((o) => {
      this.overview = o;
      this.loading = undefined;
      return o;
    });
    return this.loading;
  }

  /** Reads the workspace again now, whatever is kept (the tests, after they changed files). */
  refresh(): Promise<Overview> {
    this.files = undefined;
    this.overview = undefined;
    this.loading = undefined;
    const o = this.current();
    this.changed.fire(undefined);
    return o;
  }

  groupBy(grouping: Grouping): void {
    this.grouping = grouping;
    void vscode.commands.executeCommand('setContext', 'journeyLens.journeysGroupedBy', grouping);
    this.changed.fire(undefined);
  }

  refreshSoon(uri?: vscode.Uri): void {
    if (uri && uri.scheme !== 'untitled' && (fileKindOf(uri.path) === 'journey' || fileKindOf(uri.path) === 'catalog')) this.dirty.add(fileIdOf(uri));
    if (!this.visible) {
      this.stale = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.overview = undefined;
      this.changed.fire(undefined);
    }, REFRESH_MS);
  }

  /** The view was shown: bring it up to date if something changed while it was hidden. */
  shown(): void {
    this.visible = true;
    if (!this.stale) return;
    this.stale = false;
    this.overview = undefined;
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return [{ kind: 'section', section: 'journeys' }, { kind: 'section', section: 'catalogs' }];
    const o = await this.current();
    switch (node.kind) {
      case 'section':
        return node.section === 'journeys' ? groups(o.journeys, this.grouping) : o.catalogs.map((catalog) => ({ kind: 'catalog', catalog }));
      case 'group':
        return node.journeys.map((row) => ({ kind: 'journey', row }));
      case 'catalog':
        return (['partner', 'team', 'channel', 'system'] as const).filter((k) => node.catalog.entries.some((e) => e.kind === k)).map((entryKind) => ({ kind: 'entries', catalog: node.catalog, entryKind }));
      case 'entries':
        return node.catalog.entries.filter((e) => e.kind === node.entryKind).map((entry) => ({ kind: 'entry', entry }));
      case 'entry':
        return node.entry.usedBy.map((ref) => ({ kind: 'user', ref }));
      default:
        return [];
    }
  }

  async getTreeItem(node: Node): Promise<vscode.TreeItem> {
    return itemOf(node, node.kind === 'section' ? await this.current() : undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  private async load(): Promise<Overview> {
    if (!this.files) {
      this.dirty.clear();
      this.files = new Map();
      for (const uri of await journeyFiles()) await this.read(fileIdOf(uri), this.files);
    } else {
      const changed = [...this.dirty];
      this.dirty.clear();
      // A catalog that changed can change what every journey's references resolve to.
      const targets = changed.some((f) => fileKindOf(f) === 'catalog') ? [...new Set([...this.files.keys(), ...changed])] : changed;
      for (const file of targets) await this.read(file, this.files);
    }
    const entries = [...this.files];
    return buildOverview(
      entries.flatMap(([path, e]) => (e.kind === 'journey' ? [{ path, analysis: e.analysis }] : [])),
      entries.flatMap(([, e]) => (e.kind === 'catalog' ? [e.catalog] : [])),
      new Date(),
    );
  }

  /** Reads one file into `files`, or drops it when it is gone (a document VS Code still holds may outlive its file). */
  private async read(file: string, files: Map<string, FileEntry>): Promise<void> {
    const exists = await vscode.workspace.fs.stat(uriOfFileId(file)).then(() => true, () => false);
    if (!exists) {
      files.delete(file);
      return;
    }
    if (fileKindOf(file) === 'catalog') {
      const loaded = await this.analyses.catalogs.load(file, workspaceFileHost);
      if (loaded.status === 'missing') files.delete(file);
      else files.set(file, { kind: 'catalog', catalog: loaded.catalog });
      return;
    }
    const analysis = await this.analyses.getFile(uriOfFileId(file));
    if (analysis) files.set(file, { kind: 'journey', analysis });
    else files.delete(file);
  }
}

/**
 * The journey's folder relative to the workspace; the workspace's own folder by
 * its name (asRelativePath gives a folder's own path back whole, which showed
 * "/tmp/…" for every journey at the root).
 */
function folderLabel(file: string): string {
  const dir = uriOfFileId(folderOf(file));
  const folder = vscode.workspace.getWorkspaceFolder(dir);
  if (folder && folder.uri.path.replace(/\/$/, '') === dir.path.replace(/\/$/, '')) return folder.name;
  return vscode.workspace.asRelativePath(dir, false);
}

function groups(rows: readonly JourneyRow[], grouping: Grouping): Node[] {
  const by = new Map<string, JourneyRow[]>();
  for (const row of rows) {
    const label = grouping === 'owner' ? row.owner ?? vscode.l10n.t('(no owner)') : folderLabel(row.path);
    by.set(label, [...(by.get(label) ?? []), row]);
  }
  return [...by].sort(([a], [b]) => a.localeCompare(b)).map(([label, journeys]) => ({ kind: 'group', label, journeys }));
}

function counts(row: JourneyRow): string {
  const parts = [
    row.findings.error ? vscode.l10n.t('{0} errors', row.findings.error) : '',
    row.findings.warning ? vscode.l10n.t('{0} warnings', row.findings.warning) : '',
    row.findings.info + row.findings.hint ? vscode.l10n.t('{0} infos', row.findings.info + row.findings.hint) : '',
  ].filter((p) => p !== '');
  return parts.length ? parts.join(' · ') : vscode.l10n.t('no findings');
}

const KIND_LABELS = (): Record<CatalogEntry['kind'], string> => ({
  partner: vscode.l10n.t('Partners'), team: vscode.l10n.t('Teams'), channel: vscode.l10n.t('Channels'), system: vscode.l10n.t('Systems'),
});

/** Registers the view, its grouping commands and its preview button. */
export function registerJourneysView(analyses: Analyses, onDidCheck: vscode.Event<vscode.Uri>): { view: JourneysView; disposable: vscode.Disposable } {
  const view = new JourneysView(analyses, onDidCheck);
  const tree = vscode.window.createTreeView('journeyLens.journeys', { treeDataProvider: view, showCollapseAll: true });
  view.visible = tree.visible;
  void vscode.commands.executeCommand('setContext', 'journeyLens.journeysGroupedBy', 'folder');
  return {
    view,
    disposable: vscode.Disposable.from(
      view, tree,
      tree.onDidChangeVisibility((e) => (e.visible ? view.shown() : (view.visible = false))),
      vscode.commands.registerCommand('journeyLens.journeysGroupByOwner', () => view.groupBy('owner')),
      vscode.commands.registerCommand('journeyLens.journeysGroupByFolder', () => view.groupBy('folder')),
      vscode.commands.registerCommand('journeyLens.previewFromJourneysView', (node?: Node) => {
        if (node?.kind === 'journey') void vscode.commands.executeCommand('journeyLens.openPreviewToSide', uriOfFileId(node.row.path));
      }),
    ),
  };
}

function itemOf(node: Node, o?: Overview): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  switch (node.kind) {
    case 'section': {
      const journeys = node.section === 'journeys';
      const item = new vscode.TreeItem(journeys ? vscode.l10n.t('Journeys') : vscode.l10n.t('Catalogs'), C.Expanded);
      item.description = o ? String(journeys ? o.journeys.length : o.catalogs.length) : undefined;
      item.iconPath = new vscode.ThemeIcon(journeys ? 'map' : 'library');
      return item;
    }
    case 'group': {
      const item = new vscode.TreeItem(node.label, C.Expanded);
      item.iconPath = new vscode.ThemeIcon('folder');
      item.description = String(node.journeys.length);
      return item;
    }
    case 'journey': {
      const r = node.row;
      const item = new vscode.TreeItem(r.title || baseName(r.path), C.None);
      const review = r.reviewOverdue ? vscode.l10n.t('review overdue since {0}', r.reviewDue ?? '') : r.reviewDue ? vscode.l10n.t('review due {0}', r.reviewDue) : vscode.l10n.t('never reviewed');
      item.description = [r.owner, review, counts(r)].filter(Boolean).join(' · ');
      item.tooltip = new vscode.MarkdownString().appendText(`${r.title ?? ''}\n${vscode.workspace.asRelativePath(uriOfFileId(r.path))}\n${item.description}`);
      item.iconPath = r.findings.error ? new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'))
        : r.reviewOverdue || r.findings.warning ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
          : new vscode.ThemeIcon('pass');
      item.resourceUri = uriOfFileId(r.path);
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uriOfFileId(r.path)] };
      item.contextValue = 'journeyLens.journey';
      return item;
    }
    case 'catalog': {
      const item = new vscode.TreeItem(node.catalog.title ?? baseName(node.catalog.path), C.Collapsed);
      item.description = vscode.workspace.asRelativePath(uriOfFileId(node.catalog.path));
      item.iconPath = new vscode.ThemeIcon('library');
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uriOfFileId(node.catalog.path)] };
      return item;
    }
    case 'entries': {
      const item = new vscode.TreeItem(KIND_LABELS()[node.entryKind], C.Expanded);
      item.description = String(node.catalog.entries.filter((e) => e.kind === node.entryKind).length);
      return item;
    }
    case 'entry': {
      const e = node.entry;
      const journeys = new Set(e.usedBy.map((r) => r.path)).size;
      const item = new vscode.TreeItem(e.id, e.usedBy.length ? C.Collapsed : C.None);
      const flags = e.flags.map((f) => (f === 'unused' ? vscode.l10n.t('unused') : f === 'no-agreement' ? vscode.l10n.t('no agreement') : vscode.l10n.t('no fallback')));
      const used = e.usedBy.length ? vscode.l10n.t('used by {0}, {1}', journeys === 1 ? vscode.l10n.t('1 journey') : vscode.l10n.t('{0} journeys', journeys), e.usedBy.length === 1 ? vscode.l10n.t('1 step') : vscode.l10n.t('{0} steps', e.usedBy.length)) : '';
      item.description = [e.name, used, ...flags].filter(Boolean).join(' · ');
      item.iconPath = e.flags.some((f) => f !== 'unused') ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
        : new vscode.ThemeIcon(e.flags.includes('unused') ? 'circle-slash' : e.kind === 'partner' ? 'briefcase' : e.kind === 'team' ? 'organization' : e.kind === 'channel' ? 'comment-discussion' : 'server');
      return item;
    }
    case 'user': {
      const item = new vscode.TreeItem(`${node.ref.journey} › ${node.ref.step}`, C.None);
      item.iconPath = new vscode.ThemeIcon('debug-step-over');
      item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Open'), arguments: [node.ref.path, node.ref.index] };
      return item;
    }
  }
}
