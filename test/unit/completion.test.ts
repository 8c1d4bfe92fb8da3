/** Completion contexts on half-typed lines, and candidates from the scope. */
import * as assert from 'assert';
import { completionCandidates, completionContextAt, describeTexts, readJourney } from '../../src/core';
import { Scope } from '../../src/core/model/scope';

function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  return completionContextAt(textWithCursor.replace('|', ''), offset);
}

describe('completion context', () => {
  it('knows the kind of id after a reference key, even with nothing typed yet', () => {
    assert.deepStrictEqual(at('steps:\n  - id: a\n    channel: |'), { key: 'channel', targets: ['channel'], prefix: '' });
    assert.deepStrictEqual(at('    fallback: [telefoon, ch|'), { key: 'fallback', targets: ['channel'], prefix: 'ch' });
    assert.deepStrictEqual(at('      - team: kl|'), { key: 'team', targets: ['team'], prefix: 'kl' });
    assert.deepStrictEqual(at('        handoff: { to: fa|'), { key: 'to', targets: ['team', 'partner'], prefix: 'fa' });
    assert.deepStrictEqual(at('    promise: { says: x, by: |'), { key: 'by', targets: ['team'], prefix: '' });
  });
  it('follows a block list up to its key', () => {
    assert.deepStrictEqual(at('    fallback:\n      - telefoon\n      - |'), { key: 'fallback', targets: ['channel'], prefix: '' });
  });
  it('offers nothing under other keys or in comments', () => {
    assert.strictEqual(at('    customer: |'), undefined);
    assert.strictEqual(at('    # channel: |'), undefined);
  });
  it('lists declared ids with their name and kind', () => {
    const j = readJourney({ channels: { telefoon: { kind: 'phone' }, website: { kind: 'web' } }, teams: { ks: { name: 'Klantenservice', line: 'front' } } }, '/x.journey.yaml');
    const scope = new Scope(j.declarations);
    assert.deepStrictEqual(completionCandidates(['channel'], j, scope).map((c) => `${c.id}: ${c.detail}`), [
      'telefoon: telefoon · phone, human',
      'website: website · web, self-service',
    ]);
    assert.deepStrictEqual(completionCandidates(['team'], j, scope).map((c) => c.detail), ['Klantenservice · front-office team']);
  });
  it('describes them in Dutch when VS Code runs in Dutch', () => {
    const j = readJourney({
      channels: { telefoon: { kind: 'phone' }, website: { kind: 'web' } },
      teams: { ks: { name: 'Klantenservice', line: 'front' } },
      partners: { stedin: { name: 'Stedin', sla: '2 werkdagen' } },
      steps: [{ id: 'a', customer: 'Belt' }],
      stages: ['Aanvraag'],
    }, '/x.journey.yaml');
    const scope = new Scope(j.declarations);
    assert.deepStrictEqual(completionCandidates(['channel', 'team', 'partner', 'step', 'stage'], j, scope, 'nl').map((c) => `${c.id}: ${c.detail}`), [
      'telefoon: telefoon · phone, persoonlijk',
      'website: website · web, selfservice',
      'ks: Klantenservice · frontofficeteam',
      'stedin: Stedin · partner, SLA 2 werkdagen, geen afspraak',
      'a: stap · Belt',
      'Aanvraag: fase',
    ]);
    // The hover's heading names the kind in the same words.
    assert.deepStrictEqual((['channel', 'system', 'step', 'stage'] as const).map((k) => describeTexts('nl').heading(k)), ['Kanaal', 'Systeem', 'Stap', 'Fase']);
    assert.deepStrictEqual((['channel', 'system'] as const).map((k) => describeTexts('en').heading(k)), ['Channel', 'System']);
  });
});
