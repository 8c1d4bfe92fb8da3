/**
 * The journey's `evidence` map read into EvidenceSettings with the contract's
 * defaults (evidence.md, Keys), defensively like the rest of the model: a
 * value of the wrong type, an unknown time zone or an impossible date is left
 * out here and the default applies, because the schema reports it.
 */
import { isMap, type Document } from 'yaml';
import { parseDate } from '../model/durations';
import { keyText, locate, type Path } from '../yaml/locate';
import type { Ref } from '../model/model';
import type { EvidenceSettings, TimeFormat } from './types';
import { isKnownZone } from './zone';

/** The keys of `evidence`, as written in YAML. */
const EVIDENCE_KEYS = [
  'log', 'case', 'activity', 'time', 'actor', 'lifecycle', 'timezone', 'time-format',
  'missing-values', 'merge-repeats', 'since', 'until', 'where', 'actors',
] as const;
export type EvidenceKey = (typeof EVIDENCE_KEYS)[number];

export interface JourneyEvidence {
  settings: EvidenceSettings;
  /** `['evidence']`. */
  path: Path;
  /** The YAML path of each key that is written. */
  paths: Partial<Record<EvidenceKey, Path>>;
  /** Each `actors` entry's team or partner id, at its value, for `unknown-reference`. */
  actorIds: Ref[];
}

export const DEFAULT_SETTINGS: Omit<EvidenceSettings, 'log'> = {
  case: 'case:concept:name', activity: 'concept:name', time: 'time:timestamp',
  timezone: 'UTC', timeFormat: 'auto', missingValues: [], mergeRepeats: false, where: [], actors: [],
};

const TIME_FORMATS: readonly TimeFormat[] = ['auto', 'iso', 'day-first', 'month-first'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Numbers too: an unquoted `2012` in `where` or an actor `112` is meant as text. */
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const name = (v: unknown): string | undefined => {
  const s = str(v);
  return s === undefined || s.trim() === '' ? undefined : s;
};
const date = (v: unknown): string | undefined => {
  const s = str(v);
  return s !== undefined && parseDate(s) ? s : undefined;
};

/**
 * A map's entries in the order written. JavaScript objects list integer-like
 * keys first (an actor pattern `112` before `1*`), but `actors` is tried in
 * file order, so the order comes from the YAML document when there is one.
 */
function entriesInOrder(map: Obj, doc: Document.Parsed | undefined, path: Path): [string, unknown][] {
  const node = doc ? locate(doc, path) : undefined;
  if (!node || node.depth !== path.length || !isMap(node.node)) return Object.entries(map);
  const out: [string, unknown][] = [];
  for (const item of node.node.items) {
    const k = keyText(item);
    if (k !== undefined && Object.prototype.hasOwnProperty.call(map, k)) out.push([k, map[k]]);
  }
  return out;
}

/** Undefined unless `evidence` is a map with a `log` (without one there is nothing to read; the schema says so). */
export function readEvidence(v: unknown, doc?: Document.Parsed): JourneyEvidence | undefined {
  if (!isObj(v)) return undefined;
  const log = name(v.log);
  if (log === undefined) return undefined;
  const path: Path = ['evidence'];
  const paths: Partial<Record<EvidenceKey, Path>> = {};
  for (const k of EVIDENCE_KEYS) if (k in v) paths[k] = [...path, k];

  const where: [string, string[]][] = [];
  if (isObj(v.where)) {
    for (const [attribute, value] of entriesInOrder(v.where, doc, [...path, 'where'])) {
      const values = (Array.isArray(value) ? value : [value]).map(str).filter((s): s is string => s !== undefined);
      if (values.length > 0) where.push([attribute, values]);
    }
  }
  const actors: [string, string][] = [];
  const actorIds: Ref[] = [];
  if (isObj(v.actors)) {
    for (const [pattern, id] of entriesInOrder(v.actors, doc, [...path, 'actors'])) {
      const s = name(id);
      if (s === undefined) continue;
      actors.push([pattern, s]);
      actorIds.push({ id: s, path: [...path, 'actors', pattern] });
    }
  }
  const zone = name(v.timezone);
  const format = str(v['time-format']) as TimeFormat | undefined;
  const settings: EvidenceSettings = {
    ...DEFAULT_SETTINGS,
    log,
    case: name(v.case) ?? DEFAULT_SETTINGS.case,
    activity: name(v.activity) ?? DEFAULT_SETTINGS.activity,
    time: name(v.time) ?? DEFAULT_SETTINGS.time,
    actor: name(v.actor),
    lifecycle: name(v.lifecycle),
    timezone: zone !== undefined && isKnownZone(zone) ? zone : DEFAULT_SETTINGS.timezone,
    timeFormat: format !== undefined && TIME_FORMATS.includes(format) ? format : DEFAULT_SETTINGS.timeFormat,
    missingValues: Array.isArray(v['missing-values']) ? v['missing-values'].map(str).filter((s): s is string => s !== undefined) : [],
    mergeRepeats: v['merge-repeats'] === true,
    since: date(v.since),
    until: date(v.until),
    where,
    actors,
  };
  // Optional keys stay absent rather than present-and-undefined, so settings compare and serialise cleanly.
  for (const k of ['actor', 'lifecycle', 'since', 'until'] as const) if (settings[k] === undefined) delete settings[k];
  return { settings, path, paths, actorIds };
}
