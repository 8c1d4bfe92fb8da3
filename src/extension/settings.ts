/**
 * The effective configuration: journey-lens.config.yaml at the workspace root,
 * with the journeyLens.* settings merged over it. Reloads when either changes,
 * one load after another: an older load (a slow file system) never wins.
 */
import * as vscode from 'vscode';
import { analyseText, type Config, CONFIG_FILE_NAME, DEFAULT_CONFIG, type Finding, SEVERITY_SETTINGS, nearest, readConfig, RULES_BY_ID } from '../core';
import { workspaceFileHost } from './analyses';
import { fileIdOf } from './file-ids';
import { SerialLoads } from './serial-loads';

export type RunMode = 'onType' | 'onSave';


/** Entries of journeyLens.checks that readConfig leaves out, each with the reason. */
function invalidChecks(checks: Record<string, unknown>): string[] {
  return Object.entries(checks).flatMap(([id, severity]) => {
    if (!RULES_BY_ID.has(id)) {
      const hint = nearest(id, RULES_BY_ID.keys());
      return [`'${id}' is not a check${hint ? ` (did you mean '${hint}'?)` : ''}`];
    }
    return typeof severity === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(severity) ? [] : [`'${id}': ${JSON.stringify(severity)} is not one of ${SEVERITY_SETTINGS.join(', ')}`];
  });
}

/** Where the configuration comes from; the tests give their own. */
export interface SettingsSources {
  /** The folder whose journey-lens.config.yaml applies: the first workspace folder, of any file system. */
  folder(): vscode.Uri | undefined;
  /** The language of the config file's findings: VS Code's display language. */
  language(): string;
}

const VSCODE_SOURCES: SettingsSources = {
  folder: () => vscode.workspace.workspaceFolders?.[0]?.uri,
  language: () => vscode.env.language,
};

export class Settings implements vscode.Disposable {
  private config: Config = { ...DEFAULT_CONFIG };
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly loads = new SerialLoads();
  /** Findings on the config file itself, keyed by its URI. */
  configFindings: { uri: vscode.Uri; findings: Finding[] } | undefined;

  constructor(private readonly sources: SettingsSources = VSCODE_SOURCES) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('journeyLens')) void this.reload();
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    this.disposables.push(watcher, watcher.onDidChange(() => this.reload()), watcher.onDidCreate(() => this.reload()), watcher.onDidDelete(() => this.reload()));
  }

  get current(): Readonly<Config> {
    return this.config;
  }

  get runMode(): RunMode {
    return vscode.workspace.getConfiguration('journeyLens').get<RunMode>('run', 'onType');
  }

  configUri(): vscode.Uri | undefined {
    const folder = this.sources.folder();
    return folder ? vscode.Uri.joinPath(folder, CONFIG_FILE_NAME) : undefined;
  }

  /**
   * Reads the config file (through the workspace file system, by URI) and the
   * settings, after any load under way; resolves once the newest load is done.
   */
  reload(): Promise<void> {
    return this.loads.run(() => this.load());
  }

  private async load(): Promise<void> {
    const uri = this.configUri();
    let fromFile: Config = { ...DEFAULT_CONFIG };
    this.configFindings = undefined;
    const source = uri ? await workspaceFileHost.readFile(fileIdOf(uri)) : undefined;
    if (uri && source !== undefined) {
      // Invalid entries are reported on the file and ignored; the rest applies. In VS Code's display
      // language, as when the file is open (Analyses), so opening or closing it never changes the words.
      const analysis = await analyseText(fileIdOf(uri), source, workspaceFileHost, { kind: 'config', language: this.sources.language() });
      this.configFindings = { uri, findings: analysis.findings };
      // The analysis parsed it already.
      if (analysis.parsed.problems.length === 0) fromFile = readConfig(analysis.parsed.value);
    }
    const s = vscode.workspace.getConfiguration('journeyLens');
    const checks = s.get<Record<string, unknown>>('checks') ?? {};
    this.config = readConfig({ checks, handoffMaximum: s.get('handoffMaximum') }, fromFile);
    // Settings have no file to put a finding on: say once what is ignored, and why.
    const ignored = invalidChecks(checks);
    if (ignored.length > 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Journey Lens ignores these journeyLens.checks settings and keeps the defaults for them: {0}', ignored.join('; ')));
    }
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
