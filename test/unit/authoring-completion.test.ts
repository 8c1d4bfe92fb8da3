/**
 * Schema completion and hover of Journey Lens's own (src/core/language-service):
 * the items per position, their details in English and Dutch, the inserted
 * text applied to the file (which then parses and, where complete, has no
 * schema findings), half-typed lines, and what is left to the Red Hat YAML
 * extension when it runs.
 */
import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { catalogPathsFrom, schemaCompletions, type AuthoringItem, type AuthoringOptions } from '../../src/core/language-service/completion';
import { slotAt } from '../../src/core/language-service/cursor';
import { DESCRIPTION_DUTCH } from '../../src/core/language-service/dutch';
import { completionCandidates, humanFirst, readJourney, schemaHoverAt } from '../../src/core';
import { allDescriptions } from '../../src/core/language-service/schema-nav';
import { Scope } from '../../src/core/model/scope';
import { listFindings, schemaFindings } from './schema-helpers';

const HEAD = 'journey: J\nneed: n\noutcome: o\n';

/** The items at the `|` of a text. */
function at(textWithCursor: string, options: Partial<AuthoringOptions> = {}): { items: AuthoringItem[]; text: string; offset: number } {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  return { items: schemaCompletions(text, offset, { kind: 'journey', language: 'en', ...options }), text, offset };
}

/** The labels in the order VS Code shows them (by sortText). */
const labels = (items: readonly AuthoringItem[]) => [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0)).map((i) => i.label);

/** The text after accepting an item, with every placeholder at its default and the cursor marks removed. */
function apply(r: ReturnType<typeof at>, label: string, fill = ''): string {
  const item = r.items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} in ${labels(r.items).join(', ')}`);
  const inserted = item.insertText
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$0/g, fill)
    .replace(/\\([$}\\])/g, '$1');
  return r.text.slice(0, item.start) + inserted + r.text.slice(r.offset);
}

function clean(text: string, kind: 'journey' | 'catalog' = 'journey'): void {
  const findings = schemaFindings(text, kind);
  assert.deepStrictEqual(findings.map((f) => f.message), [], `${text}\n${listFindings(findings)}`);
}

describe('schema completion: keys', () => {
  it('offers the top-level keys not yet written, required first, with their descriptions', () => {
    const r = at('journey: J\n|\nsteps:\n  - id: a\n    customer: c\n');
    const l = labels(r.items);
    assert.deepStrictEqual(l.slice(0, 2), ['need', 'outcome']);
    assert.ok(!l.includes('journey') && !l.includes('steps'), l.join());
    assert.ok(l.includes('owner') && l.includes('uses') && l.includes('evidence'));
    const need = r.items.find((i) => i.label === 'need')!;
    assert.strictEqual(need.detail, "required · The customer need that starts the journey, in the customer's words.");
    assert.strictEqual(need.insertText, 'need: $0');
  });

  it('words them in Dutch', () => {
    const r = at('journey: J\n|', { language: 'nl' });
    const owner = r.items.find((i) => i.label === 'owner')!;
    assert.strictEqual(owner.detail, 'De klantreismanager: wie deze klantreis beoordeelt en verbetert.');
    assert.strictEqual(r.items.find((i) => i.label === 'need')!.detail, 'verplicht · De behoefte van de klant waarmee de klantreis begint, in de woorden van de klant.');
  });

  it('inserts a mapping key as a block with the cursor indented, and a list key with its first `- `', () => {
    const teams = at(`${HEAD}te|`);
    assert.strictEqual(teams.items.find((i) => i.label === 'teams')!.insertText, 'teams:\n  $0');
    const steps = at(`${HEAD}|`);
    assert.strictEqual(steps.items.find((i) => i.label === 'steps')!.insertText, 'steps:\n  - $0');
    assert.ok(steps.items.find((i) => i.label === 'steps')!.retrigger, 'the new item\'s snippet and keys come next');
    assert.ok(!steps.items.find((i) => i.label === 'owner')!.retrigger, 'free text: nothing to choose');
    const text = apply(steps, 'steps', 'id: a\n    customer: c');
    assert.strictEqual(text, `${HEAD}steps:\n  - id: a\n    customer: c`);
    clean(text);
  });

  it('offers a step\'s keys in a step, on a half-typed line, without the ones present above or below', () => {
    const r = at(`${HEAD}steps:\n  - id: a\n    ka|\n    customer: c\n  - id: b\n    customer: d\n`);
    const l = labels(r.items);
    assert.ok(l.includes('kano') && l.includes('emotion') && l.includes('process'), l.join());
    assert.ok(!l.includes('id') && !l.includes('customer'), l.join());
    const kano = r.items.find((i) => i.label === 'kano')!;
    assert.strictEqual(kano.insertText, 'kano: $0');
    assert.ok(kano.retrigger, 'kano: opens the values');
    const process = apply(r, 'process', 'team: t\n        does: x');
    assert.match(process, /\n {4}process:\n {6}- team: t\n {8}does: x\n {4}customer: c\n/);
    clean(process);
  });

  it('offers the keys of a new list item after `- `', () => {
    const r = at(`${HEAD}steps:\n  - id: a\n    customer: c\n    process:\n      - |`);
    const l = labels(r.items);
    assert.ok(l.includes('team') && l.includes('does') && l.includes('handoff'), l.join());
    assert.ok(!l.includes('customer'));
    // A handoff in a task at column 8: its keys at column 10.
    assert.strictEqual(r.items.find((i) => i.label === 'handoff')!.insertText, 'handoff:\n          $0');
  });

  it('does not offer partner beside team in a task', () => {
    const l = labels(at(`${HEAD}steps:\n  - id: a\n    customer: c\n    process:\n      - team: t\n        |`).items);
    assert.ok(l.includes('does') && !l.includes('partner') && !l.includes('team'), l.join());
  });

  it('offers the keys of handoff, promise, declarations and evidence', () => {
    const task = `${HEAD}steps:\n  - id: a\n    customer: c\n    process:\n      - team: t\n        does: d\n`;
    assert.deepStrictEqual(labels(at(`${task}        handoff:\n          to: x\n          |`).items), ['gives', 'within']);
    assert.deepStrictEqual(labels(at(`${HEAD}steps:\n  - id: a\n    customer: c\n    promise:\n      |`).items), ['says', 'by', 'within', 'until']);
    assert.deepStrictEqual(labels(at(`${HEAD}channels:\n  site:\n    |`).items), ['kind', 'human', 'name', 'hours']);
    assert.deepStrictEqual(labels(at(`${HEAD}teams:\n  ks:\n    name: K\n    |`).items), ['line']);
    assert.deepStrictEqual(labels(at(`${HEAD}systems:\n  crm:\n    |`).items), ['name']);
    assert.deepStrictEqual(labels(at(`catalog: C\npartners:\n  stedin:\n    |`, { kind: 'catalog' }).items), ['name', 'agreement', 'sla', 'fallback', 'contact']);
    assert.deepStrictEqual(labels(at(`catalog: C\n|`, { kind: 'catalog' }).items), ['channels', 'teams', 'systems', 'partners']);
    const evidence = labels(at(`${HEAD}evidence:\n  log: x.csv\n  |`).items);
    assert.ok(evidence.includes('timezone') && evidence.includes('actors') && !evidence.includes('log'), evidence.join());
  });

  it('works while the rest of the file does not parse', () => {
    const broken = `${HEAD}steps:\n  - id: a\n    promise: { says: Binnen 3 dagen, by\n    |\n  - id: b\n    customer: "unclosed\n`;
    const l = labels(at(broken).items);
    assert.ok(l.includes('customer') && l.includes('kano') && !l.includes('promise'), l.join());
  });

  it('offers nothing in comments, after block scalars, or under a scalar', () => {
    assert.deepStrictEqual(at(`${HEAD}# |`).items, []);
    assert.deepStrictEqual(at(`${HEAD}steps:\n  - id: a\n    script: |\n      Klant: hallo\n      |`).items, []);
  });
});

describe('schema completion: every key inserts the structure its value takes', () => {
  const TASK = `${HEAD}steps:\n  - id: a\n    customer: c\n    process:\n      - team: t\n        does: d\n`;
  const PLACES: [string, string, (string | number)[], 'journey' | 'catalog'][] = [
    ['top level', `${HEAD}|\nsteps:\n  - id: a\n    customer: c\n`, [], 'journey'],
    ['step', `${HEAD}steps:\n  - id: a\n    customer: c\n    |\n`, ['steps', 0], 'journey'],
    ['task', `${TASK}        |\n`, ['steps', 0, 'process', 0], 'journey'],
    ['task after - ', `${TASK}      - |\n`, ['steps', 0, 'process', 1], 'journey'],
    ['handoff', `${TASK}        handoff:\n          |\n`, ['steps', 0, 'process', 0, 'handoff'], 'journey'],
    ['promise', `${HEAD}steps:\n  - id: a\n    customer: c\n    promise:\n      |\n`, ['steps', 0, 'promise'], 'journey'],
    ['evidence', `${HEAD}evidence:\n  |\nsteps:\n  - id: a\n    customer: c\n`, ['evidence'], 'journey'],
    ['channel', `catalog: C\nchannels:\n  site:\n    |\n`, ['channels', 'site'], 'catalog'],
    ['partner', `catalog: C\npartners:\n  p:\n    |\n`, ['partners', 'p'], 'catalog'],
  ];
  for (const [name, text, path, kind] of PLACES) {
    it(`in a ${name}`, () => {
      const r = at(text, { kind });
      const keys = r.items.filter((i) => i.kind === 'key');
      assert.ok(keys.length > 0, name);
      for (const item of keys) {
        const shape = /:\n\s*- \$0$/.test(item.insertText) ? 'list' : /:\n\s*\$0$/.test(item.insertText) ? 'mapping' : 'scalar';
        const written = apply(r, item.label, shape === 'scalar' ? 'v' : 'x-mine: 1');
        const doc = parseDocument(written);
        assert.deepStrictEqual(doc.errors.map((e) => e.message), [], `${name} ${item.label}:\n${written}`);
        const value = doc.getIn([...path, item.label]) as { toJSON(): unknown } | string;
        const json = typeof value === 'object' && value ? value.toJSON() : value;
        if (shape === 'mapping') assert.deepStrictEqual(json, { 'x-mine': 1 }, `${name} ${item.label}:\n${written}`);
        else if (shape === 'list') assert.deepStrictEqual(json, [{ 'x-mine': 1 }], `${name} ${item.label}:\n${written}`);
        else assert.strictEqual(json, 'v', `${name} ${item.label}:\n${written}`);
      }
    });
  }

  it('reads files with CRLF line ends', () => {
    const r = at(`${HEAD}steps:\r\n  - id: a\r\n    customer: c\r\n    |\r\n`.replace(/(?<!\r)\n/g, '\r\n'));
    const l = labels(r.items);
    assert.ok(l.includes('kano') && !l.includes('customer'), l.join());
  });
});

describe('schema completion: values', () => {
  it('explains each Kano category, in English and Dutch', () => {
    const en = at(`${HEAD}steps:\n  - id: a\n    kano: |`).items;
    assert.deepStrictEqual(en.map((i) => `${i.label}: ${i.detail}`), [
      'basic: expected: missing it disappoints, having it goes unnoticed',
      'satisfier: more is better: the better it is, the happier the customer',
      'delighter: unexpected: it pleases, its absence is not missed',
    ]);
    const nl = at(`${HEAD}steps:\n  - id: a\n    kano: |`, { language: 'nl' }).items;
    assert.strictEqual(nl[0].detail, 'verwacht: ontbreekt het, dan stelt het teleur; is het er, dan valt het niet op');
  });

  it('labels emotion from very negative to very positive, and inserts after a bare colon with a space', () => {
    const r = at(`${HEAD}steps:\n  - id: a\n    customer: c\n    emotion:|`);
    assert.deepStrictEqual(r.items.map((i) => `${i.label} ${i.detail}`), ['-2 very negative', '-1 negative', '0 neutral', '1 positive', '2 very positive']);
    const text = apply(r, '-1');
    assert.match(text, /emotion: -1$/);
    clean(text);
    assert.deepStrictEqual(at(`${HEAD}steps:\n  - id: a\n    emotion: |`, { language: 'nl' }).items.map((i) => i.detail), ['heel negatief', 'negatief', 'neutraal', 'positief', 'heel positief']);
  });

  it('lists channel kinds, team lines and booleans with their meaning, also in flow mappings on their own line', () => {
    assert.deepStrictEqual(at(`${HEAD}channels:\n  site:\n    kind: |`).items.slice(0, 2).map((i) => `${i.label}: ${i.detail}`), ['web: a website (self-service)', 'app: a mobile app (self-service)']);
    assert.deepStrictEqual(at(`${HEAD}teams:\n  ks:\n    line: |`, { language: 'nl' }).items.map((i) => `${i.label}: ${i.detail}`), [
      'front: frontoffice: het team heeft direct met klanten te maken', 'back: backoffice: het team werkt achter de schermen']);
    assert.deepStrictEqual(labels(at(`${HEAD}steps:\n  - id: a\n    moment-of-truth: t|`).items), ['true', 'false']);
  });

  it('offers the workspace catalogs in `uses`, relative to the journey, not those already listed', () => {
    const catalogs = catalogPathsFrom('/ws/journeys/move.journey.yaml', ['/ws/org.catalog.yaml', '/ws/journeys/local.catalog.yaml', '/ws/shared/partners.catalog.yaml']);
    assert.deepStrictEqual(catalogs, ['local.catalog.yaml', '../org.catalog.yaml', '../shared/partners.catalog.yaml']);
    assert.deepStrictEqual(labels(at(`${HEAD}uses: |`, { catalogs }).items), catalogs);
    assert.deepStrictEqual(labels(at(`${HEAD}uses: [local.catalog.yaml, |`, { catalogs }).items), catalogs.slice(1));
    assert.deepStrictEqual(labels(at(`${HEAD}uses:\n  - local.catalog.yaml\n  - |`, { catalogs }).items), catalogs.slice(1));
  });

  it('puts human channels first in fallback (the id completion\'s candidates, reordered)', () => {
    const j = readJourney({ channels: { website: { kind: 'web' }, winkel: { kind: 'store' }, app: { kind: 'app' }, chat: { kind: 'chat' }, telefoon: { kind: 'phone' } } }, '/x.journey.yaml');
    const scope = new Scope(j.declarations);
    const ordered = humanFirst(completionCandidates(['channel'], j, scope), scope).map((c) => c.id);
    assert.deepStrictEqual(ordered.slice(0, 3), ['telefoon', 'chat', 'winkel']);
    assert.deepStrictEqual(ordered.slice(3).sort(), ['app', 'website']);
  });
});

describe('schema completion: structural snippets', () => {
  it('offers a new step on a new line in `steps:`, in block style, that checks clean', () => {
    const r = at(`${HEAD}steps:\n  - id: a\n    customer: c\n  |`);
    assert.deepStrictEqual(labels(r.items), ['New step']);
    const text = apply(r, 'New step');
    assert.match(text, /\n {2}- id: step-id\n {4}stage: Stage\n/);
    clean(text.replace('    stage: Stage\n', ''));
    assert.deepStrictEqual(labels(at(`${HEAD}steps:\n  |`, { language: 'nl' }).items), ['Nieuwe stap']);
  });

  it('follows a new user from an empty file: steps, then the new step at its `- `', () => {
    const empty = at('|');
    assert.deepStrictEqual(labels(empty.items).slice(0, 4), ['journey', 'need', 'outcome', 'steps']);
    const text = apply(empty, 'steps', '|');
    const next = at(text);
    assert.deepStrictEqual(labels(next.items).slice(0, 3), ['New step', 'id', 'customer']);
    const written = apply(next, 'New step');
    assert.match(written, /^steps:\n {2}- id: step-id\n {4}stage: Stage\n/);
  });

  it('offers a new task on a new line in `process:` and after a bare `- `', () => {
    const base = `${HEAD}steps:\n  - id: a\n    customer: c\n    process:\n`;
    const r = at(`${base}      |`);
    assert.deepStrictEqual(labels(r.items), ['New task']);
    const dash = at(`${base}      - |`);
    assert.ok(labels(dash.items).includes('New task'));
    const text = apply(dash, 'New task');
    assert.strictEqual(text, `${base}      - team: team-id\n        does: What the team does\n        system: system-id\n        instruction: Work instruction`);
    clean(text);
  });

  it('writes a handoff and a promise in block style, where a comma in free text cannot break the file', () => {
    const task = `${HEAD}steps:\n  - id: a\n    customer: c\n    process:\n      - team: t\n        does: d\n        |`;
    const r = at(task);
    assert.ok(labels(r.items).includes('Handoff'));
    const text = apply(r, 'Handoff').replace('what the receiver needs', 'adres, EAN-code en tijdstip');
    assert.match(text, /\n {8}handoff:\n {10}to: team-id\n {10}gives: adres, EAN-code en tijdstip\n {10}within: 1 working day$/);
    clean(text);
    assert.strictEqual(parseDocument(text).getIn(['steps', 0, 'process', 0, 'handoff', 'gives']), 'adres, EAN-code en tijdstip');
    const promise = at(`${HEAD}steps:\n  - id: a\n    customer: c\n    pro|`, { language: 'nl' });
    const p = apply(promise, 'Belofte').replace('Wat we beloven', 'Binnen 3 dagen, met bericht per e-mail, sms of brief');
    clean(p);
    // Not offered again where the step has a promise.
    assert.ok(!labels(at(`${HEAD}steps:\n  - id: a\n    promise:\n      says: x\n    |`).items).includes('Promise'));
  });

  it('offers a new partner in `partners:`', () => {
    const r = at(`${HEAD}partners:\n  |\nsteps:\n  - id: a\n    customer: c\n`);
    assert.deepStrictEqual(labels(r.items), ['New partner']);
    clean(apply(r, 'New partner'));
  });
});

describe('schema completion in catalogs and in Dutch', () => {
  it('offers channel kinds with their meaning in a catalog', () => {
    const r = at('catalog: C\nchannels:\n  balie:\n    kind: |', { kind: 'catalog', language: 'nl' });
    assert.strictEqual(r.items.find((i) => i.label === 'store')!.detail, 'een winkel of balie');
    clean(apply(r, 'store'), 'catalog');
  });

  it('labels every structural snippet in Dutch, found by the English words too', () => {
    const nl = [
      at(`${HEAD}steps:\n  |`, { language: 'nl' }),
      at(`${HEAD}steps:\n  - id: a\n    customer: c\n    process:\n      |`, { language: 'nl' }),
      at(`${HEAD}steps:\n  - id: a\n    customer: c\n    process:\n      - team: t\n        does: d\n        |`, { language: 'nl' }),
      at(`${HEAD}steps:\n  - id: a\n    customer: c\n    |`, { language: 'nl' }),
      at(`${HEAD}partners:\n  |`, { language: 'nl' }),
    ].map((r) => r.items.filter((i) => i.kind === 'snippet'));
    assert.deepStrictEqual(nl.map((items) => items.map((i) => i.label)), [['Nieuwe stap'], ['Nieuwe taak'], ['Overdracht'], ['Belofte'], ['Nieuwe partner']]);
    assert.match(nl[2][0].filterText, /handoff.*Handoff.*Overdracht/);
    assert.match(nl[2][0].insertText, /gives: \$\{2:wat de ontvanger nodig heeft\}/);
  });
});

describe('schema completion beside the Red Hat YAML extension', () => {
  it('leaves keys, enum values and booleans to it, and still offers what it cannot', () => {
    const redHat = { redHat: true };
    assert.deepStrictEqual(at(`${HEAD}|`, redHat).items, []);
    assert.deepStrictEqual(at(`${HEAD}steps:\n  - id: a\n    kano: |`, redHat).items, []);
    assert.deepStrictEqual(at(`${HEAD}steps:\n  - id: a\n    moment-of-truth: |`, redHat).items, []);
    assert.strictEqual(at(`${HEAD}steps:\n  - id: a\n    emotion: |`, redHat).items.length, 5);
    assert.deepStrictEqual(labels(at(`${HEAD}steps:\n  - id: a\n    customer: c\n    pro|`, redHat).items), ['Promise']);
    assert.deepStrictEqual(labels(at(`${HEAD}steps:\n  |`, redHat).items), ['New step']);
    assert.deepStrictEqual(labels(at(`${HEAD}uses: |`, { ...redHat, catalogs: ['org.catalog.yaml'] }).items), ['org.catalog.yaml']);
  });
});

describe('cursor slots', () => {
  it('finds the mapping on half-typed lines and after list markers', () => {
    const slot = (s: string) => { const o = s.indexOf('|'); return slotAt(s.replace('|', ''), o); };
    assert.deepStrictEqual(slot(`${HEAD}steps:\n  - id: a\n    process:\n      - team: t\n        han|`)?.path, ['steps', 0, 'process', 0]);
    assert.deepStrictEqual(slot(`${HEAD}steps:\n- id: a\n  cu|`)?.path, ['steps', 0]);
    assert.deepStrictEqual(slot(`${HEAD}steps:\n  - id: a\n    fallback:\n      - |`)?.path, ['steps', 0, 'fallback', 0]);
    assert.strictEqual(slot(`${HEAD}steps:\n  - id: a\n    customer: c\n      |`), undefined);
  });
});

describe('schema hover', () => {
  const hover = (s: string, language: 'en' | 'nl' = 'en') => { const o = s.indexOf('|'); return schemaHoverAt(parseDocument(s.replace('|', '')), o, 'journey', language); };

  it('explains every key with a link to its section of the format reference', () => {
    const h = hover(`${HEAD}steps:\n  - id: a\n    customer: c\n    emo|tion: -1\n`)!;
    assert.strictEqual(h.key, 'emotion');
    assert.match(h.description, /^How the customer feels/);
    assert.deepStrictEqual(h.doc, { file: 'format.md', anchor: 'step-an-element-of-steps', title: 'The journey format: reference' });
    assert.strictEqual(hover(`jour|ney: J\n`)!.doc.anchor, 'journey-file-journeyyaml');
    assert.strictEqual(hover(`${HEAD}channels:\n  site: { ki|nd: web }\n`)!.doc.anchor, 'channel-an-entry-of-channels');
    assert.strictEqual(hover(`${HEAD}evidence:\n  time|zone: UTC\n`)!.doc.file, 'evidence.md');
  });

  it('hovers in catalogs, and not on x- keys or unknown keys', () => {
    const o = 'catalog: C\nteams:\n  ks: { line: ba'.length;
    const text = 'catalog: C\nteams:\n  ks: { line: back }\nx-mine: 1\nfoo: 2\n';
    assert.strictEqual(schemaHoverAt(parseDocument(text), o, 'catalog', 'en')!.value!.meaning, 'back office: the team works behind the scenes');
    assert.strictEqual(schemaHoverAt(parseDocument(text), text.indexOf('x-mine') + 1, 'catalog', 'en'), undefined);
    assert.strictEqual(schemaHoverAt(parseDocument(text), text.indexOf('foo') + 1, 'catalog', 'en'), undefined);
    // An id is the user's: the id hover explains it.
    assert.strictEqual(schemaHoverAt(parseDocument(text), text.indexOf('ks:') + 1, 'catalog', 'en'), undefined);
  });

  it('explains enum values, emotions and booleans, in Dutch too', () => {
    assert.deepStrictEqual(hover(`${HEAD}steps:\n  - id: a\n    kano: deli|ghter\n`)!.value, { text: 'delighter', meaning: 'unexpected: it pleases, its absence is not missed' });
    assert.deepStrictEqual(hover(`${HEAD}steps:\n  - id: a\n    emotion: -|2\n`, 'nl')!.value, { text: '-2', meaning: 'heel negatief' });
    assert.strictEqual(hover(`${HEAD}channels:\n  site: { kind: ph|one }\n`, 'nl')!.value!.meaning, 'de telefoon, met een mens die opneemt');
    assert.strictEqual(hover(`${HEAD}teams:\n  ks:\n    line: fr|ont\n`)!.value!.meaning, 'front office: the team deals with customers directly');
    assert.strictEqual(hover(`${HEAD}steps:\n  - id: a\n    emotion: -1\n    kano: basic\n    customer: c|c\n`), undefined, 'free text has no hover of its own');
    assert.match(hover(`${HEAD}steps:\n  - id: a\n    kano: basic\n    cus|tomer: c\n`, 'nl')!.description, /^Wat de klant doet/);
  });
});

describe('the Dutch of the schema descriptions', () => {
  it('has Dutch for every description and enum meaning, and nothing else', () => {
    const all = allDescriptions();
    assert.deepStrictEqual([...all].filter((d) => !(d in DESCRIPTION_DUTCH)), []);
    assert.deepStrictEqual(Object.keys(DESCRIPTION_DUTCH).filter((d) => !all.has(d)), []);
  });
});
