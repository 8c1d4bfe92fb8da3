/**
 * The journey and catalog files of the workspace, in every workspace folder
 * whatever its file system. Folders on disk are searched with
 * vscode.workspace.findFiles; VS Code searches other file systems only
 * through a search provider, which a virtual file system need not have (then
 * findFiles never answers), so those folders are walked through
 * vscode.workspace.fs, within a budget of entries.
 */
import * as vscode from 'vscode';
import { fileKindOf } from '../core';

const JOURNEYS_AND_CATALOGS = '**/*.{journey,catalog}.{yaml,yml}';
const CATALOGS = '**/*.catalog.{yaml,yml}';
const EXCLUDE = '**/node_modules/**';
/** Folders a walk does not enter: the dependencies findFiles is told to leave out, and what files.exclude leaves out by default. */
const NOT_WALKED = new Set(['node_modules', '.git', '.svn', '.hg', 'CVS']);
/** Entries a walk looks at, at most, per workspace folder: a very large virtual repository must not keep a command waiting. */
const WALK_LIMIT = 50_000;

export interface FileQuery {
  /** Only catalogs (New Journey offers them); default: journeys and catalogs. */
  catalogsOnly?: boolean;
  /** At most this many files per folder. */
  maxResults?: number;
}

export async function journeyFiles(token?: vscode.CancellationToken, query: FileQuery = {}): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (token?.isCancellationRequested) break;
    found.push(...(folder.uri.scheme === 'file'
      ? await vscode.workspace.findFiles(new vscode.RelativePattern(folder, query.catalogsOnly ? CATALOGS : JOURNEYS_AND_CATALOGS), EXCLUDE, query.maxResults, token)
      : await walk(folder.uri, query, token)));
  }
  return found.sort((a, b) => a.fsPath.localeCompare(b.fsPath) || a.toString().localeCompare(b.toString()));
}

/** The matching files under `root`, breadth first, without following links to folders. */
async function walk(root: vscode.Uri, query: FileQuery, token: vscode.CancellationToken | undefined): Promise<vscode.Uri[]> {
  const wanted = (name: string) => (query.catalogsOnly ? fileKindOf(name) === 'catalog' : ['journey', 'catalog'].includes(fileKindOf(name) ?? ''));
  const max = query.maxResults ?? Infinity;
  const out: vscode.Uri[] = [];
  const folders = [root];
  let budget = WALK_LIMIT;
  while (folders.length > 0 && budget > 0 && out.length < max && !token?.isCancellationRequested) {
    const folder = folders.shift() as vscode.Uri;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      continue; // Unreadable or gone meanwhile: the rest is still searched.
    }
    for (const [name, type] of entries.slice(0, budget)) {
      const uri = vscode.Uri.joinPath(folder, name);
      if (type & vscode.FileType.SymbolicLink) {
        if (type & vscode.FileType.File && wanted(name)) out.push(uri);
      } else if (type & vscode.FileType.Directory) {
        if (!NOT_WALKED.has(name)) folders.push(uri);
      } else if (type & vscode.FileType.File && wanted(name)) out.push(uri);
    }
    budget -= entries.length;
  }
  return out.slice(0, max);
}
