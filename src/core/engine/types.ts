/** Shared vocabulary of the engine: positions, findings, severities. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** 0-based line and UTF-16 character, as in VS Code and LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface RelatedLocation {
  /** Absolute path of the file the location is in. */
  file: string;
  range: Range;
  message: string;
}

export interface Finding {
  /** The check id, stable and kebab-case: the diagnostic code. */
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related: RelatedLocation[];
  /** Link to the check's documentation page. */
  docsUrl: string;
  /**
   * Machine-readable facts for quick fixes (e.g. the suggested id of an
   * unknown reference). Never shown to the user as such.
   */
  data?: FindingData;
}

export interface FindingData {
  /** A replacement the user most probably meant. */
  suggestion?: string;
  /** The id that a reference or declaration is about. */
  id?: string;
  /** What kind of declaration an id is (channel, team, ...). */
  kind?: string;
  /** Where an unknown id could be declared: each kind gets its own "Declare" fix. */
  kinds?: ('channel' | 'team' | 'system' | 'partner')[];
  /** The actor that should receive a handoff (for writing one out). */
  nextActor?: string;
  /** The missing keys of a mapping (e.g. a promise's `by` and `within`). */
  missing?: string[];
  /** The YAML path the finding was reported at, for quick fixes. */
  path?: (string | number)[];
  /** The line (from 0) that a misplaced suppression is meant for. */
  line?: number;
  /** Which related location is the slowest part (promise-at-risk). */
  slowest?: number;
}

export type FileKind = 'journey' | 'catalog' | 'config';
