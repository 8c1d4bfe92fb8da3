/** What the activation benchmark hands the vscode stand-in, and hears back from it. */

export interface StubDocument {
  uri: { toString(): string; fsPath: string; path: string; scheme: string };
  fileName: string;
  languageId: string;
  version: number;
  isClosed: boolean;
  isDirty: boolean;
  getText(): string;
}

export const stubState: {
  /** The open editors' documents. */
  documents: StubDocument[];
  /** The one workspace folder's path, if any. */
  workspaceFolder?: string;
  /** Files that vscode.workspace.fs can read, by fsPath. */
  files: Map<string, string>;
  /** Called whenever the extension publishes diagnostics. */
  onDiagnostics?: (uri: string, count: number) => void;
} = { documents: [], files: new Map() };
