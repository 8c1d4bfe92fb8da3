/**
 * The effective configuration: journey-lens.config.yaml at the workspace root,
 * with the journeyLens.* settings merged over it. Reloads when either changes.
 */
import * as vscode from 'vscode';
import { checkText, type Config, CONFIG_FILE_NAME, DEFAULT_CONFIG, type Finding, SEVERITIES as FINDING_SEVERITIES, nearest, parseYaml, readConfig, RULES_BY_ID } from '../core';
import { workspaceFileHost } from './analyses';

export type RunMode = 'onType' | 'onSave';

const SEVERITIES: readonly string[] = [...FINDING_SEVERITIES, 'off'];

/** Entries of journeyLens.checks that readConfig leaves out, each with the reason. */
function invalidChecks(checks: Record<string, unknown>): string[] {
  return Object.entries(checks).flatMap(([id, severity]) => {
    if (!RULES_BY_ID.has(id)) {
      const hint = nearest(id, RULES_BY_ID.keys());
      return [`'${id}' is not a check${hint ? ` (did you mean '${hint}'?)` : ''}`];
    }
    return typeof severity === 'string' && SEVERITIES.includes(severity) ? [] : [`'${id}': ${JSON.stringify(severity)} is not one of ${SEVERITIES.join(', ')}`];
  });
}

export class Settings implements vscode.Disposable {
  private config: Config = { ...DEFAULT_CONFIG };
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Findings on the config file itself, keyed by its URI. */
  configFindings: { uri: vscode.Uri; findings: Finding[] } | undefined;

  constructor() {
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
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME) : undefined;
  }

  /** Reads the config file (through the workspace file system) and the settings. */
  async reload(text?: string): Promise<void> {
    const uri = this.configUri();
    let fromFile: Config = { ...DEFAULT_CONFIG };
    this.configFindings = undefined;
    const source = text ?? (uri ? await workspaceFileHost.readFile(uri.fsPath) : undefined);
    if (uri && source !== undefined) {
      // Invalid entries are reported on the file and ignored; the rest applies.
      this.configFindings = { uri, findings: await checkText(uri.fsPath, source, workspaceFileHost, { kind: 'config' }) };
      const parsed = parseYaml(source);
      if (parsed.problems.length === 0) fromFile = readConfig(parsed.value);
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
