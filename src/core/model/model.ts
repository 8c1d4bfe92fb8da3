/**
 * The typed model of a journey or catalog, built defensively from the parsed
 * value: wrong types are left out here (the schema reports them), so checks
 * never trip over half-typed files. Every element keeps its YAML path.
 */
import type { Document } from 'yaml';
import { designOf } from '../evidence/design';
import { readEvidence, type JourneyEvidence } from '../evidence/settings';
import type { DesignPattern, EvidenceSettings } from '../evidence/types';
import type { Path } from '../yaml/locate';

export { designOf };
export type { JourneyEvidence };

export interface Ref {
  id: string;
  path: Path;
}

export interface Text {
  text: string;
  path: Path;
}

export interface ChannelDecl {
  kind: 'channel';
  id: string;
  channelKind?: string;
  human: boolean;
  name?: string;
  hours?: string;
  path: Path;
  file: string;
}

export interface TeamDecl {
  kind: 'team';
  id: string;
  name?: string;
  line: 'front' | 'back';
  path: Path;
  file: string;
}

export interface SystemDecl {
  kind: 'system';
  id: string;
  name?: string;
  path: Path;
  file: string;
}

export interface PartnerDecl {
  kind: 'partner';
  id: string;
  name?: string;
  agreement?: string;
  sla?: string;
  fallback?: string;
  contact?: string;
  path: Path;
  file: string;
}

export type Declaration = ChannelDecl | TeamDecl | SystemDecl | PartnerDecl;
export type DeclarationKind = Declaration['kind'];

export interface Declarations {
  channel: Map<string, ChannelDecl>;
  team: Map<string, TeamDecl>;
  system: Map<string, SystemDecl>;
  partner: Map<string, PartnerDecl>;
}

export interface Handoff {
  to?: Ref;
  gives?: string;
  within?: Text;
  path: Path;
}

export interface Actor extends Ref {
  kind: 'team' | 'partner';
}

export interface Task {
  index: number;
  actor?: Actor;
  does?: string;
  systems: Ref[];
  instruction?: string;
  handoff?: Handoff;
  /** How long the task takes (for a partner's task: instead of the partner's `sla` in promise-at-risk). */
  within?: Text;
  /** Activity patterns of `observed`: the log's events that mean this task happened. */
  observed: DesignPattern[];
  path: Path;
}

export interface JourneyPromise {
  says?: string;
  by?: Ref;
  within?: Text;
  /** The step that fulfils the promise (evidence.md); without it, any other step. */
  until?: Ref;
  path: Path;
}

export interface Step {
  index: number;
  id?: Ref;
  customer?: string;
  stage?: Ref;
  channel?: Ref;
  fallback: Ref[];
  emotion?: number;
  kano?: string;
  pain: Text[];
  idea: Text[];
  momentOfTruth: boolean;
  asks: Text[];
  promise?: JourneyPromise;
  partners: Ref[];
  process: Task[];
  /** Explicit `next` links; undefined means "the following step". */
  next?: Ref[];
  end?: boolean;
  script?: string;
  /** Activity patterns of `observed`: the log's events that mean this step happened. */
  observed: DesignPattern[];
  path: Path;
}

export interface Journey {
  file: string;
  title?: string;
  owner?: string;
  reviewed?: Text;
  reviewEvery?: Text;
  persona?: string;
  need?: string;
  outcome?: string;
  uses: Text[];
  declarations: Declarations;
  stages: Text[];
  measures: Record<string, string>;
  steps: Step[];
  /** The `evidence` map with the contract's defaults applied; absent without a `log`. */
  evidence?: JourneyEvidence;
}

export interface Catalog {
  file: string;
  title?: string;
  declarations: Declarations;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

function text(v: unknown, path: Path): Text | undefined {
  const s = str(v);
  return s === undefined ? undefined : { text: s, path };
}

function ref(v: unknown, path: Path): Ref | undefined {
  const s = str(v);
  return s === undefined || s === '' ? undefined : { id: s, path };
}

/** A single value or a list of them, as `fallback`, `system` and `uses` allow. */
function refs(v: unknown, path: Path): Ref[] {
  if (Array.isArray(v)) return v.map((x, i) => ref(x, [...path, i])).filter((r): r is Ref => !!r);
  const one = ref(v, path);
  return one ? [one] : [];
}

/** `observed`: one pattern or a list of them, each with its path. */
function patterns(v: unknown, path: Path): DesignPattern[] {
  return refs(v, path).map((r) => ({ pattern: r.id, path: r.path }));
}

function texts(v: unknown, path: Path): Text[] {
  if (Array.isArray(v)) return v.map((x, i) => text(x, [...path, i])).filter((t): t is Text => !!t);
  const one = text(v, path);
  return one ? [one] : [];
}

const HUMAN_KINDS = new Set(['phone', 'chat', 'video', 'store', 'visit']);
export const CHANNEL_KINDS = ['web', 'app', 'email', 'sms', 'letter', 'social', 'kiosk', 'phone', 'chat', 'video', 'store', 'visit', 'other'];

export function isHumanKind(kind: string | undefined): boolean {
  return kind !== undefined && HUMAN_KINDS.has(kind);
}

function emptyDeclarations(): Declarations {
  return { channel: new Map(), team: new Map(), system: new Map(), partner: new Map() };
}

function readDeclarations(root: Obj, file: string): Declarations {
  const d = emptyDeclarations();
  const each = (key: string, make: (id: string, v: Obj, path: Path) => void) => {
    const m = root[key];
    if (!isObj(m)) return;
    for (const [id, v] of Object.entries(m)) {
      if (id.startsWith('x-')) continue;
      make(id, isObj(v) ? v : {}, [key, id]);
    }
  };
  each('channels', (id, v, path) => {
    const channelKind = str(v.kind);
    d.channel.set(id, {
      kind: 'channel', id, channelKind, human: bool(v.human) ?? isHumanKind(channelKind),
      name: str(v.name), hours: str(v.hours), path, file,
    });
  });
  each('teams', (id, v, path) => {
    d.team.set(id, { kind: 'team', id, name: str(v.name), line: v.line === 'front' ? 'front' : 'back', path, file });
  });
  each('systems', (id, v, path) => {
    d.system.set(id, { kind: 'system', id, name: str(v.name), path, file });
  });
  each('partners', (id, v, path) => {
    d.partner.set(id, {
      kind: 'partner', id, name: str(v.name), agreement: str(v.agreement), sla: str(v.sla),
      fallback: str(v.fallback), contact: str(v.contact), path, file,
    });
  });
  return d;
}

function readTask(v: unknown, path: Path, index: number): Task {
  const o = isObj(v) ? v : {};
  const team = ref(o.team, [...path, 'team']);
  const partner = ref(o.partner, [...path, 'partner']);
  // With both (a schema error) the team wins, so checks still see an actor.
  const actor: Actor | undefined = team ? { ...team, kind: 'team' } : partner ? { ...partner, kind: 'partner' } : undefined;
  let handoff: Handoff | undefined;
  if (isObj(o.handoff)) {
    const h = o.handoff;
    const hp = [...path, 'handoff'];
    handoff = { to: ref(h.to, [...hp, 'to']), gives: str(h.gives), within: text(h.within, [...hp, 'within']), path: hp };
  }
  return {
    index, actor, does: str(o.does), systems: refs(o.system, [...path, 'system']),
    instruction: str(o.instruction), handoff, within: text(o.within, [...path, 'within']), observed: patterns(o.observed, [...path, 'observed']), path,
  };
}

function readStep(v: unknown, index: number): Step {
  const path: Path = ['steps', index];
  const o = isObj(v) ? v : {};
  const at = (k: string): Path => [...path, k];
  let promise: JourneyPromise | undefined;
  if (isObj(o.promise)) {
    const p = o.promise;
    promise = { says: str(p.says), by: ref(p.by, [...at('promise'), 'by']), within: text(p.within, [...at('promise'), 'within']),
      until: ref(p.until, [...at('promise'), 'until']), path: at('promise'),
    };
  }
  const emotion = typeof o.emotion === 'number' ? o.emotion : undefined;
  return {
    index,
    id: ref(o.id, at('id')),
    customer: str(o.customer),
    stage: ref(o.stage, at('stage')),
    channel: ref(o.channel, at('channel')),
    fallback: refs(o.fallback, at('fallback')),
    emotion,
    kano: str(o.kano),
    pain: texts(o.pain, at('pain')),
    idea: texts(o.idea, at('idea')),
    momentOfTruth: o['moment-of-truth'] === true,
    asks: Array.isArray(o.asks) ? texts(o.asks, at('asks')) : [],
    promise,
    partners: Array.isArray(o.partners) ? refs(o.partners, at('partners')) : [],
    process: Array.isArray(o.process) ? o.process.map((t, i) => readTask(t, [...at('process'), i], i)) : [],
    next: o.next === undefined ? undefined : refs(o.next, at('next')),
    end: bool(o.end),
    script: str(o.script),
    observed: patterns(o.observed, at('observed')),
    path,
  };
}

/**
 * Steps read from the same plain value at the same index are the same step.
 * The segmented parser reuses the values of unchanged steps between versions,
 * so while typing only the edited step is read again.
 */
const stepCache = new WeakMap<object, Step>();

function cachedStep(v: unknown, index: number): Step {
  const hit = isObj(v) ? stepCache.get(v) : undefined;
  if (hit && hit.index === index) return hit;
  const step = readStep(v, index);
  if (isObj(v)) stepCache.set(v, step);
  return step;
}

/** `doc`, when given, supplies the order of `evidence.actors` as written (see readEvidence). */
export function readJourney(value: unknown, file: string, doc?: Document.Parsed): Journey {
  const o = isObj(value) ? value : {};
  const measures: Record<string, string> = {};
  if (isObj(o.measures)) for (const [k, v] of Object.entries(o.measures)) if (str(v) !== undefined) measures[k] = str(v)!;
  return {
    file,
    title: str(o.journey),
    owner: str(o.owner),
    reviewed: text(o.reviewed, ['reviewed']),
    reviewEvery: text(o['review-every'], ['review-every']),
    persona: str(o.persona),
    need: str(o.need),
    outcome: str(o.outcome),
    uses: texts(o.uses, ['uses']),
    declarations: readDeclarations(o, file),
    stages: Array.isArray(o.stages) ? texts(o.stages, ['stages']) : [],
    measures,
    steps: Array.isArray(o.steps) ? o.steps.map((s, i) => cachedStep(s, i)) : [],
    evidence: readEvidence(o.evidence, doc),
  };
}

/** The journey's evidence settings with defaults applied, or undefined when it names no log. */
export function evidenceSettingsOf(journey: Journey): EvidenceSettings | undefined {
  return journey.evidence?.settings;
}

export function readCatalog(value: unknown, file: string): Catalog {
  const o = isObj(value) ? value : {};
  return { file, title: str(o.catalog), declarations: readDeclarations(o, file) };
}

/** Whether a step ends the journey: explicitly, or by default the last step. */
export function isEnd(step: Step, steps: readonly Step[]): boolean {
  return step.end ?? step.index === steps.length - 1;
}
