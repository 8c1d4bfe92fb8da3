/** The evidence additions to the model: settings with defaults, `observed`, `promise.until` and the design. */
import * as assert from 'assert';
import { designOf, evidenceSettingsOf, parseYaml, readJourney } from '../../src/core';
import { yaml } from './helpers';

function journeyOf(text: string) {
  const parsed = parseYaml(text);
  return readJourney(parsed.value, '/ws/j.journey.yaml', parsed.doc);
}

describe('evidence in the model', () => {
  it('applies the contract defaults to a journey that names only its log', () => {
    const j = journeyOf('evidence: { log: logs/a.csv }\nsteps: []\n');
    assert.deepStrictEqual(evidenceSettingsOf(j), {
      log: 'logs/a.csv', case: 'case:concept:name', activity: 'concept:name', time: 'time:timestamp',
      timezone: 'UTC', timeFormat: 'auto', missingValues: [], mergeRepeats: false, where: [], actors: [],
    });
    assert.deepStrictEqual(j.evidence?.paths, { log: ['evidence', 'log'] });
  });

  it('reads every key as written, with the path of each', () => {
    const j = journeyOf(yaml`
      evidence:
        log: logs/l.xes.gz
        case: ticket
        activity: status
        time: when
        actor: group
        lifecycle: complete
        timezone: Europe/Amsterdam
        time-format: day-first
        missing-values: ["?", n/a]
        merge-repeats: true
        since: 2011-10-01
        until: 2012-03-14
        where: { case:type: lening, land: [NL, BE], jaar: 2012 }
        actors:
          "V5 3rd": derde-lijn
          "* 2nd": tweede-lijn
    `);
    assert.deepStrictEqual(evidenceSettingsOf(j), {
      log: 'logs/l.xes.gz', case: 'ticket', activity: 'status', time: 'when', actor: 'group', lifecycle: 'complete',
      timezone: 'Europe/Amsterdam', timeFormat: 'day-first', missingValues: ['?', 'n/a'], mergeRepeats: true,
      since: '2011-10-01', until: '2012-03-14',
      where: [['case:type', ['lening']], ['land', ['NL', 'BE']], ['jaar', ['2012']]],
      actors: [['V5 3rd', 'derde-lijn'], ['* 2nd', 'tweede-lijn']],
    });
    assert.deepStrictEqual(j.evidence?.paths['time-format'], ['evidence', 'time-format']);
    assert.deepStrictEqual(j.evidence?.actorIds, [
      { id: 'derde-lijn', path: ['evidence', 'actors', 'V5 3rd'] },
      { id: 'tweede-lijn', path: ['evidence', 'actors', '* 2nd'] },
    ]);
  });

  it('keeps the written order of actor patterns that look like numbers', () => {
    // A plain object would list "112" before "1*"; first match wins, so the order matters.
    const j = journeyOf('evidence:\n  log: a.csv\n  actors:\n    "1*": eerste-lijn\n    "112": tweede-lijn\n');
    assert.deepStrictEqual(evidenceSettingsOf(j)?.actors, [['1*', 'eerste-lijn'], ['112', 'tweede-lijn']]);
  });

  it('leaves out values the schema rejects, so the defaults apply', () => {
    const j = journeyOf(yaml`
      evidence:
        log: a.csv
        case: [x]
        timezone: Mars/Olympus
        time-format: chinese
        merge-repeats: "yes"
        since: 2012-02-30
        until: soon
        missing-values: "?"
        where: [x]
        actors: { "a*": [x], "b*": ok }
    `);
    const s = evidenceSettingsOf(j)!;
    assert.strictEqual(s.case, 'case:concept:name');
    assert.strictEqual(s.timezone, 'UTC');
    assert.strictEqual(s.timeFormat, 'auto');
    assert.strictEqual(s.mergeRepeats, false);
    assert.strictEqual(s.since, undefined);
    assert.strictEqual(s.until, undefined);
    assert.deepStrictEqual(s.missingValues, []);
    assert.deepStrictEqual(s.where, []);
    assert.deepStrictEqual(s.actors, [['b*', 'ok']]);
  });

  it('has no evidence without a log, or when evidence is not a map', () => {
    assert.strictEqual(journeyOf('evidence: { case: x }\n').evidence, undefined);
    assert.strictEqual(journeyOf('evidence: logs/a.csv\n').evidence, undefined);
    assert.strictEqual(journeyOf('evidence: { log: "  " }\n').evidence, undefined);
    assert.strictEqual(journeyOf('steps: []\n').evidence, undefined);
  });

  it('reads observed on steps and tasks, one pattern or a list, and promise.until', () => {
    const j = journeyOf(yaml`
      steps:
        - id: aanvragen
          observed: [A_SUBMITTED, "A_PART*", 12, { x: 1 }]
          promise: { within: 5 werkdagen, until: offerte }
          process:
            - team: acceptatie
              observed: W_Afhandelen leads
            - team: x
        - id: offerte
    `);
    const [a, b] = j.steps;
    assert.deepStrictEqual(a!.observed, [
      { pattern: 'A_SUBMITTED', path: ['steps', 0, 'observed', 0] },
      { pattern: 'A_PART*', path: ['steps', 0, 'observed', 1] },
      { pattern: '12', path: ['steps', 0, 'observed', 2] },
    ]);
    assert.deepStrictEqual(a!.process[0]!.observed, [{ pattern: 'W_Afhandelen leads', path: ['steps', 0, 'process', 0, 'observed'] }]);
    assert.deepStrictEqual(a!.process[1]!.observed, []);
    assert.deepStrictEqual(a!.promise?.until, { id: 'offerte', path: ['steps', 0, 'promise', 'until'] });
    assert.deepStrictEqual(b!.observed, []);
  });

  it('gives the design of every step with an id, as written', () => {
    const j = journeyOf(yaml`
      steps:
        - id: a
          channel: app
          observed: A
          next: [c]
          promise: { says: x, within: 2 days }
          process:
            - team: t
              observed: T1
              handoff: { to: u, within: 1 werkdag }
            - team: u
        - customer: no id
          observed: X
        - id: c
          end: true
          promise: { says: only words }
    `);
    assert.deepStrictEqual(designOf(j), [
      {
        id: 'a', observed: [{ pattern: 'A', path: ['steps', 0, 'observed'] }],
        tasks: [
          { observed: [{ pattern: 'T1', path: ['steps', 0, 'process', 0, 'observed'] }], handoffWithin: '1 werkdag' },
          { observed: [], handoffWithin: undefined },
        ],
        next: ['c'], end: undefined, channel: 'app', promise: { within: '2 days', until: undefined },
      },
      { id: 'c', observed: [], tasks: [], next: undefined, end: true, channel: undefined, promise: undefined },
    ]);
  });
});
