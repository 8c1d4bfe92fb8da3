/**
 * Evidence for one journey: find its log, read it through a cache, map the
 * cases onto the design and compute the figures that the checks receive.
 */
import type { FileHost } from '../model/catalogs';
import type { Journey } from '../model/model';
import { evidenceSettingsOf } from '../model/model';
import { nodeFileHost } from '../files/disk-host';
import { designOf } from './design';
import { computeFigures } from './figures';
import type { Examples } from './figures/examples';
import { locateLog } from './locate-log';
import { LogCache, type ReadOptions } from './read';
import { DEFAULT_THRESHOLDS, type DesignStep, type EvidenceOutcome, type EvidenceSettings, type EvidenceThresholds } from './types';

export { computeFigures } from './figures';
export { designOf } from './design';
export { identityOnDisk, LogCache, logIdentity, readLog } from './read';

export interface EvaluateOptions extends ReadOptions {
  /** The workspace folder: logs outside it are refused. Default: no limit. */
  root?: string;
  cache?: LogCache;
  thresholds?: EvidenceThresholds;
  host?: FileHost;
  /** Also collect up to this many example case ids per figure (the command line's --examples N only). */
  examples?: number;
  /**
   * The log's size and modification time as the caller saw them, for a log
   * it reads itself (`bytes`: one on a file system Node cannot reach); the
   * cache keys its cases by it. Default: from disk.
   */
  identity?: string;
}

type Evaluated = EvidenceOutcome & { examples?: Examples };

/** The journey's evidence outcome, or undefined when it names no log. */
export async function evaluateEvidence(journey: Journey, file: string, options: EvaluateOptions = {}): Promise<(EvidenceOutcome & { examples?: Examples }) | undefined> {
  const settings = evidenceSettingsOf(journey);
  if (!settings) return undefined;
  return evaluateDesign(settings, designOf(journey), file, options);
}

/**
 * The same from plain data (the settings and the design), which is what the
 * editor sends to its worker thread. With `cachedOnly`, a log that is not in
 * the cache as it is on disk now is not read: the answer is 'cold'.
 */
export function evaluateDesign(settings: EvidenceSettings, design: readonly DesignStep[], file: string, options?: EvaluateOptions): Promise<Evaluated>;
export function evaluateDesign(settings: EvidenceSettings, design: readonly DesignStep[], file: string, options: EvaluateOptions & { cachedOnly: boolean }): Promise<Evaluated | 'cold'>;
export async function evaluateDesign(
  settings: EvidenceSettings, design: readonly DesignStep[], file: string, options: EvaluateOptions & { cachedOnly?: boolean } = {},
): Promise<Evaluated | 'cold'> {
  const where = await locateLog(settings.log, file, options.root, options.host ?? nodeFileHost);
  if (!where.ok) return { ok: false, problem: { kind: 'outside-workspace' } };
  const cache = options.cache ?? new LogCache();
  const read = options.cachedOnly
    ? await cache.peek(where.absPath, settings, options.identity)
    : await cache.read(where.absPath, settings, { signal: options.signal, onProgress: options.onProgress, bytes: options.bytes, identity: options.identity });
  if (!read) return 'cold';
  if (!read.ok) return { ok: false, problem: read.problem };
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const { figures, details, examples } = computeFigures(read.cases, design, settings, thresholds, { examples: options.examples });
  const { firstSkip, actorAttribute, attributes } = read.cases;
  return { ok: true, figures, details, firstSkip, actorAttribute, attributes, examples };
}
