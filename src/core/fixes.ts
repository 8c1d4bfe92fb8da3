/**
 * Quick fixes as plain text edits, computed by the engine so the editor and
 * the tests share them. Placeholders use snippet syntax (${1:text}) where the
 * user should type; `snippet` says so, and `plainText` renders them away.
 */
import type { Analysis } from './check';
import { addKey, addNestedKey, commentAbove, replaceScalar, type EditableDoc, type TextEdit } from './edits';
import type { Path } from './locate';
import { humanChannels } from './rules/fallback-missing';
import type { Finding } from './types';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The edit text contains snippet placeholders. */
  snippet: boolean;
  /** The fix a user most probably wants (Ctrl+. then Enter, or auto-fix). */
  preferred?: boolean;
}

type FixMaker = (f: Finding, a: Analysis, d: EditableDoc, path: Path) => Fix[];

const one = (title: string, edit: TextEdit | undefined, snippet = false, preferred = false): Fix[] =>
  edit ? [{ title, edits: [edit], snippet, preferred }] : [];

const FIXES: Record<string, FixMaker> = {
  'fallback-missing': (_f, a, d, path) => {
    const scope = a.scope;
    if (!scope) return [];
    const human = humanChannels(scope);
    const choices = human.length > 0 ? human : ['phone'];
    const stepPath = path.slice(0, -1);
    return choices.flatMap((id, i) => one(`Add fallback '${id}'`, addKey(d, stepPath, 'fallback', id, 'channel'), false, i === 0));
  },
  'handoff-unclear': (f, _a, d, path) => {
    const missing = f.data?.missing ?? [];
    const to = f.data?.nextActor;
    if (f.data?.suggestion) return one(`Hand the work to '${f.data.suggestion}'`, replaceScalar(d, path, f.data.suggestion), false, true);
    if (missing.length === 3 && to) {
      const taskPath = path[path.length - 1] === 'team' || path[path.length - 1] === 'partner' ? path.slice(0, -1) : path;
      const value = `{ to: ${to}, gives: \${1:what ${to} needs}, within: \${2:1 working day} }`;
      return one(`Write out the handoff to '${to}'`, addKey(d, taskPath, 'handoff', value), true, true);
    }
    const edits = missing.map((k, i) => addKey(d, path, k, k === 'to' ? (to ?? `\${${i + 1}:team}`) : k === 'gives' ? `\${${i + 1}:what the receiver needs}` : `\${${i + 1}:1 working day}`));
    const valid = edits.filter((e): e is TextEdit => !!e);
    // Several keys added to one flow mapping land at one offset: merge them in order.
    return valid.length ? [{ title: `Add ${missing.join(' and ')} to the handoff`, edits: [mergeAtSameOffset(valid)], snippet: true, preferred: true }] : [];
  },
  'unknown-reference': (f, a, d, path) => {
    const out: Fix[] = [];
    const { suggestion, id, kind } = f.data ?? {};
    if (suggestion) out.push(...one(`Change to '${suggestion}'`, replaceScalar(d, path, suggestion), false, true));
    if (id && (kind === 'channel' || kind === 'team' || kind === 'partner' || kind === 'system') && a.journey) {
      const section = `${kind}s`;
      const value = kind === 'channel' ? '{ kind: ${1|other,web,app,email,phone,chat,store,visit|} }' : `{ name: \${1:${id}} }`;
      const edit = a.journey.declarations[kind].size > 0 || hasKey(d, section) ? addKey(d, [section], id, value) : addNestedKey(d, section, id, value);
      out.push(...one(`Declare ${kind} '${id}'`, edit, true));
    }
    return out;
  },
  'partner-no-agreement': (f, a, d) => partnerKey(f, a, d, 'agreement', 'contract or agreement reference'),
  'partner-no-fallback': (f, a, d) => partnerKey(f, a, d, 'fallback', 'what happens when the partner fails'),
  'promise-unowned': (f, _a, d, path) => {
    const missing = f.data?.missing ?? [];
    const edits = missing.map((k, i) => addKey(d, path, k, k === 'by' ? `\${${i + 1}:team}` : `\${${i + 1}:3 working days}`)).filter((e): e is TextEdit => !!e);
    return edits.length ? [{ title: `Add ${missing.join(' and ')} to the promise`, edits: [mergeAtSameOffset(edits)], snippet: true, preferred: true }] : [];
  },
  'owner-missing': (_f, _a, d) => one('Add an owner', addKey(d, [], 'owner', '${1:journey manager}', 'journey'), true, true),
  'review-overdue': (_f, a, d, path) => {
    const today = new Date().toISOString().slice(0, 10);
    return a.journey?.reviewed ? one(`Mark as reviewed today (${today})`, replaceScalar(d, path, today)) : [];
  },
  'unused-suppression': (f, _a, d) => {
    // Remove the id from the comment (with the space before it).
    const start = d.lines.offsetAt(f.range.start);
    const end = d.lines.offsetAt(f.range.end);
    const edits: Fix[] = [{ title: 'Remove the unused suppression', edits: [{ start: d.text[start - 1] === ' ' ? start - 1 : start, end, newText: '' }], snippet: false, preferred: true }];
    if (f.data?.suggestion) edits.unshift({ title: `Change to '${f.data.suggestion}'`, edits: [{ start, end, newText: f.data.suggestion }], snippet: false, preferred: true });
    return edits;
  },
};

function hasKey(d: EditableDoc, key: string): boolean {
  return new RegExp(`^${key}\\s*:`, 'm').test(d.text);
}

function partnerKey(f: Finding, a: Analysis, d: EditableDoc, key: string, placeholder: string): Fix[] {
  const id = f.data?.id;
  const partner = id ? a.journey?.declarations.partner.get(id) : undefined;
  // Partners declared in a catalog are fixed there (go to definition), not from the journey.
  if (!partner) return [];
  return one(`Add ${key} to partner '${id}'`, addKey(d, partner.path, key, `\${1:${placeholder}}`), true, true);
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
  const specific = FIXES[finding.rule]?.(finding, analysis, d, path) ?? [];
  const suppress: Fix[] = finding.rule === 'unused-suppression' ? [] : [{
    title: `Suppress '${finding.rule}' on this line`,
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
