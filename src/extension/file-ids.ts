/**
 * How the extension names a file to the engine, and back: a file on disk by
 * its path (as the command line does, so both name it alike), any other
 * file system's file (a virtual workspace, `untitled:`) by its URI string.
 * The engine resolves both kinds (core files/locations.ts); nothing here or
 * there assumes `file:`.
 */
import * as vscode from 'vscode';
import { isUriString } from '../core';

/** Read-only copies of a file on disk that VS Code shows (a diff's older side, an output view). */
const COPIES_OF_DISK_FILES = new Set(['git', 'vscode-scm', 'output']);

/** Whether `uri` is a read-only copy of a file on disk (a diff's older side, an output view), not a file to check. */
export function isCopyOfDiskFile(uri: vscode.Uri): boolean {
  return COPIES_OF_DISK_FILES.has(uri.scheme);
}

/** The engine's name of the file at `uri`. */
export function fileIdOf(uri: vscode.Uri): string {
  // A copy's `uses` are the working copy's neighbours on disk, as before URIs were kept.
  if (isCopyOfDiskFile(uri)) return vscode.Uri.file(uri.path).fsPath;
  const file = savedAt(uri);
  return file.scheme === 'file' ? file.fsPath : file.toString();
}

/**
 * A new journey that is not saved yet (New Journey opens `untitled:` with the
 * path it will be saved at) is named where it will be: its `uses` resolve
 * beside it, in its workspace folder of whatever file system, and on disk
 * outside every folder. One without a path (`untitled:Untitled-1`) keeps its URI.
 */
function savedAt(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme !== 'untitled' || !uri.path.startsWith('/')) return uri;
  const folder = vscode.workspace.workspaceFolders?.find((f) => uri.path === f.uri.path || uri.path.startsWith(`${f.uri.path.replace(/\/$/, '')}/`));
  return folder ? folder.uri.with({ path: uri.path }) : uri.with({ scheme: 'file' });
}

/** The URI of a file the engine names (a path or a URI string). */
export function uriOfFileId(file: string): vscode.Uri {
  return isUriString(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

/** The workspace folder of a file, as the engine's `root`: `uses` and logs may not be read outside it. */
export function rootIdOf(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(savedAt(uri));
  return folder && fileIdOf(folder.uri);
}
