/**
 * What both commands start from: the configuration (a config with errors
 * stops the run, exit 2) and the files the arguments name. Shared so that
 * `check` and `report` never disagree about which journeys there are.
 */
import * as path from 'path';
import { type Config, escapeControls, type FileResult, formatText } from '../core';
import { UsageError } from './args';
import { discoverFiles, type Unreadable } from './discover';
import { ConfigError, loadCliConfig } from './load-config';

export interface Inputs {
  config: Config;
  /** The config file's own findings (warnings only: errors throw), if a file was read. */
  configResult?: FileResult;
  files: string[];
  /** Folders and links under the paths that could not be read: each one an error line and exit 2. */
  unreadable: Unreadable[];
}

export async function loadInputs(paths: readonly string[], configFile: string | undefined, cwd: string): Promise<Inputs> {
  const { config, result } = await loadCliConfig(configFile, cwd);
  if (result && result.findings.some((f) => f.severity === 'error')) {
    throw new ConfigError(`the configuration file ${escapeControls(result.path)} has errors:\n${[...formatText([result])].join('\n')}`);
  }
  const { files, missing, unreadable } = await discoverFiles(paths, cwd, config);
  if (missing.length > 0) throw new UsageError(`Nothing found for: ${missing.join(', ')}`);
  return { config, configResult: result, files, unreadable };
}

/** A path as the user should see it: relative to the working folder, with forward slashes. */
export function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/** The line for a file or folder that could not be read; the run then ends with exit code 2. */
export function cannotRead(cwd: string, file: string, reason: string): string {
  return `journey-lens: cannot read ${escapeControls(displayPath(cwd, file) || '.')}: ${escapeControls(reason)}.`;
}
