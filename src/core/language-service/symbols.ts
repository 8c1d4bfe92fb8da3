/**
 * Where ids are declared and used in one file, as offsets: the basis of go to
 * definition, find references, rename and hover.
 */
import type { Document } from 'yaml';
import { spanOf, type Span } from '../yaml/locate';
import type { Catalog, Declarations, Journey } from '../model/model';
import { referencesOf, type RefTarget } from '../model/references';

export interface Occurrence {
  target: RefTarget;
  id: string;
  span: Span;
  declaration: boolean;
}

function declarationOccurrences(decls: Declarations, doc: Document.Parsed | undefined): Occurrence[] {
  const out: Occurrence[] = [];
  for (const kind of ['channel', 'team', 'system', 'partner'] as const) {
    for (const d of decls[kind].values()) out.push({ target: kind, id: d.id, span: spanOf(doc, d.path, 'key'), declaration: true });
  }
  return out;
}

export function journeyOccurrences(j: Journey, doc: Document.Parsed | undefined): Occurrence[] {
  const out = declarationOccurrences(j.declarations, doc);
  for (const s of j.stages) out.push({ target: 'stage', id: s.text, span: spanOf(doc, s.path), declaration: true });
  for (const s of j.steps) if (s.id) out.push({ target: 'step', id: s.id.id, span: spanOf(doc, s.id.path), declaration: true });
  for (const r of referencesOf(j)) {
    // A `to` may name a team or a partner: record it as whichever is declared.
    out.push({ target: r.targets[0], id: r.ref.id, span: spanOf(doc, r.ref.path), declaration: false });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function catalogOccurrences(c: Catalog, doc: Document.Parsed | undefined): Occurrence[] {
  return declarationOccurrences(c.declarations, doc);
}

/** The occurrence under an offset (the cursor may stand just after the id). */
export function occurrenceAt(occurrences: readonly Occurrence[], offset: number): Occurrence | undefined {
  return occurrences.find((o) => o.span.start <= offset && offset <= o.span.end);
}

/** Whether two occurrences are about the same thing (a `to` matches a team or a partner). */
export function sameSymbol(a: { target: RefTarget; id: string }, b: { target: RefTarget; id: string }): boolean {
  if (a.id !== b.id) return false;
  const actor = (t: RefTarget) => t === 'team' || t === 'partner';
  return a.target === b.target || (actor(a.target) && actor(b.target));
}
