/**
 * Every kind of quick fix, applied through VS Code as Ctrl+. would: the exact
 * text after, the finding gone, and one undo bringing the text back.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ALL_RULES } from '../../../src/core';
import { closeAll, codeOf, waitForDiagnostics, workspaceFile } from './util';

const HEAD = `journey: Fixes
owner: Ans
need: A need
outcome: An outcome
uses: [org.catalog.yaml]
teams:
  juridisch: { name: Juridisch }
partners:
  drukker:
    name: Drukkerij
    fallback: bellen
steps:
`;

/** A step whose first task hands work over with `handoff`, written as given. */
const HANDOFF = (handoff: string) => `  - id: a\n    customer: Calls\n    channel: telefoon\n    process:\n      - team: klantenservice\n        does: Registers\n        handoff: ${handoff}\n      - team: facturatie\n        does: Bills\n`;

interface Case {
  rule: string;
  title: RegExp;
  steps: string;
  before: string;
  after: string;
  head?: string;
}

const TODAY = new Date().toISOString().slice(0, 10);

const CASES: Case[] = [
  {
    rule: 'fallback-missing', title: /^Add fallback 'telefoon'$/,
    steps: '  - id: a\n    customer: Looks up\n    channel: website\n',
    before: 'channel: website\n', after: 'channel: website\n    fallback: telefoon\n',
  },
  {
    rule: 'handoff-unclear', title: /^Hand the work to 'facturatie'$/,
    steps: HANDOFF('{ to: juridisch, gives: the file, within: 1 day }'),
    before: '{ to: juridisch,', after: '{ to: facturatie,',
  },
  {
    rule: 'handoff-unclear', title: /^Add gives and within to the handoff$/,
    steps: HANDOFF('{ to: facturatie }'),
    before: '{ to: facturatie }', after: '{ to: facturatie, gives: what the receiver needs, within: 1 working day }',
  },
  {
    rule: 'partner-no-fallback', title: /^Add fallback to partner 'drukker'$/,
    head: HEAD.replace('    fallback: bellen\n', '    agreement: A-1\n'),
    // A step with a channel: one the customer lives directly.
    steps: '  - id: a\n    customer: Waits\n    channel: telefoon\n    partners: [drukker]\n',
    before: '    agreement: A-1\n', after: '    agreement: A-1\n    fallback: what happens when the partner fails\n',
  },
  {
    rule: 'review-overdue', title: /^Mark as reviewed today \(\d{4}-\d{2}-\d{2}\)$/,
    head: HEAD.replace('owner: Ans\n', 'owner: Ans\nreviewed: 2020-01-01\n'),
    steps: '  - id: a\n    customer: Reads\n',
    before: 'reviewed: 2020-01-01', after: `reviewed: ${TODAY}`,
  },
  {
    rule: 'unused-suppression', title: /^Remove the unused suppression$/,
    steps: '  - id: a\n    # journey-lens-disable-next-line fallback-missing\n    customer: Calls\n    channel: telefoon\n',
    before: '    # journey-lens-disable-next-line fallback-missing\n', after: '',
  },
  {
    rule: 'unused-suppression', title: /^Change to 'fallback-missing'$/,
    steps: '  - id: a\n    customer: Looks up\n    # journey-lens-disable-next-line fallback-mising\n    channel: website\n',
    before: 'fallback-mising', after: 'fallback-missing',
  },
  { rule: 'unknown-reference', title: /^Change to 'telefoon'$/, steps: '  - id: a\n    customer: Calls\n    channel: telefon\n    process: [{ team: juridisch, does: Answers }]\n', before: 'channel: telefon\n', after: 'channel: telefoon\n' },
  { rule: 'unknown-reference', title: /^Declare team 'inkoop'$/, steps: '  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: inkoop, does: Answers }]\n', before: '  juridisch: { name: Juridisch }\n', after: '  juridisch: { name: Juridisch }\n  inkoop: { name: inkoop }\n' },
  { rule: 'promise-unowned', title: /^Add by and within to the promise$/, steps: '  - id: a\n    customer: Calls\n    channel: telefoon\n    promise: { says: We call back }\n    process: [{ team: juridisch, does: Answers }]\n', before: '{ says: We call back }', after: '{ says: We call back, by: team, within: 3 working days }' },
  { rule: 'owner-missing', title: /^Add an owner$/, head: HEAD.replace('owner: Ans\n', ''), steps: '  - id: a\n    customer: Reads\n', before: 'journey: Fixes\n', after: 'journey: Fixes\nowner: journey manager\n' },
  { rule: 'partner-no-agreement', title: /^Add agreement to partner 'drukker'$/, steps: '  - id: a\n    customer: Waits\n    partners: [drukker]\n', before: '    fallback: bellen\n', after: '    fallback: bellen\n    agreement: contract or agreement reference\n' },
  {
    rule: 'promise-at-risk', title: /^Promise 2 days: what the process takes$/,
    steps: '  - id: a\n    customer: Asks for a refund\n    channel: telefoon\n    promise: { says: Refund, by: facturatie, within: 1 day }\n    process:\n      - team: klantenservice\n        does: Registers\n        handoff: { to: facturatie, gives: the request, within: 2 working days }\n      - team: facturatie\n        does: Pays\n',
    before: 'within: 1 day }', after: 'within: 2 days }',
  },
  {
    rule: 'asked-twice', title: /^Remove the repeated ask$/,
    steps: '  - id: a\n    customer: Calls\n    channel: telefoon\n    asks: [klantnummer]\n  - id: b\n    customer: Writes\n    channel: telefoon\n    asks: [adres, klantnummer]\n',
    before: '[adres, klantnummer]', after: '[adres]',
  },
  {
    rule: 'emotion-low-unaddressed', title: /^Add a pain and an idea to the step$/,
    steps: '  - id: a\n    customer: Waits\n    emotion: -2\n    channel: telefoon\n',
    before: 'emotion: -2\n', after: 'emotion: -2\n    pain: what hurts here\n    idea: what could help\n',
  },
  {
    rule: 'duplicate-id', title: /^Rename this step to 'a-2'$/,
    steps: '  - id: a\n    customer: Calls\n    channel: telefoon\n  - id: a\n    customer: Calls again\n    channel: telefoon\n',
    before: '  - id: a\n    customer: Calls again', after: '  - id: a-2\n    customer: Calls again',
  },
  {
    rule: 'duplicate-id', title: /^Remove this declaration and use the catalog's 'telefoon'$/,
    head: HEAD.replace('teams:\n', 'channels:\n  telefoon: { kind: phone }\nteams:\n'),
    steps: '  - id: a\n    customer: Calls\n    channel: telefoon\n',
    before: 'channels:\n  telefoon: { kind: phone }\n', after: '',
  },
  {
    rule: 'schema', title: /^Put 'adres, EAN-code en tijdstip' in quotes, as one value$/,
    steps: HANDOFF('{ to: facturatie, gives: adres, EAN-code en tijdstip, within: 1 day }'),
    before: 'gives: adres, EAN-code en tijdstip,', after: 'gives: "adres, EAN-code en tijdstip",',
  },
  {
    rule: 'schema', title: /^Write it in block style, one key per line$/,
    steps: HANDOFF('{ to: facturatie, gives: adres, EAN-code en tijdstip, within: 1 day }'),
    before: ' { to: facturatie, gives: adres, EAN-code en tijdstip, within: 1 day }', after: '\n          to: facturatie\n          gives: adres, EAN-code en tijdstip\n          within: 1 day',
  },
  {
    rule: 'yaml-syntax', title: /^Put 'Note: the address' in quotes, as one value$/,
    steps: HANDOFF('{ to: facturatie, gives: Note: the address, within: 1 day }'),
    before: 'gives: Note: the address,', after: 'gives: "Note: the address",',
  },
  {
    rule: 'unused-suppression', title: /^Move the suppression to just above line 16$/,
    steps: '  # journey-lens-disable-next-line fallback-missing\n  - id: a\n    customer: Looks up\n    channel: website\n',
    before: '  # journey-lens-disable-next-line fallback-missing\n  - id: a\n    customer: Looks up\n', after: '  - id: a\n    customer: Looks up\n    # journey-lens-disable-next-line fallback-missing\n',
  },
];

/** Checks whose fixes need more than a journey, and the suite that applies them. */
const ELSEWHERE: Record<string, string> = {
  'evidence-unmapped': 'evidence.test.ts (needs a log)',
  'evidence-unknown-activity': 'evidence.test.ts (needs a log)',
};

describe('every quick fix, through VS Code', () => {
  afterEach(closeAll);

  it('has a case for every check that offers a fix of its own', () => {
    const fixing = ALL_RULES.filter((r) => r.fixes).map((r) => r.id);
    const covered = new Set([...CASES.map((c) => c.rule), ...Object.keys(ELSEWHERE)]);
    assert.deepStrictEqual(fixing.filter((id) => !covered.has(id)), []);
  });

  CASES.forEach((c, i) => {
    it(`${c.rule}: ${c.title.source}`, async () => {
      const uri = workspaceFile(`fix-${i}.journey.yaml`);
      const text = (c.head ?? HEAD) + c.steps;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === c.rule));
      const d = ds.find((x) => codeOf(x) === c.rule)!;
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      const fix = actions.find((a) => c.title.test(a.title));
      assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.strictEqual(editor.document.getText(), text.replace(c.before, c.after));
      await waitForDiagnostics(uri, (ds) => !ds.some((x) => codeOf(x) === c.rule));
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), text);
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    });
  });

  it('promise-at-risk: goes to the slowest part of the process', async () => {
    const uri = workspaceFile('fix-slowest.journey.yaml');
    const text = HEAD + CASES.find((c) => c.rule === 'promise-at-risk')!.steps;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'promise-at-risk'));
    const d = ds.find((x) => codeOf(x) === 'promise-at-risk')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const go = actions.find((a) => a.title === "Go to the slowest part: Handoff to 'facturatie' within 2 working days");
    assert.ok(go?.command && !go.edit, actions.map((a) => a.title).join(' | '));
    // The cursor is on the handoff's `within`, a few lines below the promise.
    const moved = new Promise<vscode.TextEditorSelectionChangeEvent>((resolve) => {
      const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
        sub.dispose();
        resolve(e);
      });
    });
    await vscode.commands.executeCommand(go.command.command, ...(go.command.arguments ?? []));
    const e = await moved;
    const line = text.split('\n').findIndex((l) => l.includes('within: 2 working days'));
    assert.strictEqual(e.textEditor.document.uri.toString(), uri.toString());
    assert.deepStrictEqual([e.selections[0].start.line, e.textEditor.document.getText(e.selections[0])], [line, '2 working days']);
    await closeAll();
    await vscode.workspace.fs.delete(uri);
  });
});
