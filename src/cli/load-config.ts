/**
 * The CLI's configuration: --config FILE, else journey-lens.config.yaml in
 * the working directory, else the defaults. A config with errors stops the
 * run (exit 2): a pipeline must not pass on rules the user meant to change.
 */
import * as path from 'path';
import { analyseText, type Config, CONFIG_FILE_NAME, DEFAULT_CONFIG, escapeControls, type FileResult, nodeFileHost, readConfig, readRegularFile } from '../core';

export interface LoadedConfig {
  config: Config;
  /** The config file's own findings, if a file was read. */
  result?: FileResult;
}

export class ConfigError extends Error {}

export async function loadCliConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig> {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE_NAME);
  const read = await readRegularFile(file);
  if (!('text' in read)) {
    // Only a config that is not there means the defaults; one that is there but cannot be read must not be skipped.
    if (explicit || !read.missing) throw new ConfigError(`Cannot read the configuration file '${escapeControls(explicit ?? CONFIG_FILE_NAME)}': ${read.reason}.`);
    return { config: { ...DEFAULT_CONFIG } };
  }
  const text = read.text;
  // No size limit: the command line has no typing to keep responsive.
  // One parse: the findings and the settings come from the same analysis.
  const analysis = await analyseText(file, text, nodeFileHost, { kind: 'config', maxBytes: Infinity });
  const result: FileResult = { path: path.relative(cwd, file).split(path.sep).join('/'), absPath: file, findings: analysis.findings };
  return { config: readConfig(analysis.parsed.value), result };
}
