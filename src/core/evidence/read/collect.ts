/**
 * Takes the events of a log one at a time, from the CSV or the XES reader
 * alike, and keeps what selection needs as interned columns: each reader
 * hands over the values of the attributes `attributes` names, in that order.
 * Skips (no case id, no activity, no readable time) and `where` are decided
 * here, per event; the lifecycle rule and the actor default depend on the
 * whole log, so they are applied by select.ts once reading is done.
 */
import type { EvidenceSettings, LogCases, LogProblem, SkipReason } from '../types';
import { Interner, float64Column, int32Column, uint8Column } from './columns';
import { LocalClock } from './local-clock';
import { select } from './select';
import { parseTime } from './times';
import { trimSpace, valueReader, type ValueReader } from './values';

const CASE = 0;
const ACTIVITY = 1;
const TIME = 2;
const LIFECYCLE = 3;
const ACTORS = 4;

/** Lifecycle of an event, against the value that counts (`complete` by default). */
const enum Lifecycle { None = 0, Counts = 1, Other = 2 }

const DEFAULT_ACTORS = ['org:group', 'org:resource'];

export class EventCollector {
  /** The attributes whose values `add` takes, in order. */
  readonly attributes: readonly string[];
  private readonly value: ValueReader;
  private readonly clock: LocalClock;
  private readonly actorAttributes: readonly string[];
  private readonly where: readonly (readonly [slot: number, accepted: ReadonlySet<string>])[];
  private readonly lifecycleTarget: string;
  private readonly lifecycleCodes = new Map<string, Lifecycle>();
  /** Per slot: whether some event read has a value for it. */
  private readonly hasValue: boolean[];
  private someCounts = false;

  private read = 0;
  private skipped = 0;
  private firstSkip?: { number: number; reason: SkipReason };
  private readonly caseIds = new Interner();
  private readonly activityNames = new Interner();
  private readonly actorNames: Interner[];
  private readonly caseOf = int32Column();
  private readonly activityOf = int32Column();
  private readonly actorOf = [int32Column(), int32Column()];
  private readonly lifecycleOf = uint8Column();
  private readonly timeOf = float64Column();

  constructor(private readonly settings: EvidenceSettings) {
    this.actorAttributes = settings.actor !== undefined ? [settings.actor] : DEFAULT_ACTORS;
    const whereStart = ACTORS + this.actorAttributes.length;
    this.attributes = [settings.case, settings.activity, settings.time, 'lifecycle:transition', ...this.actorAttributes,
      ...settings.where.map(([attribute]) => attribute)];
    this.where = settings.where.map(([, values], i) => [whereStart + i, new Set(values.map(trimSpace))] as const);
    this.hasValue = this.attributes.map(() => false);
    this.actorNames = this.actorAttributes.map(() => new Interner());
    this.value = valueReader(settings.missingValues);
    this.clock = new LocalClock(settings.timezone);
    const lifecycle = settings.lifecycle?.toLowerCase();
    this.lifecycleTarget = lifecycle === undefined || lifecycle === 'all' ? 'complete' : lifecycle;
  }

  /** One event read; `number` is its CSV data row or XES event number (1-based). */
  add(values: ArrayLike<string | undefined>, number: number): void {
    this.read++;
    const caseId = this.value(values[CASE]);
    const activity = this.value(values[ACTIVITY]);
    const timeText = this.value(values[TIME]);
    const lifecycle = this.lifecycleCode(this.value(values[LIFECYCLE]));
    if (caseId !== undefined) this.hasValue[CASE] = true;
    if (activity !== undefined) this.hasValue[ACTIVITY] = true;
    if (timeText !== undefined) this.hasValue[TIME] = true;
    const actors = this.actorAttributes.length;
    for (let a = 0; a < actors; a++) if (this.value(values[ACTORS + a]) !== undefined) this.hasValue[ACTORS + a] = true;
    for (const [slot] of this.where) if (this.value(values[slot]) !== undefined) this.hasValue[slot] = true;

    const time = timeText === undefined ? NaN : parseTime(timeText, this.settings.timeFormat, this.clock);
    const reason: SkipReason | undefined = caseId === undefined ? 'no-case' : activity === undefined ? 'no-activity' : Number.isNaN(time) ? 'no-time' : undefined;
    if (reason !== undefined) {
      this.skipped++;
      this.firstSkip ??= { number, reason };
      return;
    }
    for (const [slot, accepted] of this.where) {
      const v = this.value(values[slot]);
      if (!accepted.has(v === undefined ? '' : trimSpace(v))) return;
    }
    this.caseOf.push(this.caseIds.of(caseId as string));
    this.activityOf.push(this.activityNames.of(activity as string));
    for (let a = 0; a < actors; a++) {
      const actor = this.value(values[ACTORS + a]);
      this.actorOf[a].push(actor === undefined ? -1 : this.actorNames[a].of(actor));
    }
    this.lifecycleOf.push(lifecycle);
    this.timeOf.push(time);
  }

  private lifecycleCode(value: string | undefined): Lifecycle {
    if (value === undefined) return Lifecycle.None;
    let code = this.lifecycleCodes.get(value);
    if (code === undefined) {
      code = value.toLowerCase() === this.lifecycleTarget ? Lifecycle.Counts : Lifecycle.Other;
      this.lifecycleCodes.set(value, code);
    }
    if (code === Lifecycle.Counts) this.someCounts = true;
    return code;
  }

  /**
   * The cases, or why there are none. `available`: the log's attribute
   * names (CSV header, XES keys), a few of which a no-attribute problem lists.
   */
  finish(available: readonly string[]): { ok: true; cases: LogCases } | { ok: false; problem: LogProblem } {
    if (this.read === 0) return { ok: false, problem: { kind: 'no-events' } };
    const absent = this.absentAttribute();
    if (absent) return { ok: false, problem: { kind: 'no-attribute', ...absent, available: available.slice(0, MAX_LISTED) } };
    const actor = this.settings.actor !== undefined ? 0 : this.hasValue[ACTORS] ? 0 : this.hasValue[ACTORS + 1] ? 1 : -1;
    const lifecycle = this.settings.lifecycle;
    const keep = lifecycle?.toLowerCase() === 'all' || (lifecycle === undefined && !this.someCounts) ? 'all' : 'counts';
    const cases = select({
      caseOf: this.caseOf.values(),
      activityOf: this.activityOf.values(),
      actorOf: actor >= 0 ? this.actorOf[actor].values() : undefined,
      lifecycleOf: this.lifecycleOf.values(),
      timeOf: this.timeOf.values(),
      caseIds: this.caseIds.names,
    }, { keep, mergeRepeats: this.settings.mergeRepeats, since: this.settings.since, until: this.settings.until, clock: this.clock });
    if (cases.counted === 0) return { ok: false, problem: { kind: 'no-events' } };
    return {
      ok: true,
      cases: {
        activities: this.activityNames.names,
        actorValues: actor >= 0 ? this.actorNames[actor].names : [],
        cases: cases.cases,
        events: { read: this.read, counted: cases.counted, skipped: this.skipped },
        ...(this.firstSkip ? { firstSkip: this.firstSkip } : {}),
        ...(actor >= 0 ? { actorAttribute: this.actorAttributes[actor] } : {}),
        attributes: available,
      },
    };
  }

  /** The first named attribute that no event read has a value for. */
  private absentAttribute(): { key: string; attribute: string } | undefined {
    const named: [number, string][] = [[CASE, 'case'], [ACTIVITY, 'activity'], [TIME, 'time']];
    if (this.settings.actor !== undefined) named.push([ACTORS, 'actor']);
    for (const [slot] of this.where) named.push([slot, 'where']);
    const found = named.find(([slot]) => !this.hasValue[slot]);
    return found && { key: found[1], attribute: this.attributes[found[0]] };
  }
}

/** How many of the log's attribute names a no-attribute problem lists. */
const MAX_LISTED = 12;
