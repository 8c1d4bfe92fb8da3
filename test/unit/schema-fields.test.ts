/**
 * Every field of the journey format, catalog and configuration: values the
 * format allows validate with no findings, and each wrong value gives
 * exactly one finding, at the field, that says what is wrong.
 */
import * as assert from 'assert';
import type { PathSegment } from '../../src/core/yaml/locate';
import type { FileKind } from '../../src/core/engine/types';
import { baseCatalog, baseJourney, listFindings as show, MISSING, valueFindings, withValue } from './schema-helpers';

type Path = PathSegment[];

interface Invalid {
  value: unknown;
  message: RegExp;
  /** Where the finding is reported, when not at the field itself. */
  at?: Path;
}

interface Field {
  key: string;
  valid: unknown[];
  invalid: Invalid[];
}

const ROOT: Path = [];
const STEP: Path = ['steps', 0];
const TASK: Path = ['steps', 0, 'process', 0];
const PROMISE: Path = ['steps', 0, 'promise'];
const HANDOFF: Path = [...TASK, 'handoff'];
const CHANNEL: Path = ['channels', 'website'];
const TEAM: Path = ['teams', 'klantenservice'];
const SYSTEM: Path = ['systems', 'crm'];
const PARTNER: Path = ['partners', 'netbeheerder'];

const NOT_A_DURATION: Invalid = { value: '3 werkdagn', message: /^'3 werkdagn' is not a duration: write e\.g\. '3 working days', '2 uur' or 'P2D'\.$/ };
const BAD_ID: Invalid = { value: 'twee woorden', message: /^'twee woorden' is not a valid .*id: an id starts with a letter or digit and holds only letters, digits, '-' and '_'/ };
const missing = (owner: string, key: string, at: Path): Invalid => ({ value: MISSING, message: new RegExp(`^An? ${owner} needs '${key}': `), at });
const text = (key: string, extraValid: unknown[] = []): Field => ({
  key,
  valid: ['Vrije tekst, in elke taal', ...extraValid],
  invalid: [{ value: ['a', 'b'], message: new RegExp(`^'${key}' must be text, not a list\\.$`) }],
});

/** `observed` of a step or task (evidence.md): one activity pattern or a list. */
const OBSERVED = (at: Path): Field => ({ key: 'observed', valid: ['Melding ontvangen', ['A_SUBMITTED', 'W_* lead?'], []], invalid: [
  { value: 12, message: /^'observed' must be an activity pattern or a list of activity patterns, not 12\./ },
  { value: '  ', message: /^' {2}' is not a valid activity pattern: it must not be empty or only white space\.$/ },
  { value: ['A', { b: 1 }], message: /^Entry 2 of 'observed' must be an activity pattern, not a mapping\.$/, at: [...at, 'observed', 1] },
] });

const EVIDENCE: Path = ['evidence'];
const attribute = (key: string): Field => ({ key, valid: ['case:concept:name', 'Incident ID'], invalid: [
  { value: '', message: /is not a valid attribute name: it must not be empty/ },
  { value: ['a'], message: new RegExp(`^'${key}' must be an attribute name, not a list\\.$`) },
] });
const EVIDENCE_FIELDS: [string, Path, Field[]][] = [
  ['evidence', EVIDENCE, [
    { key: 'log', valid: ['logs/x.csv', 'logs/leningen.xes.gz'], invalid: [
      { value: MISSING, message: /^An evidence section needs 'log': the event log: a \.csv, /, at: EVIDENCE },
      { value: 3, message: /^'log' must be a log path, not 3\./ },
    ] },
    attribute('case'), attribute('activity'), attribute('time'), attribute('actor'),
    { key: 'lifecycle', valid: ['complete', 'all', 'Resolved'], invalid: [{ value: true, message: /^'lifecycle' must be a lifecycle value such as complete, or all, not true\. To use true as text/ }] },
    { key: 'timezone', valid: ['Europe/Amsterdam', 'UTC', 'America/New_York'], invalid: [
      { value: 'Europe/Amsterdm', message: /^'Europe\/Amsterdm' is not a time zone: write an IANA zone such as 'Europe\/Amsterdam' or 'UTC'\.$/ },
    ] },
    { key: 'time-format', valid: ['auto', 'iso', 'day-first', 'month-first'], invalid: [
      { value: 'dayfirst', message: /^'time-format' must be one of auto, iso, day-first, month-first — not 'dayfirst' \(did you mean 'day-first'\?\)\.$/ },
    ] },
    { key: 'missing-values', valid: [['?', 'NULL'], []], invalid: [{ value: '?', message: /^'missing-values' must be a list of texts, not "\?"\.$/ }] },
    { key: 'merge-repeats', valid: [true, false], invalid: [{ value: 'yes', message: /^'merge-repeats' must be true or false, not "yes"\.$/ }] },
    { key: 'since', valid: ['2025-10-01'], invalid: [{ value: '2025-02-30', message: /^'2025-02-30' is not a date: write YYYY-MM-DD/ }] },
    { key: 'until', valid: ['2026-03-31'], invalid: [{ value: '31-3-2026', message: /is not a date/ }] },
    { key: 'where', valid: [{ 'case:type': 'lening' }, { 'org:group': ['A', 'B'] }, {}], invalid: [
      { value: ['lening'], message: /^'where' must be a mapping of attribute names to values, not a list\.$/ },
      { value: { t: { a: 1 } }, message: /^'t' must be a value or a list of values, not a mapping\.$/, at: [...EVIDENCE, 'where', 't'] },
    ] },
    { key: 'actors', valid: [{ 'V5 3rd': 'derde-lijn', '* 2nd': 'tweede-lijn' }, {}], invalid: [
      { value: { '* 2nd': 'tweede lijn' }, message: /^'tweede lijn' is not a valid team or partner id: /, at: [...EVIDENCE, 'actors', '* 2nd'] },
    ] },
  ]],
];

const JOURNEY_FIELDS: [string, Path, Field[]][] = [
  ['journey (top level)', ROOT, [
    { ...text('journey'), invalid: [...text('journey').invalid, missing('journey', 'journey', ROOT)] },
    { ...text('need'), invalid: [...text('need').invalid, missing('journey', 'need', ROOT)] },
    { ...text('outcome'), invalid: [...text('outcome').invalid, missing('journey', 'outcome', ROOT)] },
    text('owner'),
    { key: 'reviewed', valid: ['2026-09-01', '2024-02-29'], invalid: [
      { value: '2026-13-01', message: /^'2026-13-01' is not a date: write YYYY-MM-DD/ },
      { value: '1-9-2026', message: /is not a date/ },
      { value: '2025-02-29', message: /is not a date/ },
    ] },
    { key: 'review-every', valid: ['6 months', '12 maanden', '2 weeks', 'P6M', '1 year'], invalid: [NOT_A_DURATION, { value: 6, message: /^'review-every' must be a duration such as '3 working days', not 6\.$/ }] },
    text('persona'),
    { key: 'uses', valid: ['../organisatie.catalog.yaml', ['a.catalog.yaml', 'sub/b.catalog.yml'], []], invalid: [
      { value: { path: 'a' }, message: /^'uses' must be a catalog path or a list of catalog paths, not a mapping\.$/ },
      { value: ['a.catalog.yaml', 7], message: /^Entry 2 of 'uses' must be a catalog path, not 7\./, at: ['uses', 1] },
    ] },
    { key: 'channels', valid: [{}, { web2: { kind: 'web' }, 'x-note': 'vrij' }], invalid: [{ value: ['website'], message: /^'channels' must be a mapping of channel ids to channel declarations, not a list\.$/ }] },
    { key: 'teams', valid: [{ ks: {}, 'team-2_b': { line: 'back' } }], invalid: [{ value: { 'Klanten Service': {} }, message: /^'Klanten Service' is not a valid id for 'teams': /, at: ['teams', 'Klanten Service'] }] },
    { key: 'systems', valid: [{ crm: null }], invalid: [{ value: { '-crm': {} }, message: /is not a valid id for 'systems'/, at: ['systems', '-crm'] }] },
    { key: 'partners', valid: [{ '1partner': { name: 'P' } }], invalid: [{ value: 'netbeheerder', message: /^'partners' must be a mapping of partner ids to partner declarations, not "netbeheerder"\.$/ }] },
    { key: 'stages', valid: [['Orientatie', 'Aanvraag'], []], invalid: [
      { value: 'Orientatie', message: /^'stages' must be a list of stage names, not "Orientatie"\.$/ },
      { value: ['A', { b: 1 }], message: /^Entry 2 of 'stages' must be a stage name, not a mapping\.$/, at: ['stages', 1] },
    ] },
    { key: 'measures', valid: [{ NPS: '+30', CES: '< 2', 'Klanttevredenheid %': 80 }], invalid: [
      { value: ['NPS'], message: /^'measures' must be a mapping of measure names to targets, not a list\.$/ },
      { value: { NPS: ['+30'] }, message: /^'NPS' must be a target such as "\+30" or "< 2", not a list\.$/, at: ['measures', 'NPS'] },
    ] },
    { key: 'steps', valid: [[{ id: 'a', customer: 'b' }, { id: 'c', customer: 'd' }]], invalid: [
      { value: [], message: /^'steps' needs at least one entry\.$/ },
      { value: { a: 1 }, message: /^'steps' must be a list of steps, not a mapping\.$/ },
      { value: ['Zoekt informatie'], message: /^Entry 1 of 'steps' must be a step \(a mapping with at least 'id' and 'customer'\), not "Zoekt informatie"\.$/, at: ['steps', 0] },
      missing('journey', 'steps', ROOT),
    ] },
  ]],
  ['channel', CHANNEL, [
    { key: 'kind', valid: ['web', 'app', 'email', 'sms', 'letter', 'social', 'kiosk', 'phone', 'chat', 'video', 'store', 'visit', 'other'], invalid: [
      { value: 'webb', message: /^'kind' must be one of web, app, email, sms, letter, social, kiosk, phone, chat, video, store, visit, other — not 'webb' \(did you mean 'web'\?\)\.$/ },
      { value: 'telefoon', message: /— not 'telefoon'\.$/ },
    ] },
    { key: 'human', valid: [true, false], invalid: [{ value: 'ja', message: /^'human' must be true or false, not "ja"\.$/ }] },
    text('name'),
    { ...text('hours', ['ma-vr 08:00-20:00']) },
  ]],
  ['team', TEAM, [
    text('name'),
    { key: 'line', valid: ['front', 'back'], invalid: [{ value: 'frontoffice', message: /^'line' must be one of front, back — not 'frontoffice'/ }] },
  ]],
  ['system', SYSTEM, [text('name')]],
  ['partner', PARTNER, [
    text('name'),
    text('agreement'),
    { key: 'sla', valid: ['5 working days', '48 uur', 'PT4H', '2 werkdagen'], invalid: [NOT_A_DURATION] },
    text('fallback'),
    text('contact'),
  ]],
  ['step', STEP, [
    { key: 'id', valid: ['aanvragen', 'stap-2_b', '2'], invalid: [BAD_ID, missing('step', 'id', STEP)] },
    { ...text('customer'), invalid: [...text('customer').invalid, missing('step', 'customer', STEP)] },
    { key: 'stage', valid: ['Aanvraag', 'Twee woorden'], invalid: [{ value: 3, message: /^'stage' must be a stage name, not 3\. To use 3 as text, put it in quotes: "3"\.$/ }] },
    { key: 'channel', valid: ['website', 'email'], invalid: [BAD_ID, { value: ['website'], message: /^'channel' must be a channel id, not a list\.$/ }] },
    { key: 'fallback', valid: ['telefoon', ['telefoon', 'chat']], invalid: [
      { value: 12, message: /^'fallback' must be a channel id or a list of channel ids, not 12\./ },
      { value: 'tele foon', message: /^'tele foon' is not a valid channel id: an id starts with/ },
      { value: ['telefoon', 'web site'], message: /^'web site' is not a valid channel id: /, at: ['steps', 0, 'fallback', 1] },
    ] },
    { key: 'emotion', valid: [-2, -1, 0, 1, 2], invalid: [
      { value: 5, message: /^'emotion' must be between -2 and 2, not 5\.$/ },
      { value: -3, message: /^'emotion' must be between -2 and 2, not -3\.$/ },
      { value: 'happy', message: /^'emotion' must be a whole number from -2 to 2, not "happy"\.$/ },
      { value: 1.5, message: /^'emotion' must be a whole number from -2 to 2, not 1\.5\.$/ },
    ] },
    { key: 'kano', valid: ['basic', 'satisfier', 'delighter'], invalid: [
      { value: 'basik', message: /^'kano' must be one of basic, satisfier, delighter — not 'basik' \(did you mean 'basic'\?\)\.$/ },
      { value: 2, message: /^'kano' must be one of basic, satisfier, delighter — not 2\.$/ },
    ] },
    { key: 'pain', valid: ['Lang wachten', ['Lang wachten', 'Onduidelijke brief']], invalid: [{ value: { a: 1 }, message: /^'pain' must be a text or a list of texts, not a mapping\.$/ }] },
    { key: 'idea', valid: ['Checklist', ['Checklist', 'Chat']], invalid: [{ value: ['Checklist', ['nested']], message: /^Entry 2 of 'idea' must be text, not a list\.$/, at: ['steps', 0, 'idea', 1] }] },
    { key: 'moment-of-truth', valid: [true, false], invalid: [{ value: 'yes', message: /^'moment-of-truth' must be true or false, not "yes"\.$/ }] },
    { key: 'asks', valid: [['adres', 'verhuisdatum'], []], invalid: [{ value: 'adres', message: /^'asks' must be a list of texts, not "adres"\.$/ }] },
    { key: 'promise', valid: [{ says: 'Binnen 3 dagen', by: 'klantenservice', within: '3 working days' }, {}], invalid: [{ value: 'binnen 3 dagen', message: /^'promise' must be a promise \(a mapping such as .*\), not "binnen 3 dagen"\.$/ }] },
    { key: 'partners', valid: [['netbeheerder'], []], invalid: [
      { value: 'netbeheerder', message: /^'partners' must be a list of partner ids, not "netbeheerder"\.$/ },
      { value: ['net beheerder'], message: /^'net beheerder' is not a valid partner id: /, at: ['steps', 0, 'partners', 0] },
    ] },
    { key: 'process', valid: [[], [{ partner: 'netbeheerder', does: 'Sluit aan' }]], invalid: [
      { value: { team: 'klantenservice' }, message: /^'process' must be a list of tasks, not a mapping\.$/ },
      { value: ['Registreert'], message: /^Entry 1 of 'process' must be a task \(a mapping such as .*\), not "Registreert"\.$/, at: ['steps', 0, 'process', 0] },
    ] },
    { key: 'next', valid: [['aanvragen'], ['a', 'b'], []], invalid: [
      { value: 'aanvragen', message: /^'next' must be a list of step ids, not "aanvragen"\.$/ },
      { value: ['stap 2'], message: /^'stap 2' is not a valid step id: /, at: ['steps', 0, 'next', 0] },
    ] },
    { key: 'end', valid: [true, false], invalid: [{ value: 1, message: /^'end' must be true or false, not 1\.$/ }] },
    { ...text('script', ['Klant: "Ik verhuis"\nMedewerker: "Prima"\n']) },
    OBSERVED(STEP),
  ]],
  ['task', TASK, [
    { key: 'team', valid: ['klantenservice'], invalid: [BAD_ID] },
    { key: 'does', valid: ['Registreert de verhuizing'], invalid: [
      { value: 42, message: /^'does' must be text, not 42\. To use 42 as text, put it in quotes: "42"\.$/ },
      missing('task', 'does', TASK),
    ] },
    { key: 'system', valid: ['crm', ['crm', 'erp']], invalid: [
      { value: true, message: /^'system' must be a system id or a list of system ids, not true\./ },
      { value: ['crm', 'sap erp'], message: /^'sap erp' is not a valid system id: /, at: [...TASK, 'system', 1] },
    ] },
    text('instruction'),
    { key: 'handoff', valid: [{ to: 'facturatie', gives: 'Adres', within: '1 working day' }, {}], invalid: [{ value: 'facturatie', message: /^'handoff' must be a handoff \(a mapping such as .*\), not "facturatie"\.$/ }] },
    OBSERVED(TASK),
  ]],
  ['promise', PROMISE, [
    text('says'),
    { key: 'by', valid: ['klantenservice'], invalid: [BAD_ID] },
    { key: 'within', valid: ['3 working days', '3 werkdagen', 'P3D'], invalid: [NOT_A_DURATION] },
    { key: 'until', valid: ['aanvragen', 'stap-2'], invalid: [BAD_ID, { value: ['a'], message: /^'until' must be a step id, not a list\.$/ }] },
  ]],
  ['handoff', HANDOFF, [
    { key: 'to', valid: ['facturatie'], invalid: [BAD_ID] },
    text('gives'),
    { key: 'within', valid: ['1 working day', '4 uur'], invalid: [NOT_A_DURATION] },
  ]],
];

const CATALOG_FIELDS: [string, Path, Field[]][] = [
  ['catalog (top level)', ROOT, [
    { ...text('catalog'), valid: ['Organisatie', MISSING] },
    { key: 'channels', valid: [{ web2: { kind: 'web', human: false } }, MISSING], invalid: [{ value: { web2: { kind: 'internet' } }, message: /^'kind' must be one of web, /, at: ['channels', 'web2', 'kind'] }] },
    { key: 'teams', valid: [{ ks: { line: 'front' } }], invalid: [{ value: { ks: { lines: 'front' } }, message: /^Unknown key 'lines' — did you mean 'line'\?$/, at: ['teams', 'ks', 'lines'] }] },
    { key: 'systems', valid: [{ crm: {} }], invalid: [{ value: { crm: 'Klantsysteem' }, message: /^'crm' must be a system declaration \(a mapping such as \{ name: Klantsysteem \}\), not "Klantsysteem"\.$/, at: ['systems', 'crm'] }] },
    { key: 'partners', valid: [{ nb: { sla: '5 working days' } }], invalid: [{ value: { nb: { sla: 'vijf dagen' } }, message: /^'vijf dagen' is not a duration/, at: ['partners', 'nb', 'sla'] }] },
  ]],
];

const CONFIG_FIELDS: [string, Path, Field[]][] = [
  ['config (top level)', ROOT, [
    { key: 'checks', valid: [{ 'owner-missing': 'off', 'fallback-missing': 'error', schema: 'warning' }, {}], invalid: [
      { value: { 'owner-missing': 'loud' }, message: /^'owner-missing' must be one of error, warning, info, hint, off — not 'loud'\.$/, at: ['checks', 'owner-missing'] },
      { value: ['owner-missing'], message: /^'checks' must be a mapping of check ids to severities, not a list\.$/ },
    ] },
    { key: 'handoff-maximum', valid: [0, 3, 10], invalid: [
      { value: -1, message: /^'handoff-maximum' must be at least 0, not -1\.$/ },
      { value: 2.5, message: /^'handoff-maximum' must be a whole number, 0 or more, not 2\.5\.$/ },
    ] },
    { key: 'include', valid: [['**/*.journey.yaml'], []], invalid: [{ value: '**/*.journey.yaml', message: /^'include' must be a list of glob patterns, not "\*\*\/\*\.journey\.yaml"\.$/ }] },
    { key: 'exclude', valid: [['archief/**']], invalid: [{ value: [3], message: /^Entry 1 of 'exclude' must be a glob pattern, not 3\./, at: ['exclude', 0] }] },
    { key: 'evidence', valid: [{ 'min-cases': 10, 'min-share': 0.1, percentile: 90, 'promise-kept': 0.95 }, {}], invalid: [
      { value: 5, message: /^'evidence' must be a mapping with 'min-cases', 'min-share', 'percentile' or 'promise-kept', not 5\.$/ },
      { value: { 'min-case': 5 }, message: /^Unknown key 'min-case' — did you mean 'min-cases'\?$/, at: ['evidence', 'min-case'] },
    ] },
  ]],
  ['config evidence', ['evidence'], [
    { key: 'min-cases', valid: [1, 5, 100], invalid: [
      { value: 0, message: /^'min-cases' must be at least 1, not 0\.$/ },
      { value: 2.5, message: /^'min-cases' must be a whole number, 1 or more, not 2\.5\.$/ },
    ] },
    { key: 'min-share', valid: [0, 0.05, 1], invalid: [{ value: 5, message: /^'min-share' must be between 0 and 1, not 5\.$/ }] },
    { key: 'percentile', valid: [0, 80, 99.5, 100], invalid: [{ value: 101, message: /^'percentile' must be between 0 and 100, not 101\.$/ }] },
    { key: 'promise-kept', valid: [0.9, 1], invalid: [{ value: '90%', message: /^'promise-kept' must be a share from 0 to 1, not "90%"\.$/ }] },
  ]],
];

function suite(kind: FileKind, base: () => Record<string, unknown>, groups: [string, Path, Field[]][]): void {
  for (const [group, container, fields] of groups) {
    describe(group, () => {
      for (const field of fields) {
        const path = [...container, field.key];
        it(`'${field.key}': allowed values validate`, () => {
          for (const v of field.valid) {
            const findings = valueFindings(withValue(base(), path, v), kind);
            assert.deepStrictEqual(findings, [], `${String(v === MISSING ? 'missing' : JSON.stringify(v))}\n${show(findings)}`);
          }
        });
        if (field.invalid.length === 0) continue;
        it(`'${field.key}': each wrong value gives one finding at the field`, () => {
          for (const bad of field.invalid) {
            const findings = valueFindings(withValue(base(), path, bad.value), kind);
            const label = bad.value === MISSING ? 'missing' : JSON.stringify(bad.value);
            assert.strictEqual(findings.length, 1, `${label}\n${show(findings)}`);
            assert.match(findings[0].message, bad.message, label);
            assert.deepStrictEqual(findings[0].path, bad.at ?? path, label);
          }
        });
      }
    });
  }
}

describe('schema: every field', () => {
  it('the base documents of these tests validate', () => {
    assert.deepStrictEqual(valueFindings(baseJourney()), []);
    assert.deepStrictEqual(valueFindings(baseCatalog(), 'catalog'), []);
    assert.deepStrictEqual(valueFindings({}, 'config'), []);
  });
  describe('journey', () => suite('journey', baseJourney, JOURNEY_FIELDS));
  describe('catalog', () => suite('catalog', baseCatalog, CATALOG_FIELDS));
  describe('journey evidence', () => suite('journey', () => withValue(baseJourney(), EVIDENCE, { log: 'logs/x.csv' }), EVIDENCE_FIELDS));
  describe('config', () => suite('config', () => ({ evidence: {} }), CONFIG_FIELDS));

  describe('a task is done by exactly one team or partner', () => {
    const task = (t: Record<string, unknown>) => withValue(baseJourney(), TASK, t);
    it('accepts a team or a partner', () => {
      assert.deepStrictEqual(valueFindings(task({ team: 'klantenservice', does: 'D' })), []);
      assert.deepStrictEqual(valueFindings(task({ partner: 'netbeheerder', does: 'D' })), []);
    });
    it('reports a task with neither, once, naming both options', () => {
      const findings = valueFindings(task({ does: 'D' }));
      assert.strictEqual(findings.length, 1, show(findings));
      assert.strictEqual(findings[0].message, "A task needs 'team' (the team that does this task) or 'partner' (the partner that does this task).");
      assert.deepStrictEqual(findings[0].path, TASK);
    });
    it('reports a task with both, once, at the second', () => {
      const findings = valueFindings(task({ team: 'klantenservice', partner: 'netbeheerder', does: 'D' }));
      assert.strictEqual(findings.length, 1, show(findings));
      assert.strictEqual(findings[0].message, "A task names 'team' or 'partner', not both: remove one.");
      assert.deepStrictEqual(findings[0].path, [...TASK, 'partner']);
    });
    it("checks a partner's id like a team's", () => {
      const findings = valueFindings(task({ partner: 'net beheerder', does: 'D' }));
      assert.strictEqual(findings.length, 1, show(findings));
      assert.match(findings[0].message, /^'net beheerder' is not a valid partner id/);
    });
  });

  it('suggests the evidence keys, observed and until for misspelt keys, as for the others', () => {
    const cases: [Record<string, unknown>, Path, string][] = [
      [withValue(baseJourney(), EVIDENCE, { log: 'l.csv', timezon: 'UTC' }), [...EVIDENCE, 'timezon'], 'timezone'],
      [withValue(baseJourney(), EVIDENCE, { log: 'l.csv', 'merge-repeat': true }), [...EVIDENCE, 'merge-repeat'], 'merge-repeats'],
      [withValue(baseJourney(), ['evidenc'], { log: 'l.csv' }), ['evidenc'], 'evidence'],
      [withValue(baseJourney(), [...STEP, 'observd'], 'A'), [...STEP, 'observd'], 'observed'],
      [withValue(baseJourney(), [...TASK, 'observe'], 'A'), [...TASK, 'observe'], 'observed'],
      [withValue(baseJourney(), [...PROMISE, 'untill'], 'aanvragen'), [...PROMISE, 'untill'], 'until'],
    ];
    for (const [value, at, meant] of cases) {
      const findings = valueFindings(value);
      assert.strictEqual(findings.length, 1, show(findings));
      assert.strictEqual(findings[0].message, `Unknown key '${String(at[at.length - 1])}' — did you mean '${meant}'?`);
      assert.deepStrictEqual(findings[0].path, at);
    }
  });

  it('an x- key among declarations is your own data, not a declaration', () => {
    assert.deepStrictEqual(valueFindings(withValue(baseJourney(), ['channels', 'x-bron'], 'Workshop')), []);
    assert.deepStrictEqual(valueFindings(withValue(baseCatalog(), ['teams', 'x-bron'], 3), 'catalog'), []);
  });

  describe('x- keys are free at every level, other unknown keys are not', () => {
    const levels: [FileKind, () => Record<string, unknown>, Path][] = [
      ['journey', baseJourney, ROOT], ['journey', baseJourney, STEP], ['journey', baseJourney, TASK],
      ['journey', baseJourney, PROMISE], ['journey', baseJourney, HANDOFF], ['journey', baseJourney, CHANNEL],
      ['journey', baseJourney, TEAM], ['journey', baseJourney, SYSTEM], ['journey', baseJourney, PARTNER],
      ['catalog', baseCatalog, ROOT], ['catalog', baseCatalog, ['partners', 'netbeheerder']],
      ['config', () => ({ checks: {} }), ROOT], ['config', () => ({ checks: {} }), ['checks']],
      ['journey', () => withValue(baseJourney(), EVIDENCE, { log: 'l.csv' }), EVIDENCE], ['config', () => ({ evidence: {} }), ['evidence']],
    ];
    for (const [kind, base, at] of levels) {
      it(`${kind} ${JSON.stringify(at)}`, () => {
        assert.deepStrictEqual(valueFindings(withValue(base(), [...at, 'x-bron'], { vrij: ['wat', 'dan', 'ook'] }), kind), []);
        const findings = valueFindings(withValue(base(), [...at, 'zzz'], 1), kind);
        assert.strictEqual(findings.length, 1, show(findings));
        assert.match(findings[0].message, /^Unknown (key|check) 'zzz'\. Allowed here: .* \(or an x- key for your own data\)\.$/);
        assert.deepStrictEqual(findings[0].path, [...at, 'zzz']);
      });
    }
  });
});
