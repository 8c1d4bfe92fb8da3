/**
 * The engine names files by strings of two kinds: an absolute path (the
 * command line, and files on disk in the editor) or a URI string (files the
 * editor reads through another file system: a virtual workspace's `memfs:`,
 * `vscode-vfs:` and the like). Resolving `uses` and `evidence.log` and the
 * workspace confinement go through here, so that nothing assumes `file:`;
 * URIs are handled with vscode-uri, VS Code's own implementation.
 */
import * as path from 'path';
import { URI, Utils } from 'vscode-uri';

/** A scheme of two or more characters and a colon: `C:\x` stays a path. */
const URI_STRING = /^[a-zA-Z][a-zA-Z0-9+.-]+:/;

/** The URI without its query and fragment: they say which version of this file (a diff's `git:…?{ref}`), not where its neighbours are. */
function plain(file: string): URI {
  return URI.parse(file).with({ query: '', fragment: '' });
}

/** Whether a file name is a URI string rather than a path. */
export function isUriString(file: string): boolean {
  return URI_STRING.test(file);
}

/** `relative` (from `uses` or `evidence.log`) resolved against the folder of `file`, of the same kind as `file`. */
export function resolveBeside(file: string, relative: string): string {
  if (!isUriString(file)) return path.resolve(path.dirname(file), relative);
  // Journeys are written on every system: a backslash is a separator here too, as on Windows.
  return Utils.resolvePath(Utils.dirname(plain(file)), relative.replace(/\\/g, '/')).toString();
}

/** The folder of `file`, of the same kind. */
export function folderOf(file: string): string {
  return isUriString(file) ? Utils.dirname(plain(file)).toString() : path.dirname(file);
}

/** Whether `file` lies in `root` (or is root itself), by its name alone: paths with paths, URIs of one file system with each other. */
export function isInside(file: string, root: string): boolean {
  if (isUriString(file) || isUriString(root)) {
    if (!isUriString(file) || !isUriString(root)) return false;
    const f = URI.parse(file);
    const r = URI.parse(root);
    if (f.scheme !== r.scheme || f.authority.toLowerCase() !== r.authority.toLowerCase()) return false;
    return insideBy(path.posix, f.path || '/', r.path || '/');
  }
  return insideBy(path, file, root);
}

function insideBy(p: typeof path.posix, file: string, root: string): boolean {
  const rel = p.relative(p.resolve(root), p.resolve(file));
  // On another drive (Windows) relative() returns an absolute path.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${p.sep}`) && !p.isAbsolute(rel));
}

/** The file's own name (decoded, for a URI), for messages and fix titles. */
export function baseName(file: string): string {
  return isUriString(file) ? Utils.basename(URI.parse(file)) : path.basename(file);
}
