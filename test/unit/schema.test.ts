/**
 * Schema findings: the format page's example is valid, findings sit on the
 * exact YAML node, one problem gives one finding, and the config schema
 * knows every check.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES_BY_ID } from '../../src/core';
import Ajv from 'ajv';
import { collapse } from '../../src/core/schema/collapse';
import { validatorFor } from '../../src/core/schema/compile';
import { fieldInfo, keysAt } from '../../src/core/schema/fields';
import { pointerToPath } from '../../src/core/schema/pointer';
import { listFindings as show, schemaFindings, span } from './schema-helpers';
import { dataOf, yaml } from './helpers';

const FIXTURES = path.resolve(__dirname, '../../../test/unit/fixtures');
const SCHEMAS = path.resolve(__dirname, '../../../schemas');

/** The one finding a text must give; fails with all findings listed otherwise. */
function one(text: string, kind: 'journey' | 'catalog' | 'config' = 'journey') {
  const findings = schemaFindings(text, kind);
  assert.strictEqual(findings.length, 1, show(findings));
  assert.strictEqual(findings[0].rule, 'schema');
  return findings[0];
}

const head = 'journey: Verhuizing\nneed: Energie op het nieuwe adres\noutcome: Levering loopt door\n';

describe('schema', () => {
  describe('valid files', () => {
    it('the complete example of the format page has no findings', () => {
      const text = fs.readFileSync(path.join(FIXTURES, 'format-example.journey.yaml'), 'utf8');
      assert.deepStrictEqual(schemaFindings(text), []);
    });

    it('a catalog as the format page sketches it has no findings', () => {
      assert.deepStrictEqual(schemaFindings(yaml`
        catalog: Organisatie Energie BV
        channels:
          website: { kind: web }
          telefoon: { kind: phone, hours: "ma-vr 08:00-20:00" }
        teams:
          klantenservice: { name: Klantenservice, line: front }
        systems:
          crm: { name: Klantsysteem }
        partners:
          netbeheerder: { name: Stedin, agreement: SLA-2024-17, sla: 5 working days, fallback: storingsdienst, contact: 0800-1234 }
        x-eigenaar: Team Klantreizen
      `, 'catalog'), []);
    });

    it('an empty config is valid (the defaults apply); an empty journey or catalog is not', () => {
      assert.deepStrictEqual(schemaFindings('', 'config'), []);
      assert.deepStrictEqual(schemaFindings('# nothing yet\n', 'config'), []);
      const journey = one('');
      assert.strictEqual(journey.message, "The file is empty: it must be a journey (a mapping with at least 'journey', 'need', 'outcome' and 'steps').");
      assert.strictEqual(span(journey), '0:0-0:0');
      assert.match(one('# leeg\n', 'catalog').message, /^The file is empty: it must be a catalog/);
    });
  });

  describe('positions: the smallest node that shows the problem', () => {
    it('an unknown key: the key, with a did-you-mean', () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    chanel: web\n');
      assert.strictEqual(span(f), '6:4-6:10');
      assert.strictEqual(f.message, "Unknown key 'chanel' — did you mean 'channel'?");
      assert.strictEqual(dataOf(f).suggestion, 'channel');
    });

    it('an unknown key without a near miss lists what is allowed', () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    foo: 1\n');
      assert.strictEqual(span(f), '6:4-6:7');
      assert.strictEqual(f.message, "Unknown key 'foo'. Allowed here: id, customer, stage, channel, fallback, emotion, kano, pain, idea, moment-of-truth, asks, promise, partners, process, observed, next, end, script (or an x- key for your own data).");
      assert.strictEqual(dataOf(f).suggestion, undefined);
    });

    it('an unknown key in a flow mapping: that key only', () => {
      const f = one(head + 'channels:\n  chat: { kind: chat, humen: true }\nsteps: [{ id: a, customer: b }]\n');
      assert.strictEqual(span(f), '4:22-4:27');
      assert.strictEqual(f.message, "Unknown key 'humen' — did you mean 'human'?");
    });

    it("a step's missing key: the step's first key, explained with the field's description", () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n  - id: c\n    channel: web\n');
      assert.strictEqual(span(f), '6:4-6:6');
      assert.strictEqual(f.message, "A step needs 'customer': what the customer does or experiences, in the customer's words.");
      assert.deepStrictEqual(dataOf(f).missing, ['customer']);
      assert.deepStrictEqual(f.path, ['steps', 1]);
    });

    it("a mapping value's missing key: that mapping's key", () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    process:\n      - team: ks\n        does: x\n      - team: ks\n');
      assert.strictEqual(span(f), '9:8-9:12');
      assert.strictEqual(f.message, "A task needs 'does': what the team or partner does in this task.");
    });

    it("the journey's missing keys: one finding at the first key", () => {
      const f = one('# Een reis\n\njourney: Verhuizing\nsteps:\n  - id: a\n    customer: b\n');
      assert.strictEqual(span(f), '2:0-2:7');
      assert.deepStrictEqual(dataOf(f).missing, ['need', 'outcome']);
      assert.match(f.message, /^A journey needs 'need' \(the customer need that starts the journey, in the customer's words\) and 'outcome' \(the fulfilment/);
    });

    it('a wrong type: the value', () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    emotion: happy\n');
      assert.strictEqual(span(f), '6:13-6:18');
      assert.strictEqual(f.message, `'emotion' must be a whole number from -2 to 2, not "happy".`);
    });

    it('an empty value: its key, asking for a value', () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    channel:\n');
      assert.strictEqual(span(f), '6:4-6:11');
      assert.strictEqual(f.message, "'channel' has no value: write a channel id.");
    });

    it('a value out of range: the value', () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    emotion: 5\n');
      assert.strictEqual(span(f), '6:13-6:14');
      assert.strictEqual(f.message, "'emotion' must be between -2 and 2, not 5.");
    });

    it('an enum typo: the value, with a did-you-mean', () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    kano: basik # typo\n');
      assert.strictEqual(span(f), '6:10-6:15');
      assert.strictEqual(f.message, "'kano' must be one of basic, satisfier, delighter — not 'basik' (did you mean 'basic'?).");
      assert.strictEqual(dataOf(f).suggestion, 'basic');
    });

    it('a wrong list entry: that entry', () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    fallback: [telefoon, 12]\n');
      assert.strictEqual(span(f), '6:25-6:27');
      assert.deepStrictEqual(f.path, ['steps', 0, 'fallback', 1]);
    });

    it('a duration and a date that do not parse: the value', () => {
      const d = one(head + 'steps:\n  - id: a\n    customer: b\n    promise: { says: x, within: 3 werkdagn }\n');
      assert.strictEqual(span(d), '6:32-6:42');
      assert.strictEqual(d.message, "'3 werkdagn' is not a duration: write e.g. '3 working days', '2 uur' or 'P2D'.");
      const date = one('reviewed: 2026-13-01\n' + head + 'steps: [{ id: a, customer: b }]\n');
      assert.strictEqual(span(date), '0:10-0:20');
      assert.strictEqual(date.message, "'2026-13-01' is not a date: write YYYY-MM-DD, e.g. '2026-09-01'.");
    });

    it('an invalid id as a key: the key, explaining what an id may hold', () => {
      const f = one(head + 'teams:\n  klanten service: { name: KS }\nsteps: [{ id: a, customer: b }]\n');
      assert.strictEqual(span(f), '4:2-4:17');
      assert.strictEqual(f.message, "'klanten service' is not a valid id for 'teams': an id starts with a letter or digit and holds only letters, digits, '-' and '_' (no spaces).");
    });

    it('an invalid id as a value: the value', () => {
      const f = one(head + 'steps:\n  - id: stap 1\n    customer: b\n');
      assert.strictEqual(span(f), '4:8-4:14');
      assert.match(f.message, /^'stap 1' is not a valid step id: an id starts with a letter or digit/);
    });

    it('a task with both team and partner: the second of them', () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    process:\n      - { team: ks, partner: nb, does: x }\n');
      assert.strictEqual(span(f), '7:20-7:27');
    });

    it('a task with neither: the task', () => {
      const f = one(head + 'steps:\n  - id: a\n    customer: b\n    process:\n      - does: x\n        system: crm\n');
      assert.strictEqual(span(f), '7:8-7:12');
    });

    it('a file that is not a mapping: the value', () => {
      const f = one('- just\n- a list\n');
      assert.strictEqual(span(f), '0:2-0:6');
      assert.match(f.message, /^The file must be a journey \(a mapping with at least .*\), not a list\.$/);
    });

    it('positions follow CRLF line endings', () => {
      const f = one((head + 'steps:\n  - id: a\n    customer: b\n    chanel: web\n').replace(/\n/g, '\r\n'));
      assert.strictEqual(span(f), '6:4-6:10');
    });

    it('a key with a slash or tilde is found (JSON pointer escapes)', () => {
      const f = one(head + 'measures:\n  "a/b~c": [1]\nsteps: [{ id: a, customer: b }]\n');
      assert.strictEqual(span(f), '4:12-4:13');
      assert.deepStrictEqual(f.path, ['measures', 'a/b~c']);
    });
  });

  describe('one finding per problem', () => {
    const step = (lines: string) => head + 'steps:\n  - id: a\n    customer: b\n' + lines;
    const cases: [string, string][] = [
      ['a number where a channel id or a list is expected', '    fallback: 12\n'],
      ['a mapping where a channel id or a list is expected', '    fallback: { tel: 1 }\n'],
      ['one bad entry in a list', '    fallback: [telefoon, [chat]]\n'],
      ['a bad id in "one value or a list"', '    fallback: tele foon\n'],
      ['a number where an enum is expected', '    kano: 3\n'],
      ['a typo of a required key', '  - id: b\n    custmer: c\n'],
      ['a task written as text', '    process: [Registreert de verhuizing]\n'],
      ['a task with neither team nor partner', '    process: [{ does: x }]\n'],
      ['a task with both', '    process: [{ team: a, partner: b, does: x }]\n'],
      ['a task given as a list', '    process: [[{ team: a, does: x }]]\n'],
      ['a step written as text', '  - Zoekt informatie\n'],
      ['a promise written as text', '    promise: binnen 3 dagen\n'],
      ['a handoff with a typo', '    process: [{ team: a, does: x, handoff: { too: b } }]\n'],
    ];
    for (const [name, lines] of cases) {
      it(name, () => {
        one(step(lines));
      });
    }

    it('fallback: 12 gives exactly one finding, with the whole expectation', () => {
      const f = one(step('    fallback: 12\n'));
      assert.strictEqual(f.message, `'fallback' must be a channel id or a list of channel ids, not 12. To use 12 as text, put it in quotes: "12".`);
    });

    const customer = (value: string) => `${head}steps:\n  - id: a\n    customer: ${value}\n`;

    it('names a tagged value for what it is, not "a mapping", and says to remove the tag', () => {
      assert.strictEqual(one(customer('!!binary aGVsbG8=')).message, "'customer' must be text, not binary data (a !!binary value). Remove the !!binary tag to use the value as text.");
      assert.strictEqual(one(customer('!!timestamp 2001-12-14')).message, "'customer' must be text, not a date and time (a !!timestamp value). Remove the !!timestamp tag to use the value as text.");
      assert.strictEqual(one(customer('!!set {x}')).message, "'customer' must be text, not a set (a !!set value). Remove the !!set tag to use the value as text.");
      assert.strictEqual(one(customer('!!omap [{x: 1}]')).message, "'customer' must be text, not an ordered mapping (a !!omap value). Remove the !!omap tag to use the value as text.");
    });

    it('calls 1e400 a number too large, not Infinity to put in quotes', () => {
      assert.strictEqual(one(customer('1e400')).message, "'customer' must be text, not a number too large to hold (it reads as infinite).");
    });

    it('separate problems give separate findings', () => {
      const findings = schemaFindings(step('    emotion: 9\n    kano: basik\n    chanel: web\n'));
      assert.deepStrictEqual(findings.map((f) => f.path), [
        ['steps', 0, 'chanel'], ['steps', 0, 'emotion'], ['steps', 0, 'kano'],
      ], show(findings));
    });

    it('the same problem in two steps gives one finding in each', () => {
      const findings = schemaFindings(head + 'steps:\n  - { id: a, customer: b, emotion: 9 }\n  - { id: c, customer: d, emotion: 9 }\n');
      assert.deepStrictEqual(findings.map((f) => f.path), [['steps', 0, 'emotion'], ['steps', 1, 'emotion']], show(findings));
    });
  });

  describe('config', () => {
    it('an unknown check id suggests the nearest one', () => {
      const f = one('checks:\n  fallback-mising: error\n', 'config');
      assert.strictEqual(f.message, "Unknown check 'fallback-mising' — did you mean 'fallback-missing'?");
      assert.strictEqual(dataOf(f).suggestion, 'fallback-missing');
      assert.strictEqual(span(f), '1:2-1:17');
    });

    it('an unknown check id without a near miss lists the checks', () => {
      const f = one('checks:\n  everything: off\n', 'config');
      assert.match(f.message, /^Unknown check 'everything'\. Allowed here: yaml-syntax, schema, unknown-reference, .*, unused-suppression \(or an x- key for your own data\)\.$/);
    });

    it('a wrong severity names the severities', () => {
      const f = one('checks:\n  owner-missing: warn\n', 'config');
      assert.strictEqual(f.message, "'owner-missing' must be one of error, warning, info, hint, off — not 'warn' (did you mean 'warning'?).");
      assert.strictEqual(span(f), '1:17-1:21');
    });

    it('names exactly the checks that exist, each with its documentation', () => {
      const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'config.schema.json'), 'utf8'));
      const ids = Object.keys(schema.properties.checks.properties);
      assert.deepStrictEqual([...ids].sort(), [...RULES_BY_ID.keys()].sort());
      for (const id of ids) assert.match(schema.properties.checks.properties[id].description, new RegExp(`^How '${id}' reports \\(default: ${RULES_BY_ID.get(id)!.defaultSeverity}\\)\\. .+`));
    });
  });

  describe('compilation', () => {
    it('compiles each schema once and reuses it', () => {
      assert.strictEqual(validatorFor('journey'), validatorFor('journey'));
      assert.strictEqual(validatorFor('catalog'), validatorFor('catalog'));
      assert.strictEqual(validatorFor('config'), validatorFor('config'));
    });
  });

  describe('instance paths', () => {
    it('decodes ~1 and ~0, and makes numbers of list indexes only', () => {
      const value = { steps: [{ 'a/b': 1 }], measures: { '2026': 'x', 'c~d': 'y' } };
      assert.deepStrictEqual(pointerToPath('/steps/0/a~1b', value), ['steps', 0, 'a/b']);
      assert.deepStrictEqual(pointerToPath('/measures/2026', value), ['measures', '2026']);
      assert.deepStrictEqual(pointerToPath('/measures/c~0d', value), ['measures', 'c~d']);
      assert.deepStrictEqual(pointerToPath('', value), []);
    });
  });
});

describe('schema documentation for hovers and completion', () => {
  it('describes a key at any depth, through the shared declarations', () => {
    assert.match(fieldInfo('journey', ['steps', 0, 'customer'])!.description, /^What the customer does or experiences/);
    assert.match(fieldInfo('journey', ['steps', 2, 'process', 0, 'handoff', 'within'])!.description, /^How soon the work is handed on\. A duration/);
    assert.match(fieldInfo('catalog', ['partners', 'netbeheerder', 'sla'])!.description, /^How long the partner may take/);
    assert.match(fieldInfo('config', ['checks', 'fallback-missing'])!.description, /^How 'fallback-missing' reports \(default: warning\)/);
  });

  it('lists the values of an enum with their meaning', () => {
    const kano = fieldInfo('journey', ['steps', 0, 'kano'])!;
    assert.deepStrictEqual(kano.values?.map((v) => v.value), ['basic', 'satisfier', 'delighter']);
    assert.ok(kano.values?.every((v) => v.description));
    assert.strictEqual(fieldInfo('journey', ['teams', 'ks', 'line'])!.default, 'back');
  });

  it('knows nothing of unknown keys and x- keys', () => {
    assert.strictEqual(fieldInfo('journey', ['steps', 0, 'chanel']), undefined);
    assert.strictEqual(fieldInfo('journey', ['channels', 'x-bron', 'kind']), undefined);
  });

  it('lists the keys a mapping may hold, in the format order', () => {
    assert.deepStrictEqual(keysAt('journey', ['steps', 0, 'promise']).map((k) => k.key), ['says', 'by', 'within', 'until']);
    assert.deepStrictEqual(keysAt('catalog', []).map((k) => k.key), ['catalog', 'channels', 'teams', 'systems', 'partners']);
    assert.ok(keysAt('journey', ['channels', 'website']).every((k) => k.description.length > 0));
    assert.deepStrictEqual(keysAt('journey', ['steps', 0, 'customer']), []);
  });
});

describe('collapsing combinators (for schemas that use anyOf, oneOf or if/then)', () => {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false });
  const check = ajv.compile({
    type: 'object',
    properties: {
      one: { anyOf: [{ type: 'string', pattern: '^[a-z]+$' }, { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' } }] },
      cond: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] } },
    },
  });
  const errorsOf = (value: unknown) => {
    check(value);
    return collapse(check.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
  };

  it('keeps the errors of the branch that matches the value type', () => {
    assert.deepStrictEqual(errorsOf({ one: 'A B' }), ['/one pattern']);
    assert.deepStrictEqual(errorsOf({ one: ['ok', 'N O'] }), ['/one/1 pattern']);
  });

  it('keeps the combinator alone when no branch matches the type', () => {
    assert.deepStrictEqual(errorsOf({ one: 12 }), ['/one anyOf']);
  });

  it('drops the "if" error and keeps what "then" asks for', () => {
    assert.deepStrictEqual(errorsOf({ cond: { a: 1 } }), ['/cond required']);
  });
});
