/**
 * Authoring with a log at hand, as the user sees it: the completion items in
 * `observed` and at the evidence keys, the hover on a pattern, and the text
 * after each evidence quick fix; hostile activity names throughout.
 */
import * as assert from 'assert';
import { parse } from 'yaml';
import { type Analysis, applyEdits, evidenceCompletions, evidenceSlotAt, fixesFor, outcomeFor, parseYaml } from '../../src/core';
import { hoverText, observedPatternAt, patternHover } from '../../src/core/evidence/authoring/hover';
import { addObserved } from '../../src/core/evidence/authoring/observed-edits';
import { displayName, literalPattern, yamlScalar } from '../../src/core/evidence/authoring/yaml-text';
import { compilePattern } from '../../src/core/evidence/pattern';
import { workspace } from './evidence-check-helpers';
import { ACTIVITIES, analyse, JOURNEY_TEXT } from './evidence-authoring-helpers';

const HOSTILE = ['Escaleren *urgent*?', 'Bel "klant" # terug: nu', 'Regel\nnieuw', '[link](http://x) **vet** `code`', "it's", '- item', '*', '? x', 'true', '123', 'a: b', 'a #b', ' spaced ', 'tab\there', 'bell\u0007', 'line\u2028sep', 'bidi\u202eevil', '\ufeffbom', 'del\u007f', '&anchor', '!tag', '%pct', '@at', '`tick', '{x}', 'x, y', "'quoted'", 'ümlaut é'];

describe('evidence authoring: names written into the journey', () => {
  it('writes every hostile name as YAML that reads back as it, in a block, a flow list and a key', () => {
    for (const name of HOSTILE) {
      assert.strictEqual((parse(`k: ${yamlScalar(name, 'block')}`) as { k: string }).k, name, `block ${JSON.stringify(name)}`);
      assert.deepStrictEqual(parse(`[${yamlScalar(name, 'flow')}]`), [name], `flow ${JSON.stringify(name)}`);
      assert.deepStrictEqual(Object.keys(parse(`{${yamlScalar(name, 'key')}: v}`) as object), [name], `key ${JSON.stringify(name)}`);
      assert.ok(compilePattern(literalPattern(name))(name), `pattern ${JSON.stringify(name)}`);
    }
    assert.strictEqual(yamlScalar('W_Afhandelen leads'), 'W_Afhandelen leads');
    assert.strictEqual(yamlScalar('case:concept:name', 'key'), 'case:concept:name');
    assert.strictEqual(yamlScalar('Bel "klant" # terug'), '"Bel \\"klant\\" # terug"');
  });
  it('makes wildcards in a name match only themselves as far as the pattern syntax can: one character each', () => {
    assert.strictEqual(literalPattern('Escaleren *urgent*?'), 'Escaleren ?urgent??');
    assert.ok(!compilePattern(literalPattern('a*b'))('a--b'));
  });
  it('shows names on one line, line breaks and control characters escaped', () => {
    assert.strictEqual(displayName('Regel\nnieuw\t\u0007'), 'Regel\\nnieuw\\t\\u0007');
  });
});

describe('evidence authoring with a real log', function () {
  const ws = workspace();
  let a: Analysis;
  let nl: Analysis;
  before(async () => {
    a = await analyse(ws.dir());
    nl = await analyse(ws.dir(), JOURNEY_TEXT, 'nl');
    assert.ok(a.evidence?.ok, JSON.stringify(a.evidence));
  });

  /** The completion items at `|` in the journey text with `edit` applied. */
  function complete(analysis: Analysis, textWithCursor: string, language: 'en' | 'nl' = 'en') {
    const offset = textWithCursor.indexOf('|');
    const text = textWithCursor.replace('|', '');
    const slot = evidenceSlotAt(text, offset);
    assert.ok(slot, 'no slot');
    return { slot, text, items: evidenceCompletions(slot, analysis.evidence, language) };
  }

  describe('completion of activities in observed', () => {
    it('lists the log activities, most cases first, with their case counts', () => {
      const { items } = complete(a, JOURNEY_TEXT.replace('observed: Afsluitne', 'observed: |'));
      assert.deepStrictEqual(items.map((i) => [i.label, i.detail]), [
        ['Melding', '12 cases'],
        ['Registreren', '12 cases'],
        ['Oplossen', '10 cases'],
        ['Afsluiten', '8 cases'],
        ['Registratie controleren', '7 cases'],
        ['Bel "klant" # terug: nu', '6 cases'],
        ['Escaleren *urgent*?', '6 cases'],
        ['Regel\\nnieuw', '5 cases'],
        ['[link](http://x) **vet** `code`', 'fewer than 5 cases'],
        ['Notitie 1', 'fewer than 5 cases'],
        ['Notitie 2', 'fewer than 5 cases'],
        ['Notitie 3', 'fewer than 5 cases'],
        ['Notitie 4', 'fewer than 5 cases'],
      ]);
      assert.deepStrictEqual(items.map((i) => i.sortText), items.map((_, i) => String(i).padStart(2, '0')));
    });
    it('words the counts in Dutch as the findings do', () => {
      const { items } = complete(nl, 'steps:\n  - observed: [|', 'nl');
      assert.deepStrictEqual(items.slice(0, 2).map((i) => i.detail), ['12 cases', '12 cases']);
      assert.strictEqual(items.find((i) => i.label === 'Notitie 1')?.detail, 'minder dan 5 cases');
    });
    it('inserts patterns that match the name and keep the YAML valid, in a block value, a flow list and a block list', () => {
      for (const form of ['    observed: |', '    observed: [Oplossen, |]', '    observed:\n      - Oplossen\n      - |', "    observed: '|'", '    observed: "|"']) {
        const { slot, text, items } = complete(a, `steps:\n  - id: x\n${form}\n`);
        for (const item of items) {
          const name = ACTIVITIES.find(([n]) => displayName(n) === item.label)![0];
          const after = text.slice(0, slot.start) + item.insertText + text.slice(slot.end);
          const observed = (parse(after) as { steps: { observed: string | string[] }[] }).steps[0].observed;
          const patterns = Array.isArray(observed) ? observed : [observed];
          assert.ok(compilePattern(patterns[patterns.length - 1])(name), `${form}: ${item.insertText} → ${after}`);
        }
      }
    });
    it('quotes what YAML needs quoted, and nothing else', () => {
      const { items } = complete(a, 'steps:\n  - observed: [|');
      const text = (label: string) => items.find((i) => i.label === label)?.insertText;
      assert.strictEqual(text('Registratie controleren'), 'Registratie controleren');
      assert.strictEqual(text('Escaleren *urgent*?'), 'Escaleren ?urgent??');
      assert.strictEqual(text('Bel "klant" # terug: nu'), '"Bel \\"klant\\" # terug: nu"');
      assert.strictEqual(text('Regel\\nnieuw'), '"Regel\\nnieuw"');
      assert.strictEqual(text('[link](http://x) **vet** `code`'), '"[link](http://x) ??vet?? `code`"');
    });
    it('keeps the quote the user opened', () => {
      const { items, slot } = complete(a, "    observed: 'Bel|'");
      const item = items.find((i) => i.label.startsWith('Bel'))!;
      assert.strictEqual(item.insertText, "'Bel \"klant\" # terug: nu'");
      assert.strictEqual(item.filterText, "'Bel \"klant\" # terug: nu");
      assert.strictEqual(slot.typed, 'Bel');
    });
    it('offers nothing before the log has been read', () => {
      const slot = evidenceSlotAt('    observed: ', 14)!;
      assert.deepStrictEqual(evidenceCompletions(slot, undefined), []);
    });
  });

  describe('completion of attribute names', () => {
    it('lists the log attributes at case, activity, time, actor and the keys of where', () => {
      for (const at of ['evidence:\n  actor: |', 'evidence: { log: x.csv, time: | }', 'evidence:\n  where:\n    |']) {
        const { items } = complete(a, at);
        assert.deepStrictEqual(items.map((i) => [i.label, i.insertText, i.detail]), [
          ['case:concept:name', 'case:concept:name', undefined],
          ['concept:name', 'concept:name', undefined],
          ['time:timestamp', 'time:timestamp', undefined],
          ['org:resource', 'org:resource', undefined],
        ], at);
      }
    });
    it('lists the attributes the log has when a named one is missing', async () => {
      const broken = await analyse(ws.dir(), JOURNEY_TEXT.replace('case: case:concept:name', 'case: zaak'));
      assert.strictEqual(broken.evidence?.ok, false);
      const slot = evidenceSlotAt('evidence:\n  case: za', 20)!;
      assert.deepStrictEqual(evidenceCompletions(slot, broken.evidence).map((i) => i.label), ['case:concept:name', 'concept:name', 'time:timestamp', 'org:resource']);
    });
  });

  describe('hover on an observed pattern', () => {
    const hoverAt = (analysis: Analysis, text: string, needle: string, language: 'en' | 'nl' = 'en') => {
      const p = observedPatternAt(analysis, text.indexOf(needle) + 1);
      assert.ok(p, `no pattern at ${needle}`);
      const h = patternHover(p.pattern, analysis.evidence, language);
      return h && hoverText(h);
    };
    it('names the activities it matches with their cases', () => {
      assert.strictEqual(hoverAt(a, JOURNEY_TEXT, 'Melding   #'), 'Observed pattern: Melding\nMatches 1 activity in the log:\n- Melding — 12 cases');
      assert.strictEqual(hoverAt(a, JOURNEY_TEXT, 'Registreren]'), 'Observed pattern: Registreren\nMatches 1 activity in the log:\n- Registreren — 12 cases');
      assert.strictEqual(hoverAt(a, JOURNEY_TEXT, '- Oplossen'.slice(2)), 'Observed pattern: Oplossen\nMatches 1 activity in the log:\n- Oplossen — 10 cases');
    });
    it('says when it matches none, in Dutch too', () => {
      assert.strictEqual(hoverAt(a, JOURNEY_TEXT, 'Afsluitne'), 'Observed pattern: Afsluitne\nMatches no activity in the log.');
      assert.strictEqual(hoverAt(nl, JOURNEY_TEXT, 'Afsluitne', 'nl'), 'Observed-patroon: Afsluitne\nPast bij geen enkele activiteit in het log.');
    });
    it('lists at most ten, most cases first, then how many more, with hostile names escaped', () => {
      assert.strictEqual(hoverText(patternHover('*', a.evidence)!), [
        'Observed pattern: *',
        'Matches 13 activities in the log:',
        '- Melding — 12 cases',
        '- Registreren — 12 cases',
        '- Oplossen — 10 cases',
        '- Afsluiten — 8 cases',
        '- Registratie controleren — 7 cases',
        '- Bel "klant" # terug: nu — 6 cases',
        '- Escaleren *urgent*? — 6 cases',
        '- Regel\\nnieuw — 5 cases',
        '- [link](http://x) **vet** `code` — fewer than 5 cases',
        '- Notitie 1 — fewer than 5 cases',
        'and 3 more',
      ].join('\n'));
      assert.strictEqual(hoverText(patternHover('Notitie *', nl.evidence, 'nl')!), 'Observed-patroon: Notitie *\nPast bij 4 activiteiten in het log:\n- Notitie 1 — minder dan 5 cases\n- Notitie 2 — minder dan 5 cases\n- Notitie 3 — minder dan 5 cases\n- Notitie 4 — minder dan 5 cases');
    });
    it('is not offered off a pattern or before the log has been read', () => {
      assert.strictEqual(observedPatternAt(a, JOURNEY_TEXT.indexOf('Belt de')), undefined);
      assert.strictEqual(patternHover('Melding', undefined), undefined);
    });
  });

  describe('quick fixes', () => {
    async function fix(journey: string, rule: string, title: RegExp, data?: (d: Record<string, unknown>) => boolean, language: 'en' | 'nl' = 'en'): Promise<{ after: string; titles: string[] }> {
      const analysis = await analyse(ws.dir(), journey, language);
      const finding = analysis.findings.find((f) => f.rule === rule && (!data || data(f.data as Record<string, unknown>)));
      assert.ok(finding, `no ${rule} finding among ${analysis.findings.map((f) => `${f.rule} ${JSON.stringify(f.data)}`).join('\n')}`);
      const fixes = fixesFor(finding, analysis);
      const chosen = fixes.find((x) => title.test(x.title));
      assert.ok(chosen, `no fix ${title} among: ${fixes.map((x) => x.title).join(' | ')}`);
      const after = applyEdits(journey, chosen.edits);
      assert.doesNotThrow(() => parse(after), after);
      return { after, titles: fixes.map((x) => x.title) };
    }
    const unmapped = (activity: string) => (d: Record<string, unknown>) => d.activity === activity;

    it('offers the steps and tasks that resemble an unmapped activity, first the closest', async () => {
      const { titles } = await fix(JOURNEY_TEXT, 'evidence-unmapped', /./, unmapped('Registratie controleren'));
      assert.deepStrictEqual(titles, ["Map 'Registratie controleren' to the task 'Registreert de melding' of step 'melden'", "Suppress 'evidence-unmapped' on this line"]);
    });
    it('adds the activity to a flow list', async () => {
      const { after } = await fix(JOURNEY_TEXT, 'evidence-unmapped', /task/, unmapped('Registratie controleren'));
      assert.strictEqual(after, JOURNEY_TEXT.replace('observed: [Registreren]', 'observed: [Registreren, Registratie controleren]'));
    });
    it('turns a scalar observed into a list, keeping the comment', async () => {
      const journey = JOURNEY_TEXT.replace('customer: Belt de servicedesk', 'customer: Belt de servicedesk over escaleren');
      const { after } = await fix(journey, 'evidence-unmapped', /step 'melden'/, unmapped('Escaleren *urgent*?'));
      assert.strictEqual(after, journey.replace('observed: Melding   # the call', 'observed: [Melding, Escaleren ?urgent??]   # the call'));
    });
    it('adds an item to a block list, quoted when the name needs it', async () => {
      const journey = JOURNEY_TEXT.replace('customer: Wacht op de oplossing', 'customer: Wordt teruggebeld');
      const { after } = await fix(journey, 'evidence-unmapped', /oplossen/, unmapped('Bel "klant" # terug: nu'));
      assert.strictEqual(after, journey.replace('      - Oplossen\n', '      - Oplossen\n      - "Bel \\"klant\\" # terug: nu"\n'));
    });
    it('adds observed to a step without it, after its customer', async () => {
      const journey = JOURNEY_TEXT.replace('  - id: afsluiten\n    customer: Hoort dat het klaar is\n    observed: Afsluitne\n', '  - id: afsluiten\n    customer: Hoort dat het klaar is\n    emotion: 1\n');
      const { after, titles } = await fix(journey, 'evidence-unmapped', /afsluiten/, unmapped('Regel\nnieuw'));
      assert.deepStrictEqual(titles.slice(0, 3), ["Map 'Regel\\nnieuw' to step 'afsluiten'", "Map 'Regel\\nnieuw' to step 'melden'", "Map 'Regel\\nnieuw' to step 'oplossen'"]);
      assert.strictEqual(after, journey.replace('customer: Hoort dat het klaar is\n', 'customer: Hoort dat het klaar is\n    observed: "Regel\\nnieuw"\n'));
    });
    it('adds observed inside a flow-style task, in Dutch', async () => {
      const journey = JOURNEY_TEXT.replace('      - team: servicedesk\n        does: Registreert de melding\n        observed: [Registreren]\n', '      - { team: servicedesk, does: Registreert de melding }\n');
      const { after } = await fix(journey, 'evidence-unmapped', /koppelen aan de taak/, unmapped('Registratie controleren'), 'nl');
      assert.strictEqual(after, journey.replace('does: Registreert de melding }', 'does: Registreert de melding, observed: Registratie controleren }'));
    });
    it('fills an empty observed', async () => {
      const journey = JOURNEY_TEXT.replace('observed: Afsluitne', 'observed:').replace('customer: Hoort dat het klaar is', 'customer: Hoort dat Regel klaar is');
      const { after } = await fix(journey, 'evidence-unmapped', /afsluiten/, unmapped('Regel\nnieuw'));
      assert.strictEqual(after, journey.replace('klaar is\n    observed:\n', 'klaar is\n    observed: "Regel\\nnieuw"\n'));
    });
    it('replaces an unknown pattern with the nearest activity', async () => {
      const { after, titles } = await fix(JOURNEY_TEXT, 'evidence-unknown-activity', /Change/);
      assert.deepStrictEqual(titles, ["Change to 'Afsluiten'", "Suppress 'evidence-unknown-activity' on this line"]);
      assert.strictEqual(after, JOURNEY_TEXT.replace('observed: Afsluitne', 'observed: Afsluiten'));
    });
    it('replaces an unknown pattern in a flow list with a quoted name when needed', async () => {
      const journey = JOURNEY_TEXT.replace('observed: [Registreren]', 'observed: [Registreren, "Bel klant # terug: nu"]');
      const { after } = await fix(journey, 'evidence-unknown-activity', /Wijzigen|Change/);
      assert.strictEqual(after, journey.replace('"Bel klant # terug: nu"', '"Bel \\"klant\\" # terug: nu"'));
    });
  });
});

describe('evidence authoring: the outcome while typing', () => {
  const ws = workspace();
  it('keeps the last outcome while the YAML is broken, and drops it once the journey has no evidence', async () => {
    const a = await analyse(ws.dir());
    const broken = await analyse(ws.dir(), JOURNEY_TEXT.replace('observed: Afsluitne', 'observed: "Afs'));
    const without = await analyse(ws.dir(), JOURNEY_TEXT.replace(/evidence:\n.*\n.*\n/, ''));
    assert.strictEqual(broken.evidence, undefined);
    assert.strictEqual(outcomeFor(a, undefined), a.evidence);
    assert.strictEqual(outcomeFor(broken, a.evidence), a.evidence);
    assert.strictEqual(outcomeFor(without, a.evidence), undefined);
  });
});

describe('evidence authoring: adding a pattern to observed in every form', () => {
  /** The text after adding `pattern` to the observed of the first step. */
  function add(text: string, pattern: string, path: (string | number)[] = ['steps', 0]): string {
    const p = parseYaml(text);
    const edit = addObserved({ text, doc: p.doc, lines: p.lines }, path, pattern);
    assert.ok(edit, 'no edit');
    const after = applyEdits(text, [edit]);
    assert.strictEqual(parseYaml(after).problems.length, 0, after);
    return after;
  }
  it('keeps CRLF line ends in a block list', () => {
    assert.strictEqual(add('steps:\r\n  - id: a\r\n    observed:\r\n      - A   # one\r\n    emotion: 1\r\n', 'B'), 'steps:\r\n  - id: a\r\n    observed:\r\n      - A   # one\r\n      - B\r\n    emotion: 1\r\n');
  });
  it('fills ~ and an empty flow list, and turns a block scalar into a list with its value as it reads (the folded line break included)', () => {
    assert.strictEqual(add('steps:\n  - id: a\n    observed: ~\n', 'B'), 'steps:\n  - id: a\n    observed: B\n');
    assert.strictEqual(add('steps:\n  - id: a\n    observed: []\n', 'a #b'), 'steps:\n  - id: a\n    observed: ["a #b"]\n');
    assert.strictEqual(add('steps:\n  - id: a\n    observed: >\n      Lang\n    emotion: 1\n', 'B'), 'steps:\n  - id: a\n    observed: ["Lang\\n", B]\n    emotion: 1\n');
  });
  it('rewrites a plain scalar that a flow list cannot hold', () => {
    assert.strictEqual(add('steps:\n  - id: a\n    observed: A, B\n', 'C'), 'steps:\n  - id: a\n    observed: ["A, B", C]\n');
    assert.strictEqual(add("steps:\n  - id: a\n    observed: 'it''s'\n", 'C'), "steps:\n  - id: a\n    observed: ['it''s', C]\n");
  });
  it('adds to a task', () => {
    assert.strictEqual(add('steps:\n  - id: a\n    process:\n      - team: t\n        does: Werkt\n', 'B', ['steps', 0, 'process', 0]), 'steps:\n  - id: a\n    process:\n      - team: t\n        does: Werkt\n        observed: B\n');
  });
});
