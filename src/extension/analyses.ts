/**
 * The latest analysis of each journey, catalog and config document, cached by
 * URI and document version: diagnostics, quick fixes, hovers and the preview
 * all read the same analysis instead of each parsing the file again.
 */
import * as vscode from 'vscode';
import { analyseText, type Analysis, CatalogCache, type Config, DEFAULT_MAX_BYTES, type FileHost, MAX_READ_BYTES, nodeFileHost, SegmentedParser } from '../core';
import { fileIdOf, rootIdOf, uriOfFileId } from './file-ids';
import type { EvidenceService } from './evidence/service';

/**
 * Reads the files the engine names (paths or URI strings, see file-ids.ts)
 * by URI through vscode.workspace.fs, so remote and virtual workspaces work;
 * an open document's text wins over the file's.
 */
export const workspaceFileHost: FileHost = {
  async readFile(file: string): Promise<string | undefined> {
    const uri = uriOfFileId(file);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      // Regular files only, within the read limit: reading a FIFO by a catalog's name would never return.
      const stat = await vscode.workspace.fs.stat(uri);
      if (!(stat.type & vscode.FileType.File) || stat.size > MAX_READ_BYTES) return undefined;
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  },
  // Without it the engine could confine `uses` by path only, and a link in the workspace would lead
  // the editor to a catalog outside it that the command line refuses. The engine asks it for paths on
  // the disk where the extension host runs only (files/workspace-root.ts).
  realPath: nodeFileHost.realPath,
};

interface Entry {
  version: number;
  /** The size limit the analysis ran with; a save asks again without one. */
  maxBytes: number;
  analysis: Promise<Analysis>;
  /** Keeps each step's parsed block between versions: typing re-parses only the edited step. */
  parser: SegmentedParser;
}

export class Analyses {
  private readonly entries = new Map<string, Entry>();
  readonly catalogs = new CatalogCache();

  /** `evidence`: where journeys with an event log get their figures (none: the evidence checks stay silent). */
  constructor(private readonly config: () => Readonly<Config>, private readonly evidence?: Pick<EvidenceService, 'sourceFor'>) {}

  /** The configuration analyses are made with now (its evidence thresholds, for the preview). */
  get configuration(): Readonly<Config> {
    return this.config();
  }

  /**
   * The analysis of a document at its current version. While typing, files
   * over the engine's default size limit get one finding instead of a check;
   * `onSave` lifts the limit, as the finding promises.
   */
  get(document: vscode.TextDocument, onSave = false): Promise<Analysis> {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    const maxBytes = onSave ? Infinity : DEFAULT_MAX_BYTES;
    if (hit && hit.version === document.version && hit.maxBytes >= maxBytes) return hit.analysis;
    const parser = hit?.parser ?? new SegmentedParser();
    const analysis = analyseText(fileIdOf(document.uri), document.getText(), workspaceFileHost, {
      config: this.config(),
      catalogs: this.catalogs,
      parse: (text) => parser.parse(text),
      maxBytes,
      root: rootIdOf(document.uri),
      language: vscode.env.language,
      evidence: this.evidence?.sourceFor(document.uri, this.config().evidence, { retry: onSave }),
    });
    this.entries.set(key, { version: document.version, maxBytes, analysis, parser });
    return analysis;
  }

  /**
   * Analyses a file that may not be open, e.g. for rename across journeys.
   * `withEvidence` (the portfolio, Check All Journeys) waits for the
   * journey's log to be read, where an open document's analysis does not.
   */
  async getFile(uri: vscode.Uri, options: { withEvidence?: boolean } = {}): Promise<Analysis | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? open.getText() : await workspaceFileHost.readFile(fileIdOf(uri));
    if (open && !options.withEvidence) return this.get(open);
    if (text === undefined) return undefined;
    const evidence = options.withEvidence ? this.evidence?.sourceFor(uri, this.config().evidence, { wait: true }) : undefined;
    return analyseText(fileIdOf(uri), text, workspaceFileHost, { config: this.config(), catalogs: this.catalogs, root: rootIdOf(uri), language: vscode.env.language, evidence });
  }

  /** Drops cached results, e.g. when a catalog or the configuration changed. */
  invalidate(uri?: vscode.Uri): void {
    if (uri) this.entries.delete(uri.toString());
    else this.entries.clear();
  }
}
