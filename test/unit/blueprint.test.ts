import * as assert from 'assert';
import * as path from 'path';
import { cellAt, rangeOfKey, stepOfKey } from '../../src/core/blueprint/cells';
import { employeeLanes } from '../../src/core/blueprint/employees';
import type { Blueprint, Cell } from '../../src/core/blueprint/types';
import { walkthroughOf } from '../../src/core/blueprint/walkthrough';
import { LineIndex } from '../../src/core/yaml/lines';
import type { Range } from '../../src/core';
import { blueprintOf, EXAMPLE } from './blueprint-helpers';
import { JOURNEY, ROOT, yaml } from './helpers';

function textAt(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** The 0-based position of the first occurrence of `needle` (plus `offset` characters). */
function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `'${needle}' not in the text`);
  return new LineIndex(text).positionAt(i + offset);
}

const rules = (c: Cell) => c.findings.map((f) => (f.echo ? `${f.rule} (echo)` : f.rule));

describe('blueprint view model', () => {
  let bp: Blueprint;
  before(async () => {
    bp = await blueprintOf(EXAMPLE);
  });

  describe('columns and the customer lane', () => {
    it('has one column per step, grouped under consecutive stages', () => {
      assert.deepStrictEqual(bp.steps.map((s) => s.id), ['informeren', 'aanvragen', 'nakijken', 'bevestiging']);
      assert.deepStrictEqual(bp.stages, [
        { name: 'Orientatie', start: 0, span: 1 },
        { name: 'Aanvraag', start: 1, span: 2 },
        { name: 'Afronding', start: 3, span: 1 },
      ]);
      assert.strictEqual(bp.title, 'Verhuizing doorgeven');
      assert.strictEqual(bp.persona, 'Huurder met een energiecontract');
      assert.strictEqual(bp.problem, undefined);
    });

    it('shows channels with kind and human or self-service, and the fallbacks', () => {
      const [informeren, aanvragen, , bevestiging] = bp.steps;
      assert.deepStrictEqual(informeren.channel, { id: 'website', label: 'website', kind: 'web', human: false, known: true, hours: undefined });
      assert.deepStrictEqual(informeren.fallbacks.map((f) => [f.id, f.human, f.hours]), [['telefoon', true, 'ma-vr 08:00-20:00']]);
      assert.deepStrictEqual(aanvragen.fallbacks.map((f) => [f.id, f.kind, f.human]), [['telefoon', 'phone', true], ['chat', 'chat', true]]);
      // `email` is a channel kind used without a declaration.
      assert.deepStrictEqual(bevestiging.channel, { id: 'email', label: 'email', kind: 'email', human: false, known: true, hours: undefined });
    });

    it('carries asks, the promise with its owner by name, markers, emotion, pain and idea', () => {
      const [informeren, aanvragen, nakijken, bevestiging] = bp.steps;
      assert.deepStrictEqual(aanvragen.asks, ['adres', 'verhuisdatum']);
      assert.deepStrictEqual(aanvragen.promise, { says: 'We bevestigen binnen 3 werkdagen', by: 'Klantenservice', within: '3 working days' });
      assert.strictEqual(aanvragen.momentOfTruth, true);
      assert.strictEqual(informeren.momentOfTruth, false);
      assert.deepStrictEqual(bp.steps.map((s) => s.kano), ['basic', undefined, 'basic', 'delighter']);
      assert.deepStrictEqual(bp.steps.map((s) => s.emotion), [-1, 0, -2, 1]);
      assert.deepStrictEqual(bp.steps.map((s) => s.end), [false, false, false, true]);
      assert.deepStrictEqual(informeren.pain, ["Informatie staat verspreid over drie pagina's"]);
      assert.deepStrictEqual(informeren.idea, ['Eén verhuispagina met checklist']);
      assert.match(aanvragen.script ?? '', /^Klant: "Ik verhuis op 1 maart/);
      assert.strictEqual(nakijken.script, undefined);
      assert.strictEqual(bevestiging.tasks.length, 0);
    });
  });

  describe('lanes behind the line of interaction', () => {
    it('puts tasks in the front office, back office or partner lane by their actor', () => {
      assert.deepStrictEqual(bp.steps[1].tasks.map((t) => [t.key, t.lane, t.actor?.label, t.does]), [
        ['task-1-0', 'front', 'Klantenservice', 'Registreert de verhuizing'],
        ['task-1-1', 'back', 'Facturatie', 'Zet het contract over'],
        ['task-1-2', 'partner', 'Stedin', 'Bevestigt de aansluiting'],
      ]);
      assert.deepStrictEqual(bp.steps[0].tasks[0].systems, ['Klantsysteem']);
      assert.strictEqual(bp.steps[0].tasks[0].instruction, 'WI-12 Verhuizing');
      assert.deepStrictEqual(bp.steps[1].tasks[0].handoff, { to: 'Facturatie', gives: 'nieuw adres en verhuisdatum', within: '1 working day' });
    });

    it('lists each partner a step depends on once, with its agreement, SLA and fallback', () => {
      assert.deepStrictEqual(bp.steps[1].partners.map((p) => [p.key, p.id, p.label, p.agreement, p.sla, p.fallback]), [
        ['partner-1-0', 'netbeheerder', 'Stedin', undefined, '5 working days', 'klantenservice belt de storingsdienst'],
      ]);
      assert.deepStrictEqual(bp.steps[0].partners, []);
    });

    it('lists each system a step uses once', () => {
      assert.deepStrictEqual(bp.steps[0].systems.map((s) => [s.key, s.id, s.label, s.known]), [['system-0-0', 'crm', 'Klantsysteem', true]]);
      assert.deepStrictEqual(bp.steps[1].systems.map((s) => s.id), ['crm']);
      assert.deepStrictEqual(bp.steps[2].systems, []);
    });

    it('files tasks of undeclared teams and tasks without an actor under the back office', async () => {
      const b = await blueprintOf(yaml`
        journey: J
        need: n
        outcome: o
        steps:
          - id: a
            customer: c
            channel: phone
            process:
              - team: onbekend
                does: iets
              - does: niemand
      `);
      assert.deepStrictEqual(b.steps[0].tasks.map((t) => [t.lane, t.actor?.known, t.actor?.label]), [['back', false, 'onbekend'], ['back', undefined, undefined]]);
      assert.ok(b.steps[0].tasks[0].findings.some((f) => f.rule === 'unknown-reference'));
    });
  });

  describe('handoff arrows', () => {
    it('are clear when written with what and when, unclear when not, and ping-pong when work comes back', () => {
      assert.deepStrictEqual(bp.handoffs.map((a) => [a.from, a.to, a.toLabel, a.status]), [
        ['task-1-0', 'task-1-1', 'Facturatie', 'clear'],
        ['task-1-1', 'task-1-2', 'Stedin', 'clear'],
        ['task-2-0', 'task-2-1', 'Facturatie', 'unclear'],
        ['task-2-1', 'task-2-2', 'Klantenservice', 'pingpong'],
      ]);
      assert.deepStrictEqual([bp.handoffs[0].gives, bp.handoffs[0].within], ['nieuw adres en verhuisdatum', '1 working day']);
    });

    it('point at the partner cell when the last task hands work to a partner outside the process', async () => {
      const b = await blueprintOf(yaml`
        journey: J
        need: n
        outcome: o
        partners:
          bank: { name: De Bank, agreement: A-1, fallback: bellen }
        steps:
          - id: a
            customer: c
            channel: phone
            partners: [bank]
            process:
              - team: t
                does: iets
                handoff: { to: bank, gives: gegevens, within: 1 day }
      `);
      assert.deepStrictEqual(b.handoffs.map((a) => [a.from, a.to, a.toLabel, a.status]), [['task-0-0', 'partner-0-0', 'De Bank', 'clear']]);
    });
  });

  describe('findings', () => {
    it('sit on the smallest cell whose YAML contains them', () => {
      assert.deepStrictEqual(rules(bp.steps[1]), ['promise-at-risk']);
      assert.deepStrictEqual(rules(bp.steps[2]), ['emotion-low-unaddressed']);
      assert.deepStrictEqual(bp.steps[2].tasks.map(rules), [['handoff-unclear'], ['handoff-unclear'], ['handoff-pingpong']]);
      assert.deepStrictEqual(rules(bp.steps[0]), []);
    });

    it('about a declaration belong to the journey, and are echoed where the declaration is used', () => {
      assert.deepStrictEqual(bp.journeyFindings.map((f) => f.rule), ['partner-no-agreement']);
      assert.deepStrictEqual(rules(bp.steps[1].partners[0]), ['partner-no-agreement (echo)']);
      assert.deepStrictEqual(rules(bp.steps[1].tasks[2]), ['partner-no-agreement (echo)']);
    });

    it('are counted per check, most severe first, without counting echoes twice', () => {
      assert.deepStrictEqual(bp.summary.map((c) => [c.rule, c.severity, c.count]), [
        ['handoff-unclear', 'warning', 2],
        ['handoff-pingpong', 'warning', 1],
        ['partner-no-agreement', 'warning', 1],
        ['promise-at-risk', 'warning', 1],
        ['emotion-low-unaddressed', 'info', 1],
      ]);
      assert.deepStrictEqual(bp.totals, { error: 0, warning: 5, info: 1, hint: 0 });
      const first = bp.summary.find((c) => c.rule === 'handoff-unclear')!.first;
      assert.strictEqual(textAt(EXAMPLE, rangeOfKey(bp, first)!), 'klantenservice');
      assert.strictEqual(stepOfKey(bp, first), 2);
    });
  });

  describe('source ranges', () => {
    it('give each cell its whole YAML node and a small anchor to select', () => {
      const step = bp.steps[1];
      assert.strictEqual(textAt(EXAMPLE, step.anchor), 'aanvragen');
      assert.match(textAt(EXAMPLE, step.range), /^id: aanvragen\n[\s\S]*drie werkdagen bericht\."$/);
      assert.strictEqual(textAt(EXAMPLE, step.tasks[1].anchor), 'Zet het contract over');
      assert.match(textAt(EXAMPLE, step.tasks[1].range), /^team: facturatie\n\s+does: Zet het contract over\n\s+handoff: \{[^}]+\}$/);
      assert.strictEqual(textAt(EXAMPLE, step.partners[0].anchor), 'netbeheerder');
      assert.strictEqual(textAt(EXAMPLE, step.systems[0].anchor), 'crm');
    });

    it('find the cell under the editor cursor', () => {
      assert.strictEqual(cellAt(bp, positionOf(EXAMPLE, 'Zet het contract over', 3))?.key, 'task-1-1');
      assert.strictEqual(cellAt(bp, positionOf(EXAMPLE, 'Geeft nieuw adres'))?.key, 'step-1');
      assert.strictEqual(cellAt(bp, positionOf(EXAMPLE, 'partners: [netbeheerder]', 12))?.key, 'partner-1-0');
      // A partner acting in a task counts as the task.
      assert.strictEqual(cellAt(bp, positionOf(EXAMPLE, 'partner: netbeheerder', 10))?.key, 'task-1-2');
      assert.strictEqual(cellAt(bp, positionOf(EXAMPLE, 'journey: Verhuizing')), undefined);
    });

    it('resolve keys to what the editor selects', () => {
      assert.strictEqual(textAt(EXAMPLE, rangeOfKey(bp, 'task-1-0')!), 'Registreert de verhuizing');
      assert.strictEqual(rangeOfKey(bp, 'task-9-9'), undefined);
      assert.strictEqual(stepOfKey(bp, 'task-2-1'), 2);
      assert.strictEqual(textAt(EXAMPLE, rangeOfKey(bp, bp.journeyFindings[0].key)!), 'netbeheerder');
    });
  });

  describe('files that cannot be drawn', () => {
    it('explain broken YAML and keep its findings', async () => {
      const b = await blueprintOf('journey: "unclosed\nsteps: [\n');
      assert.match(b.problem ?? '', /syntax/);
      assert.deepStrictEqual(b.steps, []);
      assert.ok(b.summary.some((c) => c.rule === 'yaml-syntax'));
      assert.ok(b.journeyFindings.length > 0);
    });

    it('say that a catalog is not a journey', async () => {
      const b = await blueprintOf('catalog: C\nteams: { a: {} }\n', {}, path.join(ROOT, 'org.catalog.yaml'));
      assert.match(b.problem ?? '', /not a journey/);
    });

    it('explain it in Dutch when the findings are Dutch', async () => {
      assert.match((await blueprintOf('journey: "unclosed\n', {}, JOURNEY, 'nl')).problem ?? '', /^De YAML bevat syntaxisfouten/);
      assert.match((await blueprintOf('catalog: C\n', {}, path.join(ROOT, 'org.catalog.yaml'), 'nl')).problem ?? '', /geen klantreis/);
    });
  });

  describe('employee journey', () => {
    it('has one lane per actor, front office first, with what each task receives and hands on', () => {
      const lanes = employeeLanes(bp);
      assert.deepStrictEqual(lanes.map((l) => [l.key, l.tasks.map((t) => t.task.key)]), [
        ['team:klantenservice', ['task-0-0', 'task-1-0', 'task-2-0', 'task-2-2']],
        ['team:facturatie', ['task-1-1', 'task-2-1']],
        ['partner:netbeheerder', ['task-1-2']],
      ]);
      const facturatie = lanes[1].tasks[0];
      assert.deepStrictEqual(facturatie.receives, { label: 'Klantenservice', gives: 'nieuw adres en verhuisdatum', within: '1 working day', status: 'clear' });
      assert.deepStrictEqual(facturatie.handsOn, { label: 'Stedin', gives: 'EAN-code en datum', within: '1 working day', status: 'clear' });
      assert.strictEqual(lanes[0].tasks[3].receives?.status, 'pingpong');
      assert.strictEqual(facturatie.stepId, 'aanvragen');
    });
  });

  describe('walkthrough', () => {
    it('gives per step the customer, the process with handoffs, the script, the promise and all findings', () => {
      const w = walkthroughOf(bp);
      assert.strictEqual(w.length, 4);
      assert.strictEqual(w[1].step.customer, 'Geeft nieuw adres en verhuisdatum door in de app');
      assert.deepStrictEqual(w[1].process.map((p) => p.handsOn?.label), ['Facturatie', 'Stedin', undefined]);
      assert.ok(w[1].step.script);
      assert.ok(w[1].step.promise);
      assert.deepStrictEqual(w[2].findings.map((f) => f.rule), ['emotion-low-unaddressed', 'handoff-unclear', 'handoff-unclear', 'handoff-pingpong']);
    });
  });
});
