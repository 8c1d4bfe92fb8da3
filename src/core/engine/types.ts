/** Shared vocabulary of the engine: positions, findings, severities. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** What a check can be set to: a severity, or off (the config file, the settings, the config schema). */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = [...SEVERITIES, 'off'];

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
  /** The YAML path the finding was reported at, for quick fixes and the reports' tables. */
  path?: readonly (string | number)[];
  /**
   * What the check's quick fixes need to know, typed by the check
   * (`Rule<Data>` in rules/rule.ts). Never shown to the user as such.
   */
  data?: unknown;
}

export type FileKind = 'journey' | 'catalog' | 'config';
