/**
 * Messages that used to mislead (issue 19, point 12): each says what is wrong
 * and where the fix goes, in English and in Dutch. Lines are 1-based.
 */
import * as assert from 'assert';
import { formatDays } from '../../src/core/model/durations';
import { byRule, check, show, yaml } from './helpers';

const HEAD = yaml`
  journey: Messages
  owner: Ans
  need: A need
  outcome: An outcome
  uses: [partners.catalog.yaml]
  channels:
    app: { kind: app }
    email: { kind: email }
    telefoon: { kind: phone }
    chat: { kind: chat }
  teams:
    desk: { name: Desk, line: front }
`;
const CATALOG = 'catalog: Partners\npartners:\n  bank:\n    name: Bank\n';
const FILES = { '/ws/partners.catalog.yaml': CATALOG };

async function one(steps: string, rule: string, language: 'en' | 'nl' = 'en') {
  const all = await check(`${HEAD}steps:\n${steps}`, FILES, { language });
  const found = byRule(all, rule);
  assert.strictEqual(found.length, 1, `expected one ${rule}, got:\n${show(all)}`);
  return found[0];
}

describe('messages that say what to do and where', () => {
  it('an unquoted ": " in a value: put the text in quotes, at the colon, in both languages', async () => {
    const text = 'journey: J\nowner: O\nneed: N\noutcome: O\nsteps:\n  - id: a\n    customer: Waarom: omdat het moet\n';
    for (const [language, words] of [['en', /^A colon followed by a space starts a new key in YAML.*put the whole value in quotes/], ['nl', /^Een dubbele punt met een spatie erna begint in YAML een nieuwe sleutel.*zet de hele waarde tussen aanhalingstekens/]] as const) {
      const [f] = byRule(await check(text, {}, { language }), 'yaml-syntax');
      assert.match(f.message, words);
      // Line 7 `    customer: Waarom: omdat`: the second colon, at column 21.
      assert.deepStrictEqual([f.range.start.line + 1, f.range.start.character + 1, f.range.end.character + 1], [7, 21, 22]);
    }
  });

  it("kano: must-be (Kano's own word) suggests basic; a near miss is still spelled out", async () => {
    const f = await one('  - { id: a, customer: c, channel: telefoon, kano: must-be, process: [{ team: desk, does: d }] }\n', 'schema');
    assert.match(f.message, /not 'must-be' \(did you mean 'basic'\?\)/);
    const nl = await one('  - { id: a, customer: c, channel: telefoon, kano: attractive, process: [{ team: desk, does: d }] }\n', 'schema', 'nl');
    assert.match(nl.message, /niet 'attractive' \(bedoel je 'delighter'\?\)/);
    const typo = await one('  - { id: a, customer: c, channel: telefoon, kano: basik, process: [{ team: desk, does: d }] }\n', 'schema');
    assert.match(typo.message, /did you mean 'basic'\?/);
  });

  it('unused-suppression says to move the comment when the check fires lower in the same step', async () => {
    const steps = yaml`
      - id: a
        customer: c
        channel: telefoon
        asks: [klantnummer]
        process: [{ team: desk, does: d }]
      # journey-lens-disable-next-line asked-twice
      - id: b
        customer: c
        channel: telefoon
        asks: [Klant-nummer]
        process: [{ team: desk, does: d }]
    `;
    const line = HEAD.split('\n').length + 10;
    const en = await one(steps, 'unused-suppression');
    assert.strictEqual(en.message, `The 'asked-twice' finding this comment is meant for is on line ${line}, not on the next line. Move the comment to just above line ${line}.`);
    const nl = await one(steps, 'unused-suppression', 'nl');
    assert.strictEqual(nl.message, `De bevinding 'asked-twice' waar dit commentaar voor bedoeld is, staat op regel ${line}, niet op de volgende regel. Zet het commentaar direct boven regel ${line}.`);
  });

  it('unused-suppression still says remove when the finding is in the next step, not this one', async () => {
    const steps = yaml`
      - id: a
        customer: c
        channel: telefoon
        asks: [klantnummer]
        process: [{ team: desk, does: d }]
      # journey-lens-disable-next-line asked-twice
      - id: b
        customer: c
        channel: telefoon
        process: [{ team: desk, does: d }]
      - id: c
        customer: c
        channel: telefoon
        asks: [Klant nummer]
        process: [{ team: desk, does: d }]
    `;
    assert.match((await one(steps, 'unused-suppression')).message, /^Nothing to suppress: no 'asked-twice' finding on the next line\. Remove 'asked-twice'/);
  });

  it("fallback-ineffective names the journey's human channels, and reads naturally for a single fallback", async () => {
    const own = await one('  - { id: a, customer: c, channel: app, fallback: app }\n', 'fallback-ineffective');
    assert.match(own.message, /Use another channel with a person behind it \(e\.g\. telefoon, chat\)\.$/);
    const single = await one('  - { id: a, customer: c, channel: app, fallback: email }\n', 'fallback-ineffective');
    assert.match(single.message, /^The fallback channel 'email' has no person behind it: .* Add a human channel \(e\.g\. telefoon, chat\)\.$/);
    const nl = await one('  - { id: a, customer: c, channel: app, fallback: email }\n', 'fallback-ineffective', 'nl');
    assert.match(nl.message, /^Achter het uitwijkkanaal 'email' zit geen mens: .* \(bijv\. telefoon, chat\)\.$/);
  });

  it('promise-at-risk says durations in words, in the language of the message', async () => {
    const steps = yaml`
      - id: a
        customer: c
        channel: telefoon
        promise: { says: Soon, by: desk, within: P1DT4H }
        process:
          - { team: desk, does: d, handoff: { to: desk, gives: file, within: 1.5 werkdagen } }
    `;
    const en = await one(steps, 'promise-at-risk');
    assert.match(en.message, /^The promise says 1 day 4 hours, but .* add up to 1 day 12 hours\./);
    assert.strictEqual(en.related[0].message, "Handoff to 'desk' within 1 working day 12 hours");
    const nl = await one(steps, 'promise-at-risk', 'nl');
    assert.match(nl.message, /^De belofte zegt 1 dag 4 uur, maar .* tellen op tot 1 dag 12 uur\./);
  });

  it('partner findings on a step name the catalog where the partner is declared, where the fix goes', async () => {
    const steps = '  - { id: a, customer: c, channel: telefoon, partners: [bank], process: [{ team: desk, does: d }] }\n';
    const en = await one(steps, 'partner-no-agreement');
    assert.match(en.message, / 'bank' is declared in partners\.catalog\.yaml: add it there\.$/);
    assert.strictEqual(en.related[0].file, '/ws/partners.catalog.yaml');
    const nl = await one(steps, 'partner-no-fallback', 'nl');
    assert.match(nl.message, / 'bank' is gedeclareerd in partners\.catalog\.yaml: voeg het daar toe\.$/);
  });
});

describe('formatDays: durations in words', () => {
  it('names the two largest units, rounded to the minute, in English and Dutch', () => {
    const cases: [number, string, string][] = [
      [1 + 4 / 24, '1 day 4 hours', '1 dag 4 uur'],
      [7, '7 days', '7 dagen'],
      [1, '1 day', '1 dag'],
      [2.5 / 24, '2 hours 30 minutes', '2 uur 30 minuten'],
      [1 / 24, '1 hour', '1 uur'],
      [1 / (24 * 60), '1 minute', '1 minuut'],
      [0.1 / (24 * 60), '0 minutes', '0 minuten'],
      [3 + 1 / (24 * 60), '3 days', '3 dagen'],
    ];
    for (const [days, en, nl] of cases) assert.deepStrictEqual([formatDays(days, 'en'), formatDays(days, 'nl')], [en, nl], String(days));
  });
});
