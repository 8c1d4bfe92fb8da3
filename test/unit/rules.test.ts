/**
 * Each check fires on a fixture (rule, line, message) and stays silent on its
 * corrected twin. Lines in assertions are 1-based, as the user reads them.
 */
import * as assert from 'assert';
import { DEFAULT_CONFIG } from '../../src/core';
import { byRule, check, dataOf, show, yaml } from './helpers';

const HEAD = yaml`
  journey: Test journey
  owner: Ans de Vries
  need: A need
  outcome: An outcome
  channels:
    website: { kind: web }
    telefoon: { kind: phone }
    chat: { kind: chat }
    app: { kind: app }
  teams:
    ks: { name: Klantenservice, line: front }
    fa: { name: Facturatie }
    it: { name: IT }
  systems:
    crm: { name: Klantsysteem }
  partners:
    net: { name: Stedin, agreement: SLA-1, sla: 5 working days, fallback: ks belt de storingsdienst }
    bare: { name: Kale partner }
`;
const HEAD_LINES = HEAD.split('\n').length - 1;

/** A journey with the standard head and the given steps; returns text and the line of the steps. */
function journey(steps: string): string {
  return `${HEAD}steps:\n${steps}`;
}
/** 1-based line number of a line in the steps block (1 = first line after `steps:`). */
const stepLine = (n: number) => HEAD_LINES + 1 + n;

async function expectOne(text: string, rule: string, line: number, message: RegExp, files?: Record<string, string>) {
  const all = await check(text, files);
  const found = byRule(all, rule);
  assert.strictEqual(found.length, 1, `expected one ${rule}, got:\n${show(all)}`);
  assert.strictEqual(found[0].range.start.line + 1, line, show(found));
  assert.match(found[0].message, message);
  return found[0];
}

async function expectNone(text: string, rule: string, files?: Record<string, string>) {
  const all = await check(text, files);
  assert.deepStrictEqual(byRule(all, rule), [], show(all));
  return all;
}

describe('checks', () => {
  it('the standard head with a good step has no findings at all', async () => {
    const all = await check(journey(yaml`
      - id: a
        customer: Calls
        channel: telefoon
        process:
          - team: ks
            does: Answers
    `));
    assert.deepStrictEqual(all, [], show(all));
  });

  describe('fallback-missing', () => {
    it('fires on a self-service channel without fallback, at the channel value', async () => {
      const f = await expectOne(journey(yaml`
        - id: a
          customer: Looks up
          channel: website
      `), 'fallback-missing', stepLine(3), /'website' is self-service.*fallback/);
      assert.strictEqual(f.range.start.character, 11);
      assert.strictEqual(f.severity, 'warning');
    });
    it('fires for an undeclared channel named after a self-service kind', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Reads mail
          channel: email
      `), 'fallback-missing', stepLine(3), /'email'/);
    });
    it('is silent with a fallback, or on a human channel', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: telefoon
        - id: b
          customer: Calls
          channel: telefoon
          process: [{ team: ks, does: Answers }]
      `), 'fallback-missing');
    });
  });

  describe('fallback-ineffective', () => {
    it('fires when the fallback is the step\'s own channel', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: website
      `), 'fallback-ineffective', stepLine(4), /own channel/);
    });
    it('fires when no fallback channel is human', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: [app, email]
      `), 'fallback-ineffective', stepLine(4), /None of the fallback channels \('app', 'email'\)/);
    });
    it('is silent when one fallback is human', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: [app, chat]
      `), 'fallback-ineffective');
    });
  });

  describe('handoff-unclear', () => {
    it('fires when work passes between teams without a handoff, at the first task\'s team', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          process:
            - team: ks
              does: Registers
            - team: fa
              does: Bills
      `), 'handoff-unclear', stepLine(5), /from 'ks' to 'fa' without a handoff/);
    });
    it('fires when a handoff lacks gives or within', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          process:
            - team: ks
              does: Registers
              handoff: { to: fa }
            - team: fa
              does: Bills
      `), 'handoff-unclear', stepLine(7), /does not say what the receiver needs \(gives\) or by when \(within\)/);
    });
    it('fires when the handoff goes to someone other than the next task\'s actor', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          process:
            - team: ks
              does: Registers
              handoff: { to: it, gives: adres, within: 1 day }
            - team: fa
              does: Bills
      `), 'handoff-unclear', stepLine(7), /goes to 'it', but the next task is done by 'fa'/);
    });
    it('is silent on a complete handoff to the next actor', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          process:
            - team: ks
              does: Registers
              handoff: { to: fa, gives: adres, within: 1 working day }
            - team: fa
              does: Bills
      `), 'handoff-unclear');
    });
  });

  describe('handoff-pingpong', () => {
    const steps = (back: string) => journey(yaml`
      - id: a
        customer: Calls
        channel: telefoon
        process:
          - team: ks
            does: Registers
            handoff: { to: fa, gives: adres, within: 1 day }
          - team: fa
            does: Checks
            handoff: { to: ${back}, gives: vraag, within: 1 day }
          - team: ${back}
            does: Calls back
    `);
    it('fires when work returns to an actor that handed it on, with the earlier task as related', async () => {
      const f = await expectOne(steps('ks'), 'handoff-pingpong', stepLine(11), /comes back to 'ks'/);
      assert.strictEqual(f.related.length, 1);
      assert.strictEqual(f.related[0].range.start.line + 1, stepLine(5));
    });
    it('is silent when work moves on to a third team', async () => {
      await expectNone(steps('it'), 'handoff-pingpong');
    });
  });

  describe('handoff-chain', () => {
    const chain = (n: number) => {
      const teams = ['ks', 'fa', 'it', 'ks', 'fa', 'it'].slice(0, n + 1);
      const tasks = teams.map((t, i) => `      - team: ${t}\n        does: Task ${i}` + (i < n ? `\n        handoff: { to: ${teams[i + 1]}, gives: dossier, within: 1 hour }` : '')).join('\n');
      return journey(`  - id: a\n    customer: Calls\n    channel: telefoon\n    process:\n${tasks}\n`);
    };
    it('fires with more handoffs than the maximum (3), at the process key', async () => {
      await expectOne(chain(4), 'handoff-chain', stepLine(4), /4 handoffs, more than the maximum of 3/);
    });
    it('is silent at the maximum', async () => {
      await expectNone(chain(3), 'handoff-chain');
    });
    it('follows the configured maximum', async () => {
      const all = await check(chain(3), {}, { config: { ...DEFAULT_CONFIG, checks: {}, handoffMaximum: 2, include: [], exclude: [] } });
      assert.strictEqual(byRule(all, 'handoff-chain').length, 1, show(all));
    });
  });

  describe('partner-no-agreement', () => {
    it('fires once at the partner declaration, with each dependent step as related', async () => {
      const f = await expectOne(journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          partners: [bare]
          process: [{ team: ks, does: Answers }]
        - id: b
          customer: Waits
          process: [{ partner: bare, does: Delivers }]
      `), 'partner-no-agreement', 18, /'bare' \(Kale partner\) has no agreement/);
      assert.strictEqual(f.related.length, 2);
    });
    it('is silent for a partner with an agreement, and for one nobody depends on', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          partners: [net]
          process: [{ team: ks, does: Answers }]
      `), 'partner-no-agreement');
    });
  });

  describe('partner-no-fallback', () => {
    it('fires when a step with a channel depends on a partner without fallback', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          partners: [bare]
          process: [{ team: ks, does: Answers }]
      `), 'partner-no-fallback', 18, /'bare' .* has no fallback/);
    });
    it('is silent for back-stage steps (no channel)', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Waits for the meter reading
          partners: [bare]
      `), 'partner-no-fallback');
    });
  });

  describe('promise-at-risk', () => {
    const promise = (within: string) => journey(yaml`
      - id: a
        customer: Requests
        channel: telefoon
        promise: { says: We confirm soon, by: ks, within: ${within} }
        partners: [net]
        process:
          - team: ks
            does: Registers
            handoff: { to: fa, gives: adres, within: 1 working day }
          - team: fa
            does: Transfers
            handoff: { to: net, gives: EAN, within: 1 working day }
          - partner: net
            does: Confirms
    `);
    it('fires when handoffs plus partner SLAs exceed the promise, relating each part', async () => {
      const f = await expectOne(promise('3 working days'), 'promise-at-risk', stepLine(4), /says 3 working days, but .* add up to 7 days/);
      assert.deepStrictEqual(f.related.map((r) => r.message), [
        "Handoff to 'fa' within 1 working day",
        "Handoff to 'net' within 1 working day",
        "Partner 'net' SLA 5 working days",
      ]);
    });
    it('is silent when the promise leaves room', async () => {
      await expectNone(promise('2 weeks'), 'promise-at-risk');
    });
    it('counts a partner\'s task with its own within instead of the partner\'s general SLA', async () => {
      // The SLA of 5 working days is meant for another service: the partner is there within 4 hours here.
      const timed = (within: string) => promise(within).replace(/^( *)does: Confirms$/m, '$1does: Confirms\n$1within: 4 hours');
      await expectNone(timed('3 working days'), 'promise-at-risk');
      const f = await expectOne(timed('1 working day'), 'promise-at-risk', stepLine(4), /says 1 working day, but .* add up to/);
      assert.deepStrictEqual(f.related.map((r) => r.message), [
        "Handoff to 'fa' within 1 working day",
        "Handoff to 'net' within 1 working day",
        "Task of 'net' within 4 hours",
      ]);
    });
    it('adds the time a team\'s task takes', async () => {
      const slow = promise('1 week').replace(/^( *)does: Registers$/m, '$1does: Registers\n$1within: 2 working days');
      const f = await expectOne(slow, 'promise-at-risk', stepLine(4), /says 7 days, but .* add up to 9 days/);
      assert.ok(f.related.some((r) => r.message === "Task of 'ks' within 2 working days"), f.related.map((r) => r.message).join(' | '));
    });
  });

  describe('promise-unowned', () => {
    it('fires when a promise lacks by or within', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Requests
          channel: telefoon
          promise: { says: We call back }
          process: [{ team: ks, does: Calls back }]
      `), 'promise-unowned', stepLine(4), /which team keeps it \(by\) and by when \(within\)/);
    });
    it('says only that the time is missing when the promise has an owner', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Requests
          channel: telefoon
          promise: { says: We call back, by: ks }
          process: [{ team: ks, does: Calls back }]
      `), 'promise-unowned', stepLine(4), /^This promise does not say by when \(within\)\. A promise without a time cannot be kept on time, nor checked\.$/);
    });
    it('is silent on an owned promise', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Requests
          channel: telefoon
          promise: { says: We call back, by: ks, within: 2 uur }
          process: [{ team: ks, does: Calls back }]
      `), 'promise-unowned');
    });
  });

  describe('asked-twice', () => {
    const asks = (second: string) => journey(yaml`
      - id: a
        customer: Fills in a form
        channel: telefoon
        asks: [Adres, Verhuisdatum]
        process: [{ team: ks, does: Registers }]
      - id: b
        customer: Confirms
        channel: telefoon
        asks: [${second}]
        process: [{ team: ks, does: Confirms }]
    `);
    it('fires on the second ask, ignoring case and spaces, with the first ask as related', async () => {
      const f = await expectOne(asks('"  adres "'), 'asked-twice', stepLine(9), /already asked for ' {2}adres ' in step 'a'/);
      assert.strictEqual(f.related[0].range.start.line + 1, stepLine(4));
    });
    it('takes spaces, hyphens and underscores inside an ask as the same information', async () => {
      for (const second of ['Verhuis-datum', 'verhuis datum', 'VERHUIS_DATUM']) {
        await expectOne(asks(second), 'asked-twice', stepLine(9), new RegExp(`already asked for '${second}' in step 'a'`));
      }
    });
    it('is silent when each item is asked once', async () => {
      await expectNone(asks('IBAN'), 'asked-twice');
    });
  });

  describe('step-unsupported', () => {
    it('fires on a human channel without process', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
      `), 'step-unsupported', stepLine(3), /nobody is named to answer/);
    });
    it('is silent on a self-service channel without process', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Looks up
          channel: website
          fallback: telefoon
      `), 'step-unsupported');
    });
  });

  describe('step-unreachable and no-end', () => {
    it('step-unreachable fires on a step no next link leads to', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Starts
          next: [c]
        - id: b
          customer: Is skipped
        - id: c
          customer: Ends
      `), 'step-unreachable', stepLine(4), /No path leads from the first step to 'b'/);
    });
    it('step-unreachable is silent when every step is on a path', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Starts
          next: [b, c]
        - id: b
          customer: Detour
        - id: c
          customer: Ends
      `), 'step-unreachable');
    });
    it('no-end fires when the only end step is unreachable', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Starts
          next: [b]
        - id: b
          customer: Loops
          next: [a]
        - id: c
          customer: Ends
      `), 'no-end', HEAD_LINES + 1, /No end step can be reached/);
    });
    it('no-end is silent when an end step is reachable', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Starts
          next: [b]
        - id: b
          customer: Ends early
          end: true
        - id: c
          customer: Other end
      `), 'no-end');
    });
  });

  describe('emotion-low-unaddressed', () => {
    it('fires on emotion -2 without pain or idea', async () => {
      const f = await expectOne(journey(yaml`
        - id: a
          customer: Waits
          emotion: -2
      `), 'emotion-low-unaddressed', stepLine(3), /feels worst/);
      assert.strictEqual(f.severity, 'info');
    });
    it('is silent once a pain is named', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Waits
          emotion: -2
          pain: Nobody tells me anything
      `), 'emotion-low-unaddressed');
    });
  });

  describe('review-overdue', () => {
    const head = (reviewed: string, every: string) => HEAD.replace('owner: Ans de Vries\n', `owner: Ans de Vries\nreviewed: ${reviewed}\n${every ? `review-every: ${every}\n` : ''}`);
    const steps = 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: ks, does: Answers }]\n';
    it('fires when reviewed plus the default 12 months lies before today', async () => {
      await expectOne(head('2025-11-01', '') + steps, 'review-overdue', 3, /due on 2026-11-01 \(last reviewed 2025-11-01, every 12 months\)/);
    });
    it('fires with a custom interval', async () => {
      await expectOne(head('2026-04-01', '6 maanden') + steps, 'review-overdue', 3, /due on 2026-10-01/);
    });
    it('is silent while the review is not yet due', async () => {
      await expectNone(head('2026-09-01', '6 months') + steps, 'review-overdue');
    });
  });

  describe('owner-missing', () => {
    it('fires without owner, at the journey key', async () => {
      await expectOne(HEAD.replace('owner: Ans de Vries\n', '') + 'steps:\n  - id: a\n    customer: Reads\n', 'owner-missing', 1, /names no owner/);
    });
    it('is silent with an owner', async () => {
      await expectNone(HEAD + 'steps:\n  - id: a\n    customer: Reads\n', 'owner-missing');
    });
  });

  describe('unknown-reference', () => {
    it('suggests the nearest declared id', async () => {
      const f = await expectOne(journey(yaml`
        - id: a
          customer: Calls
          channel: telefon
      `), 'unknown-reference', stepLine(3), /Unknown channel 'telefon'. Did you mean 'telefoon'\?/);
      assert.strictEqual(dataOf(f).suggestion, 'telefoon');
    });
    it('explains an id declared as another kind', async () => {
      await expectOne(journey(yaml`
        - id: a
          customer: Waits
          process: [{ team: net, does: Delivers }]
      `), 'unknown-reference', stepLine(3), /'net' is declared as a partner, not as a team. Write `partner: net` instead./);
    });
    it('checks stages, next, systems, handoff targets and promise owners', async () => {
      const all = await check(HEAD + yaml`
        stages: [Begin, Einde]
        steps:
          - id: a
            stage: Begn
            customer: Calls
            channel: telefoon
            promise: { says: Soon, by: kss, within: 1 day }
            next: [z]
            process:
              - team: ks
                does: Registers
                system: crn
                handoff: { to: faa, gives: x, within: 1 day }
      `);
      const messages = byRule(all, 'unknown-reference').map((f) => f.message);
      assert.deepStrictEqual(messages, [
        "Unknown stage 'Begn'. Did you mean 'Begin'?",
        "Unknown team 'kss'. Did you mean 'ks'?",
        "Unknown step 'z'. Declare it under the steps of this journey or use one that is declared.",
        "Unknown system 'crn'. Did you mean 'crm'?",
        "Unknown team or partner 'faa'. Did you mean 'fa'?",
      ]);
    });
    it('is silent when every reference is declared', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          process: [{ team: ks, does: Answers, system: crm }]
      `), 'unknown-reference');
    });
  });

  describe('duplicate-id', () => {
    it('fires on the second step with an id, relating the first', async () => {
      const f = await expectOne(journey(yaml`
        - id: a
          customer: One
        - id: a
          customer: Two
      `), 'duplicate-id', stepLine(3), /Another step already has the id 'a'/);
      assert.strictEqual(f.related[0].range.start.line + 1, stepLine(1));
    });
    it('is silent on unique ids', async () => {
      await expectNone(journey(yaml`
        - id: a
          customer: One
        - id: b
          customer: Two
      `), 'duplicate-id');
    });
  });
});

describe('checks, edge cases found in review', () => {
  it('duplicate-id: a journey team with the id of a catalog partner', async () => {
    const catalog = '/ws/org.catalog.yaml';
    const all = await check('journey: T\nowner: X\nneed: N\noutcome: O\nuses: [org.catalog.yaml]\nteams:\n  stedin: { name: Team }\nsteps:\n  - id: a\n    customer: C\n', {
      [catalog]: 'catalog: Org\npartners:\n  stedin: { name: Stedin, agreement: A, sla: 5 days, fallback: F }\n',
    });
    const [f] = byRule(all, 'duplicate-id');
    assert.ok(f, show(all));
    assert.match(f.message, /'stedin' is already declared as a partner in the catalog 'org.catalog.yaml' that this journey uses/);
  });

  it('duplicate-id: a team and a partner with one id in the journey', async () => {
    const all = await check(journey(yaml`
      - id: a
        customer: C
    `).replace('partners:\n', 'partners:\n  ks: { name: Partner KS, agreement: A, fallback: F }\n'));
    const [f] = byRule(all, 'duplicate-id');
    assert.ok(f, show(all));
    assert.match(f.message, /'ks' is declared both as a team and as a partner/);
  });

  it('fallback-ineffective: the own channel in a list with a human channel is a useless entry, not a stuck customer', async () => {
    const f = await expectOne(journey(yaml`
      - id: a
        customer: Uses the app
        channel: app
        fallback: [app, telefoon]
    `), 'fallback-ineffective', stepLine(4), /'app' in the fallback list is the step's own channel, so it catches nobody/);
    assert.strictEqual(f.range.start.character, 13);
  });

  it('fallback-missing suggests phone and chat before other human channels', async () => {
    const text = journey(yaml`
      - id: a
        customer: Looks up
        channel: website
    `).replace('channels:\n', 'channels:\n  monteur: { kind: visit }\n');
    const [f] = byRule(await check(text), 'fallback-missing');
    assert.match(f.message, /\(e\.g\. telefoon, chat, monteur\)/);
  });
});
