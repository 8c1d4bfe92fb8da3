/**
 * The quick fixes of issue 17 for findings that used to offer only
 * "Suppress": the exact text after the fix, and the finding gone when the
 * fixed text is checked again (a fix that leaves its finding is no fix).
 */
import * as assert from 'assert';
import * as path from 'path';
import { analyseText, type Analysis, applyEdits, CatalogCache, fixesFor, type Language, plainText } from '../../src/core';
import { durationCovering, durationInDays } from '../../src/core/model/durations';
import { LineIndex } from '../../src/core/yaml/lines';
import { JOURNEY, memoryHost, ROOT, yaml } from './helpers';

const CATALOG = path.join(ROOT, 'org.catalog.yaml');

async function analyse(text: string, files: Record<string, string>, language: Language): Promise<Analysis> {
  return analyseText(JOURNEY, text, memoryHost(files), { today: '2026-11-23', catalogs: new CatalogCache(), language });
}

/** Applies the fix titled `title` to the first `rule` finding; returns the text after and the rules still found. */
async function fix(text: string, rule: string, title: RegExp, files: Record<string, string> = {}, language: Language = 'en') {
  const a = await analyse(text, files, language);
  const finding = a.findings.find((f) => f.rule === rule);
  assert.ok(finding, `no ${rule} finding in: ${a.findings.map((f) => f.rule).join(', ')}`);
  const fixes = fixesFor(finding, a);
  const chosen = fixes.find((x) => title.test(x.title));
  assert.ok(chosen, `no fix ${title} among: ${fixes.map((x) => x.title).join(' | ')}`);
  const after = applyEdits(text, chosen.edits.map((e) => ({ ...e, newText: chosen.snippet ? plainText(e.newText) : e.newText })));
  const again = await analyse(after, files, language);
  return { after, still: again.findings.filter((f) => f.rule === rule).length, parseErrors: again.findings.filter((f) => f.rule === 'yaml-syntax').length };
}

const HEAD = yaml`
  journey: Fixes
  owner: Ans
  need: A need
  outcome: An outcome
  channels:
    telefoon: { kind: phone }
  teams:
    ks: { name: Klantenservice, line: front }
    fa: { name: Facturatie }
`;

describe('quick fixes for authoring findings', () => {
  describe('promise-at-risk', () => {
    const promising = (within: string) => HEAD + yaml`
      steps:
        - id: a
          customer: Asks for a refund
          channel: telefoon
          promise: { says: Refund on your account, by: fa, within: ${within} }
          process:
            - team: ks
              does: Registers
              handoff: { to: fa, gives: the request, within: 2 working days }
            - team: fa
              does: Pays
              within: 4 hours
    `;

    it('lengthens the promise to what the process takes, rounded up to whole days', async () => {
      const before = promising('1 day');
      const r = await fix(before, 'promise-at-risk', /^Promise 3 days: what the process takes$/);
      assert.strictEqual(r.after, before.replace('within: 1 day }', 'within: 3 days }'));
      assert.strictEqual(r.still, 0);
    });

    it('keeps a promise in working days in working days, and words it in Dutch', async () => {
      const before = promising('1 werkdag');
      const r = await fix(before, 'promise-at-risk', /^3 werkdagen beloven/, {}, 'nl');
      assert.strictEqual(r.after, before.replace('within: 1 werkdag }', 'within: 3 werkdagen }'));
      assert.strictEqual(r.still, 0);
    });

    it('offers to go to the slowest part of the process instead', async () => {
      const before = promising('1 day');
      const a = await analyse(before, {}, 'en');
      const finding = a.findings.find((f) => f.rule === 'promise-at-risk')!;
      const go = fixesFor(finding, a).find((x) => x.reveal);
      assert.ok(go?.reveal);
      assert.strictEqual(go.title, "Go to the slowest part: Handoff to 'fa' within 2 working days");
      assert.deepStrictEqual(go.edits, []);
      const line = before.split('\n').findIndex((l) => l.includes('within: 2 working days'));
      assert.deepStrictEqual(go.reveal.range.start, { line, character: before.split('\n')[line].indexOf('2 working days') });
    });

    it('writes a duration that the parser reads back as at least the total', () => {
      // An independent check over many totals: the written text never falls short.
      for (const language of ['en', 'nl'] as const) {
        for (const working of [false, true]) {
          for (let minutes = 1; minutes < 6 * 24 * 60; minutes += 37) {
            const days = minutes / (24 * 60);
            const text = durationCovering(days, working, language);
            const read = durationInDays(text);
            assert.ok(read !== undefined && read >= days - 1e-9, `${text} for ${minutes} minutes`);
          }
        }
      }
      assert.strictEqual(durationCovering(0.1 + 0.2, false), '8 hours');
      assert.strictEqual(durationCovering(1 / 24 / 2, false, 'nl'), '30 minuten');
    });
  });

  describe('asked-twice', () => {
    it('removes the repeated ask from a block list, keeping the rest', async () => {
      const before = HEAD + yaml`
        steps:
          - id: a
            customer: Calls
            asks:
              - klantnummer
          - id: b
            customer: Writes
            asks:
              - klant nummer   # asked again
              - adres
      `;
      const r = await fix(before, 'asked-twice', /Remove the repeated ask/);
      assert.strictEqual(r.after, before.replace('      - klant nummer   # asked again\n', ''));
      assert.strictEqual(r.still, 0);
    });

    it('removes the only ask with its key, and an ask from a flow list with its comma', async () => {
      const only = HEAD + 'steps:\n  - id: a\n    customer: Calls\n    asks: [klantnummer]\n  - id: b\n    customer: Writes\n    asks:\n      - klantnummer\n    emotion: 0\n';
      const r1 = await fix(only, 'asked-twice', /Remove the repeated ask/);
      assert.strictEqual(r1.after, only.replace('    asks:\n      - klantnummer\n', ''));
      assert.strictEqual(r1.still, 0);
      const flow = HEAD + 'steps:\n  - id: a\n    customer: Calls\n    asks: [klantnummer]\n  - id: b\n    customer: Writes\n    asks: [adres, klantnummer, iban]\n';
      const r2 = await fix(flow, 'asked-twice', /Remove the repeated ask/);
      assert.strictEqual(r2.after, flow.replace('[adres, klantnummer, iban]', '[adres, iban]'));
      assert.strictEqual(r2.still, 0);
    });
  });

  describe('emotion-low-unaddressed', () => {
    it('adds pain and idea placeholders after the emotion, in the findings\' language', async () => {
      const before = HEAD + 'steps:\n  - id: a\n    customer: Waits in the dark\n    emotion: -2   # the low point\n    channel: telefoon\n';
      const r = await fix(before, 'emotion-low-unaddressed', /Add a pain and an idea/);
      assert.strictEqual(r.after, before.replace('# the low point\n', '# the low point\n    pain: what hurts here\n    idea: what could help\n'));
      assert.strictEqual(r.still, 0);
      const nl = await fix(before, 'emotion-low-unaddressed', /pijnpunt en een idee/, {}, 'nl');
      assert.strictEqual(nl.after, before.replace('# the low point\n', '# the low point\n    pain: wat hier pijn doet\n    idea: wat zou helpen\n'));
    });
  });

  describe('duplicate-id', () => {
    it('renames a second step with the same id to a free one', async () => {
      const before = HEAD + 'steps:\n  - id: a\n    customer: Calls\n  - id: a-2\n    customer: Waits\n  - id: a\n    customer: Calls again\n';
      const r = await fix(before, 'duplicate-id', /Rename this step to 'a-3'/);
      assert.strictEqual(r.after, before.replace('  - id: a\n    customer: Calls again', '  - id: a-3\n    customer: Calls again'));
      assert.strictEqual(r.still, 0);
    });

    it('removes the journey\'s redeclaration of a catalog\'s id, so the catalog\'s is used', async () => {
      const catalog = 'catalog: Organisatie\nchannels:\n  telefoon: { kind: phone }\nteams:\n  ks: { name: Klantenservice, line: front }\n';
      const before = HEAD.replace('need: A need\n', 'need: A need\nuses: org.catalog.yaml\n')
        + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: ks, does: Answers }, { team: fa, does: Bills }]\n';
      const r = await fix(before, 'duplicate-id', /Remove this declaration and use the catalog's 'telefoon'/, { [CATALOG]: catalog });
      // `telefoon` was the journey's only channel: the `channels:` key goes with it.
      assert.strictEqual(r.after, before.replace('channels:\n  telefoon: { kind: phone }\n', ''));
      const teams = await fix(r.after, 'duplicate-id', /use the catalog's 'ks'/, { [CATALOG]: catalog });
      assert.strictEqual(teams.after, r.after.replace('  ks: { name: Klantenservice, line: front }\n', ''));
      assert.strictEqual(teams.still, 0);
      assert.strictEqual(teams.parseErrors, 0);
    });

    it('offers no removal for a team and a partner of one id in the journey (neither is the catalog\'s)', async () => {
      const before = HEAD + 'partners:\n  ks: { name: KS bv }\nsteps:\n  - id: a\n    customer: Calls\n';
      const a = await analyse(before, {}, 'en');
      const finding = a.findings.find((f) => f.rule === 'duplicate-id');
      assert.ok(finding);
      assert.deepStrictEqual(fixesFor(finding, a).map((x) => x.title), ["Suppress 'duplicate-id' on this line"]);
    });
  });

  describe('free text inside a flow mapping', () => {
    const task = (handoff: string) => HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process:\n      - team: ks\n        does: Registers\n' + handoff + '      - team: fa\n        does: Bills\n';

    it('quotes a value that a comma split into a key of its own', async () => {
      const before = task('        handoff: { to: fa, gives: adres, EAN-code en tijdstip, within: 1 day }\n');
      const r = await fix(before, 'schema', /^Put 'adres, EAN-code en tijdstip' in quotes, as one value$/);
      assert.strictEqual(r.after, before.replace('gives: adres, EAN-code en tijdstip,', 'gives: "adres, EAN-code en tijdstip",'));
      assert.strictEqual(r.still, 0);
    });

    it('rewrites the handoff in block style, where the commas are plain text', async () => {
      const before = task('        handoff: { to: fa, gives: adres, EAN-code, tijdstip }   # from the form\n');
      const r = await fix(before, 'schema', /^Write it in block style/);
      assert.strictEqual(r.after, before.replace('        handoff: { to: fa, gives: adres, EAN-code, tijdstip }   # from the form\n',
        '        handoff:\n          to: fa\n          gives: adres, EAN-code, tijdstip   # from the form\n'));
      assert.strictEqual(r.still, 0);
      assert.strictEqual(r.parseErrors, 0);
    });

    it('rewrites a flow step in a list in block style under its dash', async () => {
      const before = HEAD + "steps:\n  - { id: a, customer: Calls, asks for a refund, channel: telefoon, asks: [iban] }\n";
      const r = await fix(before, 'schema', /^Write it in block style/);
      assert.strictEqual(r.after, HEAD + 'steps:\n  - id: a\n    customer: Calls, asks for a refund\n    channel: telefoon\n    asks: [iban]\n');
      assert.strictEqual(r.still, 0);
    });

    it('quotes a value holding ": ", with what YAML escapes escaped', async () => {
      const before = task('        handoff: { to: fa, gives: Note: the "old" address, within: 1 day }\n');
      const syntax = await fix(before, 'yaml-syntax', /^Put 'Note: the "old" address' in quotes/);
      assert.strictEqual(syntax.after, before.replace('gives: Note: the "old" address,', 'gives: "Note: the \\"old\\" address",'));
      assert.strictEqual(syntax.parseErrors, 0);
    });

    it('offers no repair for an unknown key written with a colon, or text that is no flow value', async () => {
      const before = task('        handoff: { to: fa, gives: adres, wthin: 1 day }\n');
      const a = await analyse(before, {}, 'en');
      const finding = a.findings.find((f) => f.rule === 'schema');
      assert.ok(finding);
      assert.ok(!fixesFor(finding, a).some((x) => /quotes|block style/.test(x.title)), fixesFor(finding, a).map((x) => x.title).join(' | '));
      const broken = await analyse(HEAD + 'steps:\n  - id: a\n    customer: [unclosed\n', {}, 'en');
      for (const f of broken.findings.filter((x) => x.rule === 'yaml-syntax')) {
        assert.ok(!fixesFor(f, broken).some((x) => /quotes/.test(x.title)));
      }
    });
  });

  describe('a misplaced suppression', () => {
    it('moves a comment that names only this check to just above the finding, reason and all', async () => {
      const text = HEAD.replace('channels:\n', 'channels:\n  sms: { kind: web }\n') + 'steps:\n  # journey-lens-disable-next-line fallback-missing -- the SMS is one-way\n  - id: a\n    customer: Gets an SMS\n    channel: sms\n';
      const r = await fix(text, 'unused-suppression', /^Move the suppression to just above line 15$/);
      assert.strictEqual(r.after, text.replace('  # journey-lens-disable-next-line fallback-missing -- the SMS is one-way\n', '')
        .replace('    channel: sms\n', '    # journey-lens-disable-next-line fallback-missing -- the SMS is one-way\n    channel: sms\n'));
      assert.strictEqual(r.still, 0);
      const again = await analyse(r.after, {}, 'en');
      assert.ok(!again.findings.some((f) => f.rule === 'fallback-missing'));
    });

    it('takes only this check out of a comment that names others, and gives it a comment of its own', async () => {
      const text = HEAD.replace('channels:\n', 'channels:\n  sms: { kind: web }\n') + 'steps:\n  - id: a\n    customer: Calls\n'
        + '  # journey-lens-disable-next-line duplicate-id fallback-missing\n  - id: a\n    customer: Gets an SMS\n    channel: sms\n';
      const r = await fix(text, 'unused-suppression', /^Move the suppression to just above line 17$/);
      assert.strictEqual(r.after, text.replace('duplicate-id fallback-missing\n', 'duplicate-id\n')
        .replace('    channel: sms\n', '    # journey-lens-disable-next-line fallback-missing\n    channel: sms\n'));
      assert.strictEqual(r.still, 0);
    });
  });

  describe('declaring an unknown id in a catalog the journey uses', () => {
    const catalog = 'catalog: Organisatie\nchannels:\n  telefoon: { kind: phone }\nteams:\n  ks: { name: Klantenservice, line: front }\n';
    const journey = (task: string) => 'journey: Fixes\nowner: Ans\nneed: A need\noutcome: An outcome\nuses: org.catalog.yaml\nsteps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n'
      + `    process: [${task}]\n`;

    async function inCatalog(text: string, title: RegExp, language: Language = 'en') {
      const a = await analyse(text, { [CATALOG]: catalog }, language);
      const finding = a.findings.find((f) => f.rule === 'unknown-reference');
      assert.ok(finding, a.findings.map((f) => f.message).join('\n'));
      const fixes = fixesFor(finding, a);
      const chosen = fixes.find((x) => title.test(x.title));
      assert.ok(chosen?.elsewhere, fixes.map((x) => x.title).join(' | '));
      assert.deepStrictEqual(chosen.edits, [], 'the journey itself is not edited');
      assert.strictEqual(chosen.elsewhere.file, CATALOG);
      const lines = new LineIndex(catalog);
      const after = applyEdits(catalog, chosen.elsewhere.edits.map((e) => ({ start: lines.offsetAt(e.start), end: lines.offsetAt(e.end), newText: e.newText })));
      const again = await analyse(text, { [CATALOG]: after }, language);
      return { after, still: again.findings.filter((f) => f.rule === 'unknown-reference').length };
    }

    it('adds a team to the catalog\'s teams, beside declaring it in the journey', async () => {
      const r = await inCatalog(journey('{ team: inkoop, does: Orders }'), /^Declare team 'inkoop' in org\.catalog\.yaml$/);
      assert.strictEqual(r.after, catalog + '  inkoop: { name: inkoop }\n');
      assert.strictEqual(r.still, 0);
    });

    it('starts the section when the catalog has none of that kind, in Dutch too', async () => {
      const r = await inCatalog(journey('{ team: ks, does: Looks up, system: crm }'), /^Systeem 'crm' declareren in org\.catalog\.yaml$/, 'nl');
      assert.strictEqual(r.after, catalog + 'systems:\n  crm: { name: crm }\n');
      assert.strictEqual(r.still, 0);
    });

    it('offers nothing in a catalog for an id that plain YAML cannot hold', async () => {
      const text = journey('{ team: "a: b", does: Orders }');
      const a = await analyse(text, { [CATALOG]: catalog }, 'en');
      const finding = a.findings.find((f) => f.rule === 'unknown-reference');
      assert.ok(finding);
      assert.ok(!fixesFor(finding, a).some((x) => x.elsewhere));
    });
  });

  describe('an unknown handoff target', () => {
    it('offers to declare it as a team and as a partner, as the message says', async () => {
      const before = HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process:\n      - team: ks\n        does: Registers\n        handoff: { to: inkoop, gives: the order, within: 1 day }\n';
      const a = await analyse(before, {}, 'en');
      const finding = a.findings.find((f) => f.rule === 'unknown-reference');
      assert.ok(finding);
      assert.match(finding.message, /Declare it under `teams` or `partners`/);
      assert.deepStrictEqual(fixesFor(finding, a).map((x) => x.title).filter((x) => x.startsWith('Declare')), ["Declare team 'inkoop'", "Declare partner 'inkoop'"]);
      const team = await fix(before, 'unknown-reference', /^Declare team 'inkoop'$/);
      assert.strictEqual(team.after, before.replace('  fa: { name: Facturatie }\n', '  fa: { name: Facturatie }\n  inkoop: { name: inkoop }\n'));
      assert.strictEqual(team.still, 0);
    });

    it('offers no declaration for an id declared as another kind', async () => {
      const before = HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: ks\n';
      const a = await analyse(before, {}, 'en');
      const finding = a.findings.find((f) => f.rule === 'unknown-reference');
      assert.ok(finding && /declared as a team, not as a channel/.test(finding.message), finding?.message);
      assert.deepStrictEqual(fixesFor(finding, a).map((x) => x.title), ["Suppress 'unknown-reference' on this line"]);
    });
  });
});
