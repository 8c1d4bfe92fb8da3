/**
 * What may be typed at a cursor: which key the cursor is under and what kind
 * of id belongs there. Works on the raw text, because while the user types
 * the YAML is often incomplete (`channel: ` with nothing after it yet).
 */
import { describeDeclaration, describeTexts } from './describe';
import type { Language } from '../i18n/language';
import type { Journey } from '../model/model';
import { TARGETS_BY_KEY, type RefTarget } from '../model/references';
import type { Scope } from '../model/scope';

export interface CompletionContext {
  key: string;
  targets: readonly RefTarget[];
  /** The part of the id typed so far. */
  prefix: string;
}

const BLOCK_KEY = /^\s*(?:-\s+)*([A-Za-z][\w-]*)\s*:\s*(.*)$/;
const FLOW_KEY = /[{,]\s*([A-Za-z][\w-]*)\s*:\s*([^,{}]*)$/;
const LIST_ITEM = /^(\s*)-\s+([^:]*)$/;

export function completionContextAt(text: string, offset: number): CompletionContext | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const before = text.slice(lineStart, offset);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined;
  const flow = FLOW_KEY.exec(before);
  const block = BLOCK_KEY.exec(before);
  const m = flow ?? block;
  if (m) return contextFor(m[1], m[2]);
  const item = LIST_ITEM.exec(before);
  if (item) {
    const parent = parentKey(text, lineStart, item[1].length);
    if (parent) return contextFor(parent, item[2]);
  }
  return undefined;
}

function contextFor(key: string, value: string): CompletionContext | undefined {
  const targets = TARGETS_BY_KEY[key];
  if (!targets) return undefined;
  // In a flow list (`[a, b`) only the item being typed counts.
  const prefix = value.split(/[[,]/).pop()!.trim().replace(/^["']/, '');
  if (/[\]}]/.test(prefix)) return undefined;
  return { key, targets, prefix };
}

/** The key of the nearest less-indented line above that opens a block (`key:`). */
function parentKey(text: string, lineStart: number, indent: number): string | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    const own = line.match(/^\s*/)![0].length;
    if (line.trim() !== '' && own <= indent && !/^\s*-\s/.test(line.slice(0, own + 2))) {
      const m = /^\s*(?:-\s+)*([A-Za-z][\w-]*)\s*:\s*$/.exec(line);
      return m ? m[1] : undefined;
    }
    if (line.trim() !== '' && own < indent) return undefined;
    end = start - 1;
  }
  return undefined;
}

export interface CompletionCandidate {
  id: string;
  target: RefTarget;
  /** One line: name and kind, e.g. "Klantenservice · front-office team". */
  detail: string;
}

export function completionCandidates(targets: readonly RefTarget[], journey: Journey | undefined, scope: Scope | undefined, language: Language = 'en'): CompletionCandidate[] {
  const t = describeTexts(language);
  const out: CompletionCandidate[] = [];
  for (const target of targets) {
    if (target === 'stage') {
      for (const s of journey?.stages ?? []) out.push({ id: s.text, target, detail: t.stage });
    } else if (target === 'step') {
      for (const s of journey?.steps ?? []) if (s.id) out.push({ id: s.id.id, target, detail: t.step(s.customer) });
    } else if (scope) {
      for (const id of scope.ids(target)) {
        const d = scope.get(target, id);
        out.push({ id, target, detail: d ? describeDeclaration(d, language) : target });
      }
    }
  }
  return out;
}
