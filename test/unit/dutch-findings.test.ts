/**
 * Findings and quick fixes in Dutch: every message of the domain checks (and
 * of catalogs, suppressions and YAML syntax) has its Dutch text, chosen by the
 * language option, the command line's --lang or the locale. Schema messages
 * have their own test (dutch-schema.test.ts).
 */
import * as assert from 'assert';
import * as path from 'path';
import { catalogHost, JOURNEY_PATH, TODAY } from '../fixtures/generated/corpus/host';
import { benchJourney } from '../fixtures/generated/corpus/journey';
import { ALL_RULES, analyseText, type Analysis, CatalogCache, type Finding, fixesFor, languageOf, languageOfEnv } from '../../src/core';
import { durationInDays } from '../../src/core/model/durations';
import { DEFAULT_REVIEW_EVERY } from '../../src/core/model/review';
import { EVIDENCE_RULE_IDS } from '../../src/core/rules/evidence';
import { run } from '../../src/cli/main';
import { analyseWithLog, FULL_PLAN, INCIDENT_JOURNEY, workspace } from './evidence-check-helpers';
import { memoryHost, yaml } from './helpers';

const key = (f: Finding) => `${f.rule} ${f.range.start.line}:${f.range.start.character}`;

async function both(file: string, text: string, host = catalogHost(), root?: string): Promise<{ en: Analysis; nl: Analysis }> {
  const check = (language: string) => analyseText(file, text, host, { today: TODAY, catalogs: new CatalogCache(), maxBytes: Infinity, language, root });
  return { en: await check('en'), nl: await check('nl') };
}

/** Pairs the findings of both languages and asserts each Dutch text differs from its English one. */
function assertTranslated(en: readonly Finding[], nl: readonly Finding[]): void {
  assert.deepStrictEqual(nl.map(key), en.map(key), 'the same findings at the same places');
  en.forEach((e, i) => {
    const n = nl[i];
    assert.notStrictEqual(n.message, e.message, `${e.rule}: not translated: ${e.message}`);
    n.related.forEach((r, j) => assert.notStrictEqual(r.message, e.related[j].message, `${e.rule}: related not translated: ${r.message}`));
  });
}

/** The Dutch texts say "je", as the rest of the extension does; "u" or "uw" in one of them reads as another voice. */
function assertAddressedAsJe(findings: readonly Finding[]): void {
  for (const f of findings) {
    for (const message of [f.message, ...f.related.map((r) => r.message)]) assert.doesNotMatch(message, /(^|[\s(—])(u|uw|U|Uw)(?=[\s,.?!)])/, `${f.rule}: ${message}`);
  }
}

describe('findings in Dutch', () => {
  it('every domain check speaks Dutch: a generated journey where every check fires', async () => {
    const { en, nl } = await both(JOURNEY_PATH, benchJourney(30));
    const fired = new Set(en.findings.map((f) => f.rule));
    // The evidence checks need an event log: the next test has them speak Dutch.
    const domain = ALL_RULES.map((r) => r.id).filter((id) => !['schema', 'yaml-syntax', 'catalog-invalid'].includes(id) && !EVIDENCE_RULE_IDS.has(id));
    assert.deepStrictEqual(domain.filter((id) => !fired.has(id)), [], 'checks that did not fire, so their Dutch is untested here: give each a defect in test/fixtures/generated/corpus/defects.ts');
    assertTranslated(en.findings, nl.findings);
    const sample = nl.findings.find((f) => f.rule === 'fallback-missing');
    assert.match(sample?.message ?? '', /is selfservice en deze stap heeft geen uitwijkkanaal/);
    // The default review interval is worded in Dutch too (the generated journey sets none).
    assert.match(nl.findings.find((f) => f.rule === 'review-overdue')?.message ?? '', /elke 12 maanden\)/);
  });

  describe('every evidence check speaks Dutch: a planted log where each fires', () => {
    const ws = workspace();
    // A step whose pattern `Oplossen` the earlier step takes (never visited) and whose `Escaleren` matches nothing;
    // five open cases make `Wachten op klant` frequent enough; at the 88th percentile the handoff is slow.
    const journey = INCIDENT_JOURNEY.replace('  - id: informeren\n', '  - id: escaleren\n    customer: Wordt doorverwezen\n    observed: [Oplossen, Escaleren]\n  - id: informeren\n');
    const run = { journey, content: { ...FULL_PLAN, open: 5 }, config: { evidence: { percentile: 88 } } };
    const missing = { journey: INCIDENT_JOURNEY.replace('logs/incidents.csv', 'logs/absent.csv') };

    it('fires every evidence check, each translated at the same place, addressing the reader as "je"', async () => {
      const fired = new Set<string>();
      for (const r of [run, missing]) {
        const en = await analyseWithLog(ws.dir(), { ...r, language: 'en' });
        const nl = await analyseWithLog(ws.dir(), { ...r, language: 'nl' });
        for (const f of en.findings) fired.add(f.rule);
        assertTranslated(en.findings, nl.findings);
        assertAddressedAsJe(nl.findings);
      }
      assert.deepStrictEqual([...EVIDENCE_RULE_IDS].filter((id) => !fired.has(id)), [], 'evidence checks that did not fire');
    });
  });

  it('catalogs, suppressions and the workspace boundary speak Dutch too', async () => {
    const dir = '/ws';
    const files = {
      [path.join(dir, 'broken.catalog.yaml')]: 'catalog: x\nchannels: [oops]\n',
      [path.join(dir, 'j.journey.yaml')]: '',
    };
    const text = yaml`
      # journey-lens-disable owner-missing
      journey: J
      need: n
      outcome: o
      uses: [missing.catalog.yaml, broken.catalog.yaml, ../outside.catalog.yaml]
      steps:
        - id: a
          customer: c
          end: true
          # journey-lens-disable-next-line fallback-mising
          emotion: 1
    `;
    const { en, nl } = await both(path.join(dir, 'j.journey.yaml'), text, memoryHost(files), dir);
    const rules = en.findings.map((f) => f.rule);
    for (const r of ['unknown-reference', 'catalog-invalid', 'unused-suppression']) assert.ok(rules.includes(r), `${r} in ${rules.join(', ')}`);
    assert.strictEqual(en.findings.filter((f) => f.rule === 'unknown-reference').length, 2, 'the missing catalog and the one outside');
    assertTranslated(en.findings, nl.findings);
    assertAddressedAsJe(nl.findings);
  });

  it('addresses the reader as "je", never "u", in every check', async () => {
    const { nl } = await both(JOURNEY_PATH, '# journey-lens-disable-next-line step-unsuported\n' + benchJourney(30));
    assert.match(nl.findings.find((f) => f.rule === 'unused-suppression')?.message ?? '', /bedoel je 'step-unsupported'\?/);
    assertAddressedAsJe(nl.findings);
  });

  it('words YAML syntax problems in Dutch, with the parser\'s own words after them', async () => {
    const check = (text: string) => both('/ws/j.journey.yaml', text, memoryHost({}));
    const messages = (a: Analysis) => a.findings.map((f) => f.message);
    const { en, nl } = await check('journey: a\nneed: x\nneed: y\nsteps:\n\t- id: x\n');
    assert.ok(en.findings.length >= 2 && en.findings.every((f) => f.rule === 'yaml-syntax'), messages(en).join('\n'));
    assertTranslated(en.findings, nl.findings);
    assert.ok(messages(nl).some((m) => m.startsWith('Dubbele sleutel: deze sleutel staat al in dezelfde mapping.')), messages(nl).join('\n'));
    // yaml's own detail (which character, which indicator) follows the Dutch sentence.
    assert.ok(messages(nl).some((m) => /^YAML-syntaxis: .+ \(.+\)$/.test(m)), messages(nl).join('\n'));
    assert.deepStrictEqual(messages((await check('journey: "Verhuizing\nneed: x\n')).nl), ['Deze tekst tussen aanhalingstekens wordt niet afgesloten: zet de afsluitende " waar de tekst eindigt.']);
    assert.deepStrictEqual(messages((await check('journey: a\n---\njourney: b\n')).nl), ['Dit bestand bevat 2 YAML-documenten; Journey Lens leest alleen het eerste. Zet elke klantreis in een eigen bestand.']);
  });

  it('offers every quick fix with a Dutch title', async () => {
    const { en, nl } = await both(JOURNEY_PATH, benchJourney(30));
    let compared = 0;
    en.findings.forEach((f, i) => {
      const enTitles = fixesFor(f, en).map((x) => x.title);
      const nlTitles = fixesFor(nl.findings[i], nl).map((x) => x.title);
      assert.strictEqual(nlTitles.length, enTitles.length, f.rule);
      enTitles.forEach((t, j) => assert.notStrictEqual(nlTitles[j], t, `${f.rule}: '${t}' not translated`));
      compared += enTitles.length;
    });
    assert.ok(compared > en.findings.length, 'specific fixes besides "suppress" were compared');
  });

  it('words the default review interval in Dutch as the same duration', () => {
    assert.strictEqual(durationInDays(DEFAULT_REVIEW_EVERY.nl), durationInDays(DEFAULT_REVIEW_EVERY.en));
    assert.notStrictEqual(DEFAULT_REVIEW_EVERY.nl, DEFAULT_REVIEW_EVERY.en);
  });

  it('reads the language from VS Code and POSIX tags, Dutch for nl and English otherwise', () => {
    for (const tag of ['nl', 'nl-BE', 'nl_NL.UTF-8', 'NL', 'nl_NL@euro']) assert.strictEqual(languageOf(tag), 'nl', tag);
    for (const tag of ['en', 'en-US', 'de_DE.UTF-8', 'C', 'C.UTF-8', '', undefined]) assert.strictEqual(languageOf(tag), 'en', String(tag));
    assert.strictEqual(languageOfEnv({ LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' }), 'nl');
    assert.strictEqual(languageOfEnv({ LC_ALL: '', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'nl_NL.UTF-8' }), 'en');
    assert.strictEqual(languageOfEnv({ LANG: 'nl_BE.UTF-8' }), 'nl');
    assert.strictEqual(languageOfEnv({}), 'en');
  });
});

describe('journey-lens check in Dutch', () => {
  const examples = path.resolve(__dirname, '../../../examples');
  async function cli(argv: string[], env?: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await run(argv, { cwd: examples, env, out: (t) => { out += t; }, err: (t) => { err += t; } });
    return { code, out, err };
  }

  it('prints Dutch findings with --lang nl, and for a Dutch locale', async () => {
    const byOption = await cli(['check', 'verhuizing.journey.yaml', '--format', 'json', '--lang', 'nl', '--today', '2026-11-23']);
    const byLocale = await cli(['check', 'verhuizing.journey.yaml', '--format', 'json', '--today', '2026-11-23'], { LANG: 'nl_NL.UTF-8' });
    const english = await cli(['check', 'verhuizing.journey.yaml', '--format', 'json', '--today', '2026-11-23'], { LANG: 'nl_NL.UTF-8', LC_ALL: 'C.UTF-8' });
    const messages = (r: { out: string }) => (JSON.parse(r.out) as { message: string }[]).map((f) => f.message);
    assert.ok(messages(byOption).some((m) => m.includes('uitwijkkanaal')), byOption.out);
    assert.deepStrictEqual(messages(byLocale), messages(byOption));
    assert.ok(messages(english).some((m) => m.includes('has no fallback')), english.out);
    assert.strictEqual(byOption.code, english.code);
  });

  it('sums up in Dutch and describes the checks in Dutch in SARIF; severity words stay as CI reads them', async () => {
    const args = ['check', 'verhuizing.journey.yaml', '--lang', 'nl', '--today', '2026-11-23'];
    const text = (await cli([...args, '--format', 'text'])).out.trim().split('\n');
    assert.match(text[text.length - 1], /^1 bestand gecontroleerd: \d+ bevindingen \(.*\d+ waarschuwingen.*\)\.$/);
    // Finding lines keep the English severity word; the related locations under them say "zie".
    assert.ok(text.slice(0, -1).every((l) => / (error|warning|info|hint) /.test(l) || /^ {2}zie \S+:\d+:\d+ /.test(l)), text.join('\n'));
    assert.match((await cli([...args, '--format', 'stylish'])).out, /\d+ problemen \(.*\) in 1 bestand/);
    const sarif = JSON.parse((await cli([...args, '--format', 'sarif'])).out) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[] };
    const rule = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'fallback-missing');
    assert.match(rule?.shortDescription.text ?? '', /^Een stap op een selfservicekanaal heeft geen uitwijkkanaal/);
  });

  it('writes the portfolio report in Dutch with --lang nl or a Dutch locale, in Markdown and HTML', async () => {
    const markdown = await cli(['report', '.', '--lang', 'nl', '--today', '2026-11-23']);
    assert.strictEqual(markdown.code, 0, markdown.err);
    const lines = markdown.out.split('\n');
    assert.strictEqual(lines[0], '# Portfolio van klantreizen');
    assert.deepStrictEqual(lines.filter((l) => l.startsWith('## ')), [
      '## Klantreizen', '## Partners waar de klantreizen van afhangen', '## Overdrachten tussen teams en partners',
      '## Selfservicestappen zonder persoonlijk uitwijkkanaal', '## Evidence uit eventlogs', '## Evidence-bevindingen, ernstigste eerst',
    ]);
    assert.match(markdown.out, /\| Klantreis \| Eigenaar \| Laatste beoordeling \|/);
    assert.match(markdown.out, /^Gemaakt door Journey Lens uit \d+ bestanden\. Draai `journey-lens check` voor elke bevinding\.$/m);
    // No English sentence of the report is left (the check ids and file names are not words).
    assert.match(markdown.out, /^- \*\*1\*\* van 4 klantreizen te laat voor beoordeling$/m);
    for (const english of ['Journeys', 'Partners the journeys', 'Handoffs between', 'overdue', 'no owner', 'Made by', 'finding']) {
      assert.ok(!markdown.out.includes(english), `'${english}' in:\n${markdown.out}`);
    }
    const byLocale = await cli(['report', '.', '--today', '2026-11-23'], { LANG: 'nl_NL.UTF-8' });
    assert.strictEqual(byLocale.out, markdown.out);
    const html = await cli(['report', '.', '--format', 'html', '--lang', 'nl', '--today', '2026-11-23']);
    assert.match(html.out, /<html lang="nl">/);
    assert.match(html.out, /<h1>Portfolio van klantreizen<\/h1>/);
    assert.match(html.out, /<nav aria-label="Onderdelen">/);
  });

  it('refuses a language it does not speak', async () => {
    for (const command of ['check', 'report']) {
      const r = await cli([command, '--lang', 'fr']);
      assert.strictEqual(r.code, 2, command);
      assert.match(r.err, /--lang takes en or nl, not 'fr'/);
    }
  });
});
