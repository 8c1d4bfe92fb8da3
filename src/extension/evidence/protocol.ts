/**
 * The messages between the extension host and its evidence worker thread.
 * Only plain data crosses (structured clone): the evidence settings and the
 * design, never the journey model with its YAML nodes.
 */
import type { DesignStep, EvidenceOutcome, EvidenceSettings, EvidenceThresholds } from '../../core';

export interface EvaluateRequest {
  type: 'evaluate';
  id: number;
  settings: EvidenceSettings;
  design: readonly DesignStep[];
  /** The journey file (a path, or a URI string for a virtual file system's), which `log` is relative to. */
  file: string;
  /** Logs outside this folder are refused. */
  root: string;
  thresholds: EvidenceThresholds;
  /** Answer 'cold' instead of reading a log that is not cached as it is on disk now. */
  cachedOnly: boolean;
  /**
   * A log the worker cannot reach with Node's fs (its name is a URI string):
   * its size and modification time, as the extension saw them through
   * vscode.workspace.fs, and for a read its bytes (transferred, not copied).
   */
  content?: { identity: string; bytes?: Uint8Array };
}

export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type ToWorker = EvaluateRequest | CancelRequest;

export type FromWorker =
  | { type: 'progress'; id: number; bytesRead: number; totalBytes: number }
  /**
   * `logPath`: where the log was looked for (to watch it); `identity`: its
   * size and modification time when it was answered, so that an answer
   * remembered for a log that changed since is not taken for a current one.
   */
  | { type: 'result'; id: number; outcome: EvidenceOutcome | 'cold'; logPath?: string; identity?: string };
