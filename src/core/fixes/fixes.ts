/**
 * Quick fixes as plain text edits, computed by the engine so the editor and
 * the tests share them. Placeholders use snippet syntax (${1:text}) where the
 * user should type; `snippet` says so, and `plainText` renders them away.
 */
import type { Analysis } from '../engine/check';
import { addKey, addKeyWithEntries, addNestedKey, commentAbove, removeEntry, replaceScalar, type EditableDoc, type TextEdit } from './edits';
import type { Path } from '../yaml/locate';
import { colonValueRepair, splitValueRepair, type FlowValueRepair } from './flow-value-repair';
import { humanChannels } from '../rules/fallback/human-channels';
import type { Finding, Position, RelatedLocation } from '../engine/types';
import { dutchNoun } from '../i18n/dutch-nouns';
import { capital, type Texts } from '../i18n/language';
import { unknownActivityFixes, unmappedFixes } from '../evidence/authoring/fixes';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The edit text contains snippet placeholders. */
  snippet: boolean;
  /** The fix a user most probably wants (Ctrl+. then Enter, or auto-fix). */
  preferred?: boolean;
  /**
   * Edits in another file (a catalog), plain text: the editor asks the user
   * to confirm them (VS Code's refactor preview) instead of applying them
   * unseen, and `edits` may then be empty.
   */
  elsewhere?: { file: string; edits: PlacedEdit[] };
  /** No edit: the fix shows a place for the user to change (`edits` is then empty). */
  reveal?: RelatedLocation;
}

/** An edit by line and character, for a file whose text the editor has not opened. */
export interface PlacedEdit {
  start: Position;
  end: Position;
  newText: string;
}

type FixMaker = (f: Finding, a: Analysis, d: EditableDoc, path: Path, t: FixTexts) => Fix[];

/** Quick fix titles, and the placeholder text they insert, in the analysis's language. */
interface FixTexts {
  addFallback: (id: string) => string; handTo: (id: string) => string; writeHandoff: (to: string) => string;
  addTo: (keys: readonly string[], where: 'handoff' | 'promise') => string; changeTo: (id: string) => string;
  declare: (kind: string, id: string) => string; declareIn: (kind: string, id: string, catalog: string) => string; addOwner: string; reviewedToday: (date: string) => string;
  removeSuppression: string; addToPartner: (key: string, id: string) => string; suppress: (rule: string) => string;
  whatNeeds: (to: string) => string; oneWorkingDay: string; whatReceiverNeeds: string; threeWorkingDays: string;
  journeyManager: string; agreement: string; partnerFails: string;
  promiseWithin: (within: string) => string; removeAsk: string; addPainIdea: string; whatHurts: string; whatHelps: string;
  useCatalogs: (id: string) => string; renameStep: (id: string) => string; quoteValue: (value: string) => string; blockStyle: string; moveSuppression: (line: number) => string; openSlowest: (part: string) => string;
}

const TEXT: Texts<FixTexts> = {
  en: {
    addFallback: (id) => `Add fallback '${id}'`,
    handTo: (id) => `Hand the work to '${id}'`,
    writeHandoff: (to) => `Write out the handoff to '${to}'`,
    addTo: (keys, where) => `Add ${keys.join(' and ')} to the ${where}`,
    changeTo: (id) => `Change to '${id}'`,
    declare: (kind, id) => `Declare ${kind} '${id}'`,
    declareIn: (kind, id, catalog) => `Declare ${kind} '${id}' in ${catalog}`,
    addOwner: 'Add an owner',
    reviewedToday: (date) => `Mark as reviewed today (${date})`,
    removeSuppression: 'Remove the unused suppression',
    addToPartner: (key, id) => `Add ${key} to partner '${id}'`,
    suppress: (rule) => `Suppress '${rule}' on this line`,
    whatNeeds: (to) => `what ${to} needs`,
    oneWorkingDay: '1 working day',
    whatReceiverNeeds: 'what the receiver needs',
    threeWorkingDays: '3 working days',
    journeyManager: 'journey manager',
    agreement: 'contract or agreement reference',
    partnerFails: 'what happens when the partner fails',
    promiseWithin: (within) => `Promise ${within}: what the process takes`,
    removeAsk: 'Remove the repeated ask',
    addPainIdea: 'Add a pain and an idea to the step',
    whatHurts: 'what hurts here',
    whatHelps: 'what could help',
    useCatalogs: (id) => `Remove this declaration and use the catalog's '${id}'`,
    renameStep: (id) => `Rename this step to '${id}'`,
    quoteValue: (value) => `Put '${value}' in quotes, as one value`,
    blockStyle: 'Write it in block style, one key per line',
    moveSuppression: (line) => `Move the suppression to just above line ${line}`,
    openSlowest: (part) => `Go to the slowest part: ${part}`,
  },
  nl: {
    addFallback: (id) => `Uitwijkkanaal '${id}' toevoegen`,
    handTo: (id) => `Het werk aan '${id}' geven`,
    writeHandoff: (to) => `De overdracht aan '${to}' uitschrijven`,
    addTo: (keys, where) => `${keys.join(' en ')} aan de ${where === 'handoff' ? 'overdracht' : 'belofte'} toevoegen`,
    changeTo: (id) => `Wijzigen in '${id}'`,
    declare: (kind, id) => `${capital(dutchNoun(kind).noun)} '${id}' declareren`,
    declareIn: (kind, id, catalog) => `${capital(dutchNoun(kind).noun)} '${id}' declareren in ${catalog}`,
    addOwner: 'Een eigenaar toevoegen',
    reviewedToday: (date) => `Markeren als vandaag beoordeeld (${date})`,
    removeSuppression: 'De ongebruikte onderdrukking verwijderen',
    addToPartner: (key, id) => `${key} aan partner '${id}' toevoegen`,
    suppress: (rule) => `'${rule}' op deze regel onderdrukken`,
    whatNeeds: (to) => `wat ${to} nodig heeft`,
    oneWorkingDay: '1 werkdag',
    whatReceiverNeeds: 'wat de ontvanger nodig heeft',
    threeWorkingDays: '3 werkdagen',
    journeyManager: 'journeymanager',
    agreement: 'contract of kenmerk van de afspraak',
    partnerFails: 'wat er gebeurt als de partner uitvalt',
    promiseWithin: (within) => `${capital(within)} beloven: wat het proces nodig heeft`,
    removeAsk: 'De herhaalde vraag verwijderen',
    addPainIdea: 'Een pijnpunt en een idee aan de stap toevoegen',
    whatHurts: 'wat hier pijn doet',
    whatHelps: 'wat zou helpen',
    useCatalogs: (id) => `Deze declaratie verwijderen en '${id}' uit de catalogus gebruiken`,
    renameStep: (id) => `Deze stap hernoemen naar '${id}'`,
    quoteValue: (value) => `'${value}' tussen aanhalingstekens zetten, als één waarde`,
    blockStyle: 'In blokstijl schrijven, één sleutel per regel',
    moveSuppression: (line) => `De onderdrukking direct boven regel ${line} zetten`,
    openSlowest: (part) => `Naar het traagste deel: ${part}`,
  },
};

const one = (title: string, edit: TextEdit | undefined, snippet = false, preferred = false): Fix[] =>
  edit ? [{ title, edits: [edit], snippet, preferred }] : [];

const FIXES: Record<string, FixMaker> = {
  'fallback-missing': (_f, a, d, path, t) => {
    const scope = a.scope;
    if (!scope) return [];
    const human = humanChannels(scope);
    const choices = human.length > 0 ? human : ['phone'];
    const stepPath = path.slice(0, -1);
    return choices.flatMap((id, i) => one(t.addFallback(id), addKey(d, stepPath, 'fallback', id, 'channel'), false, i === 0));
  },
  'handoff-unclear': (f, _a, d, path, t) => {
    const missing = f.data?.missing ?? [];
    const to = f.data?.nextActor;
    if (f.data?.suggestion) return one(t.handTo(f.data.suggestion), replaceScalar(d, path, f.data.suggestion), false, true);
    if (missing.length === 3 && to) {
      const taskPath = path[path.length - 1] === 'team' || path[path.length - 1] === 'partner' ? path.slice(0, -1) : path;
      const entries: [string, string][] = [['to', to], ['gives', `\${1:${t.whatNeeds(to)}}`], ['within', `\${2:${t.oneWorkingDay}}`]];
      return one(t.writeHandoff(to), addKeyWithEntries(d, taskPath, 'handoff', entries), true, true);
    }
    const edits = missing.map((k, i) => addKey(d, path, k, k === 'to' ? (to ?? `\${${i + 1}:team}`) : k === 'gives' ? `\${${i + 1}:${t.whatReceiverNeeds}}` : `\${${i + 1}:${t.oneWorkingDay}}`));
    const valid = edits.filter((e): e is TextEdit => !!e);
    // Several keys added to one flow mapping land at one offset: merge them in order.
    return valid.length ? [{ title: t.addTo(missing, 'handoff'), edits: [mergeAtSameOffset(valid)], snippet: true, preferred: true }] : [];
  },
  'unknown-reference': (f, a, d, path, t) => {
    const out: Fix[] = [];
    const { suggestion, id, kinds = [] } = f.data ?? {};
    if (suggestion) out.push(...one(t.changeTo(suggestion), replaceScalar(d, path, suggestion), false, true));
    // One "Declare" per kind the reference may name: a handoff's `to` can be a team or a partner.
    const journey = a.journey;
    if (id && journey) for (const kind of kinds) {
      const value = kind === 'channel' ? '{ kind: ${1|other,web,app,email,phone,chat,store,visit|} }' : `{ name: \${1:${id}} }`;
      out.push(...one(t.declare(kind, id), declareIn(d, journey.declarations[kind].size > 0, kind, id, value), true));
      out.push(...declareInCatalogs(a, kind, id, t));
    }
    return out;
  },
  'partner-no-agreement': (f, a, d, _path, t) => partnerKey(f, a, d, 'agreement', t.agreement, t),
  'partner-no-fallback': (f, a, d, _path, t) => partnerKey(f, a, d, 'fallback', t.partnerFails, t),
  'promise-unowned': (f, _a, d, path, t) => {
    const missing = f.data?.missing ?? [];
    const edits = missing.map((k, i) => addKey(d, path, k, k === 'by' ? `\${${i + 1}:team}` : `\${${i + 1}:${t.threeWorkingDays}}`)).filter((e): e is TextEdit => !!e);
    return edits.length ? [{ title: t.addTo(missing, 'promise'), edits: [mergeAtSameOffset(edits)], snippet: true, preferred: true }] : [];
  },
  'owner-missing': (_f, _a, d, _path, t) => one(t.addOwner, addKey(d, [], 'owner', `\${1:${t.journeyManager}}`, 'journey'), true, true),
  'review-overdue': (_f, a, d, path, t) => {
    const today = new Date().toISOString().slice(0, 10);
    return a.journey?.reviewed ? one(t.reviewedToday(today), replaceScalar(d, path, today)) : [];
  },
  'evidence-unmapped': (f, a, d) => unmappedFixes(f, a, d, a.language),
  'evidence-unknown-activity': (f, a, d, path) => unknownActivityFixes(f, a, d, path, a.language),
  // The promise as long as the process behind it (the rule's total); the parts are its related locations.
  'promise-at-risk': (f, _a, d, path, t) => {
    const within = f.data?.suggestion;
    const slowest = f.data?.slowest !== undefined ? f.related[f.data.slowest] : undefined;
    return [
      ...(within ? one(t.promiseWithin(within), replaceScalar(d, path, within)) : []),
      // Or make the process faster where it loses the most time.
      ...(slowest ? [{ title: t.openSlowest(slowest.message), edits: [], snippet: false, reveal: slowest }] : []),
    ];
  },
  'asked-twice': (_f, _a, d, path, t) => one(t.removeAsk, removeEntry(d, path), false, true),
  'emotion-low-unaddressed': (_f, _a, d, path, t) => {
    const step = path.slice(0, -1);
    const edits = [addKey(d, step, 'pain', `\${1:${t.whatHurts}}`, 'emotion'), addKey(d, step, 'idea', `\${2:${t.whatHelps}}`, 'emotion')];
    return edits[0] && edits[1] ? [{ title: t.addPainIdea, edits: [mergeAtSameOffset([edits[0], edits[1]])], snippet: true, preferred: true }] : [];
  },
  'duplicate-id': (f, a, d, path, t) => {
    const { id, kind, suggestion } = f.data ?? {};
    if (kind === 'step' && suggestion) return one(t.renameStep(suggestion), replaceScalar(d, path, suggestion), false, true);
    // A redeclaration of a catalog's id: the journey's references then resolve to the catalog's.
    const inCatalog = id !== undefined && a.scope?.catalogs.some((c) => c.channel.has(id) || c.team.has(id) || c.system.has(id) || c.partner.has(id));
    return inCatalog ? one(t.useCatalogs(id), removeEntry(d, path), false, true) : [];
  },
  // Free text split at a comma inside `{ … }`: the schema reports its tail as an unknown key.
  schema: (_f, _a, d, path, t) => flowValueFixes(splitValueRepair(d, path), t),
  // Free text with `: ` inside `{ … }`: a syntax error at the value.
  'yaml-syntax': (f, _a, d, _path, t) => flowValueFixes(colonValueRepair(d, d.lines.offsetAt(f.range.start)), t),
  'unused-suppression': (f, _a, d, _path, t) => {
    // Remove the id from the comment (with the space before it).
    const start = d.lines.offsetAt(f.range.start);
    const end = d.lines.offsetAt(f.range.end);
    const edits: Fix[] = [{ title: t.removeSuppression, edits: [{ start: d.text[start - 1] === ' ' ? start - 1 : start, end, newText: '' }], snippet: false, preferred: true }];
    if (f.data?.suggestion) edits.unshift({ title: t.changeTo(f.data.suggestion), edits: [{ start, end, newText: f.data.suggestion }], snippet: false, preferred: true });
    if (f.data?.line !== undefined) edits.unshift(...moveSuppression(d, start, end, f.data.line, t));
    return edits;
  },
};

/** `id: value` in the file's `<kind>s` map, which is started when the file has none. */
function declareIn(d: EditableDoc, declaresKind: boolean, kind: string, id: string, value: string): TextEdit | undefined {
  const section = `${kind}s`;
  return declaresKind || hasKey(d, section) ? addKey(d, [section], id, value) : addNestedKey(d, section, id, value);
}

function hasKey(d: EditableDoc, key: string): boolean {
  return new RegExp(`^${key}\\s*:`, 'm').test(d.text);
}

function partnerKey(f: Finding, a: Analysis, d: EditableDoc, key: string, placeholder: string, t: FixTexts): Fix[] {
  const id = f.data?.id;
  const partner = id ? a.journey?.declarations.partner.get(id) : undefined;
  // Partners declared in a catalog are fixed there (go to definition), not from the journey.
  if (!partner) return [];
  return one(t.addToPartner(key, partner.id), addKey(d, partner.path, key, `\${1:${placeholder}}`), true, true);
}

/** "Declare team 'x' in <catalog>", for each catalog the journey uses that was read whole. */
function declareInCatalogs(a: Analysis, kind: 'channel' | 'team' | 'partner' | 'system', id: string, t: FixTexts): Fix[] {
  // Written as plain YAML into another file: only ids that need no quoting.
  if (!/^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(id)) return [];
  const value = kind === 'channel' ? '{ kind: other }' : `{ name: ${id} }`;
  return a.catalogs.flatMap((c) => {
    if (c.status !== 'ok') return [];
    const d: EditableDoc = { text: c.source.lines.text, doc: c.source.doc, lines: c.source.lines };
    const edit = declareIn(d, c.catalog.declarations[kind].size > 0, kind, id, value);
    if (!edit) return [];
    const placed = { start: d.lines.positionAt(edit.start), end: d.lines.positionAt(edit.end), newText: edit.newText };
    const name = c.file.split(/[\\/]/).pop() ?? c.file;
    return [{ title: t.declareIn(kind, id, name), edits: [], snippet: false, elsewhere: { file: c.file, edits: [placed] } }];
  });
}

/**
 * A `disable-next-line` comment one or more lines above the finding it is
 * meant for: the comment moves to just above that line (reason and all) when
 * it names only this check; otherwise this check leaves it for a comment of
 * its own there.
 */
function moveSuppression(d: EditableDoc, idStart: number, idEnd: number, target: number, t: FixTexts): Fix[] {
  if (target >= d.lines.lineCount) return [];
  const line = d.lines.positionAt(idStart).line;
  const lineStart = d.lines.lineStart(line);
  const content = d.text.slice(lineStart, d.lines.lineEnd(line));
  const hash = content.indexOf('#');
  const id = d.text.slice(idStart, idEnd);
  const args = content.slice(content.indexOf('disable-next-line') + 'disable-next-line'.length).split(/\s--(?:\s|$)/)[0];
  const alone = hash >= 0 && content.slice(0, hash).trim() === '' && args.trim() === id;
  const above = commentAbove(d, d.lines.lineStart(target), alone ? content.slice(hash + 1).trimStart() : `journey-lens-disable-next-line ${id}`);
  const next = line + 1 < d.lines.lineCount ? d.lines.lineStart(line + 1) : d.text.length;
  const remove: TextEdit = alone ? { start: lineStart, end: next, newText: '' } : { start: d.text[idStart - 1] === ' ' ? idStart - 1 : idStart, end: idEnd, newText: '' };
  return [{ title: t.moveSuppression(target + 1), edits: [remove, above], snippet: false, preferred: true }];
}

function flowValueFixes(repair: FlowValueRepair | undefined, t: FixTexts): Fix[] {
  if (!repair) return [];
  return [...one(t.quoteValue(repair.value), repair.quoted, false, true), ...one(t.blockStyle, repair.block)];
}

/** Combines insertions at one offset into one edit, keeping their order. */
function mergeAtSameOffset(edits: TextEdit[]): TextEdit {
  if (edits.every((e) => e.start === edits[0].start && e.end === e.start)) {
    return { start: edits[0].start, end: edits[0].end, newText: edits.map((e) => e.newText).join('') };
  }
  return edits[0];
}

/** Quick fixes for one finding, plus "suppress" for every finding. */
export function fixesFor(finding: Finding, analysis: Analysis): Fix[] {
  const d: EditableDoc = { text: analysis.parsed.text, doc: analysis.parsed.doc, lines: analysis.parsed.lines };
  const path = finding.data?.path ?? [];
  const t = TEXT[analysis.language];
  const specific = FIXES[finding.rule]?.(finding, analysis, d, path, t) ?? [];
  const suppress: Fix[] = finding.rule === 'unused-suppression' ? [] : [{
    title: t.suppress(finding.rule),
    edits: [commentAbove(d, d.lines.offsetAt(finding.range.start), `journey-lens-disable-next-line ${finding.rule}`)],
    snippet: false,
  }];
  return [...specific, ...suppress];
}

/** The text a snippet inserts when the user accepts every placeholder as is. */
export function plainText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}
