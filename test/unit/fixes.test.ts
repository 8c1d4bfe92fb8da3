/**
 * Quick fixes as the engine computes them: the exact text before and after,
 * so comments and formatting are provably kept.
 */
import * as assert from 'assert';
import { analyseText, applyEdits, CatalogCache, fixesFor, plainText } from '../../src/core';
import { JOURNEY, memoryHost, yaml } from './helpers';

async function fix(text: string, rule: string, title: RegExp): Promise<string> {
  const a = await analyseText(JOURNEY, text, memoryHost({}), { today: '2026-11-23', catalogs: new CatalogCache() });
  const finding = a.findings.find((f) => f.rule === rule);
  assert.ok(finding, `no ${rule} finding in:\n${a.findings.map((f) => f.rule).join(', ')}`);
  const fixes = fixesFor(finding, a);
  const chosen = fixes.find((x) => title.test(x.title));
  assert.ok(chosen, `no fix ${title} among: ${fixes.map((x) => x.title).join(' | ')}`);
  return applyEdits(text, chosen.edits.map((e) => ({ ...e, newText: chosen.snippet ? plainText(e.newText) : e.newText })));
}

const HEAD = yaml`
  journey: Fixes   # the title
  owner: Ans
  need: A need
  outcome: An outcome
  channels:
    website: { kind: web }
    telefoon: { kind: phone }   # human
  teams:
    ks: { name: Klantenservice, line: front }
    fa: { name: Facturatie }
`;

describe('quick fixes', () => {
  it('adds a fallback to a human channel below the channel, keeping comments', async () => {
    const before = HEAD + yaml`
      steps:
        - id: a
          customer: Looks up   # on the site
          channel: website     # self-service
          emotion: 1
    `;
    const after = await fix(before, 'fallback-missing', /Add fallback 'telefoon'/);
    assert.strictEqual(after, before.replace('channel: website     # self-service\n', 'channel: website     # self-service\n    fallback: telefoon\n'));
  });

  it('adds a fallback inside a flow-style step', async () => {
    const before = HEAD + 'steps:\n  - { id: a, customer: Looks up, channel: website }\n';
    const after = await fix(before, 'fallback-missing', /Add fallback 'telefoon'/);
    assert.strictEqual(after, HEAD + 'steps:\n  - { id: a, customer: Looks up, channel: website, fallback: telefoon }\n');
  });

  it('writes out a missing handoff to the next actor', async () => {
    const before = HEAD + yaml`
      steps:
        - id: a
          customer: Calls
          channel: telefoon
          process:
            - team: ks
              does: Registers
            - team: fa
              does: Bills
    `;
    const after = await fix(before, 'handoff-unclear', /Write out the handoff to 'fa'/);
    // Block style, like the task: a comma typed into `gives` stays part of the text.
    assert.strictEqual(after, before.replace('does: Registers\n', 'does: Registers\n        handoff:\n          to: fa\n          gives: what fa needs\n          within: 1 working day\n'));
  });

  it('writes out a missing handoff in a flow task in flow style', async () => {
    const before = HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: ks, does: Registers }, { team: fa, does: Bills }]\n';
    const after = await fix(before, 'handoff-unclear', /Write out the handoff to 'fa'/);
    assert.strictEqual(after, before.replace('does: Registers }', 'does: Registers, handoff: { to: fa, gives: what fa needs, within: 1 working day } }'));
  });

  it('replaces an unknown reference with the suggested id', async () => {
    const before = HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefon  # typo\n    process: [{ team: ks, does: Answers }]\n';
    const after = await fix(before, 'unknown-reference', /Change to 'telefoon'/);
    assert.strictEqual(after, before.replace('telefon  #', 'telefoon  #'));
  });

  it('declares an unknown team in the teams map', async () => {
    const before = HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: juridisch, does: Checks }]\n';
    const after = await fix(before, 'unknown-reference', /Declare team 'juridisch'/);
    assert.strictEqual(after, before.replace('  fa: { name: Facturatie }\n', '  fa: { name: Facturatie }\n  juridisch: { name: juridisch }\n'));
  });

  it('fills by and within of a promise', async () => {
    const before = HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    promise: { says: We call back }\n    process: [{ team: ks, does: Answers }]\n';
    const after = await fix(before, 'promise-unowned', /Add by and within/);
    assert.strictEqual(after, before.replace('{ says: We call back }', '{ says: We call back, by: team, within: 3 working days }'));
  });

  it('adds an owner after the title', async () => {
    const before = HEAD.replace('owner: Ans\n', '') + 'steps:\n  - id: a\n    customer: Reads\n';
    const after = await fix(before, 'owner-missing', /Add an owner/);
    assert.strictEqual(after, before.replace('journey: Fixes   # the title\n', 'journey: Fixes   # the title\nowner: journey manager\n'));
  });

  it('adds an agreement to a partner declared in the journey', async () => {
    const before = HEAD + 'partners:\n  net:\n    name: Stedin\n    fallback: bellen\nsteps:\n  - id: a\n    customer: Waits\n    partners: [net]\n';
    const after = await fix(before, 'partner-no-agreement', /Add agreement to partner 'net'/);
    assert.strictEqual(after, before.replace('    fallback: bellen\n', '    fallback: bellen\n    agreement: contract or agreement reference\n'));
  });

  it('suppresses a check on the finding\'s line with a comment above it', async () => {
    const before = HEAD + 'steps:\n  - id: a\n    customer: Looks up\n    channel: website\n';
    const after = await fix(before, 'fallback-missing', /Suppress 'fallback-missing'/);
    assert.strictEqual(after, before.replace('    channel: website\n', '    # journey-lens-disable-next-line fallback-missing\n    channel: website\n'));
    const again = await analyseText(JOURNEY, after, memoryHost({}), { today: '2026-11-23' });
    assert.deepStrictEqual(again.findings.map((f) => f.rule), []);
  });

  it('keeps CRLF line endings', async () => {
    const before = (HEAD + 'steps:\n  - id: a\n    customer: Looks up\n    channel: website\n').replace(/\n/g, '\r\n');
    const after = await fix(before, 'fallback-missing', /Add fallback 'telefoon'/);
    assert.strictEqual(after, before.replace('channel: website\r\n', 'channel: website\r\n    fallback: telefoon\r\n'));
  });
});
