/**
 * A stand-in for the `vscode` module, only for timing activation outside
 * VS Code (not for tests): the parts activate() and a first check use are
 * written out; any other member is a harmless value that can be called,
 * constructed and read from, and is never a thenable.
 */
import * as path from 'path';
import { stubState } from './stub-state';

type Listener = (e: unknown) => void;
type Loose = Record<string | symbol, unknown>;

/** Callable, constructible, every property another such value; what is set on it is kept. */
function anything(): unknown {
  const kept = new Map<string | symbol, unknown>();
  const target = function stub(): void { /* stand-in */ };
  return new Proxy(target, {
    get: (_t, p) => {
      if (kept.has(p)) return kept.get(p);
      if (p === 'then' || typeof p === 'symbol') return undefined;
      if (p === 'toString') return () => '[vscode stub]';
      return anything();
    },
    set: (_t, p, v) => { kept.set(p, v); return true; },
    apply: () => anything(),
    construct: () => anything() as object,
  });
}

/** Members not written out below come from this prototype (esbuild's __toESM keeps the prototype). */
const fallback = new Proxy({}, { get: (_t, p) => (p === 'then' || typeof p === 'symbol' ? undefined : anything()) });
const withFallback = <T extends object>(o: T): T => Object.setPrototypeOf(o, fallback) as T;

class Disposable {
  constructor(private readonly onDispose: () => void = () => undefined) {}
  static from(...items: { dispose?: () => void }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose?.()));
  }
  dispose(): void {
    this.onDispose();
  }
}

class EventEmitter {
  private listeners: Listener[] = [];
  readonly event = (listener: Listener): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => { this.listeners = this.listeners.filter((l) => l !== listener); });
  };
  fire(e?: unknown): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  get fsPath(): string {
    return this.path;
  }
  static file(p: string): Uri {
    return new Uri('file', path.resolve(p));
  }
  static parse(s: string): Uri {
    const u = new URL(s);
    return new Uri(u.protocol.replace(/:$/, ''), decodeURIComponent(u.pathname));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, path.posix.join(base.path, ...parts));
  }
  with(change: { path?: string; scheme?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

const noEvent = (): Disposable => new Disposable();

const folder = () => (stubState.workspaceFolder === undefined ? undefined : { uri: Uri.file(stubState.workspaceFolder), name: path.basename(stubState.workspaceFolder), index: 0 });

const workspace = withFallback({
  get textDocuments() {
    return stubState.documents;
  },
  get workspaceFolders() {
    const f = folder();
    return f && [f];
  },
  getWorkspaceFolder: (uri: Uri) => {
    const f = folder();
    return f && (uri.fsPath === f.uri.fsPath || uri.fsPath.startsWith(`${f.uri.fsPath}/`)) ? f : undefined;
  },
  getConfiguration: () => withFallback({ get: (_key: string, fallbackValue?: unknown) => fallbackValue, has: () => false, inspect: () => undefined }),
  fs: withFallback({
    readFile: async (uri: Uri) => {
      const text = stubState.files.get(uri.fsPath);
      if (text === undefined) throw new Error(`ENOENT: ${uri.fsPath}`);
      return new TextEncoder().encode(text);
    },
  }),
  createFileSystemWatcher: () => withFallback({ onDidChange: noEvent, onDidCreate: noEvent, onDidDelete: noEvent, dispose: () => undefined }),
  onDidChangeConfiguration: noEvent,
  onDidOpenTextDocument: noEvent,
  onDidChangeTextDocument: noEvent,
  onDidSaveTextDocument: noEvent,
  onDidCloseTextDocument: noEvent,
  onDidDeleteFiles: noEvent,
  onDidRenameFiles: noEvent,
});

const languages = withFallback({
  createDiagnosticCollection: () => withFallback({
    set: (uri: Uri, diagnostics: unknown[]) => stubState.onDiagnostics?.(uri.toString(), diagnostics.length),
    delete: () => undefined,
    clear: () => undefined,
    dispose: () => undefined,
  }),
});

const window = withFallback({
  activeTextEditor: undefined,
  visibleTextEditors: [],
  onDidChangeActiveTextEditor: noEvent,
  onDidChangeTextEditorSelection: noEvent,
  onDidChangeVisibleTextEditors: noEvent,
  registerWebviewPanelSerializer: () => new Disposable(),
});

const commands = withFallback({
  registerCommand: () => new Disposable(),
  executeCommand: async () => undefined,
});

const l10n = withFallback({
  t: (message: string | { message: string }) => (typeof message === 'string' ? message : message.message),
});

const vscode: Loose = withFallback({
  Disposable,
  EventEmitter,
  Uri,
  workspace,
  languages,
  window,
  commands,
  l10n,
  env: withFallback({ language: 'en' }),
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
});

export = vscode;
