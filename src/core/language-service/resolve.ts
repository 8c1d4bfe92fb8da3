/**
 * From a cursor to a symbol and its declaration, in this file or in a
 * catalog: go to definition, find references and rename all start here.
 */
import type { Analysis } from '../engine/check';
import { spanOf, type Span } from '../yaml/locate';
import { readCatalog } from '../model/model';
import type { RefTarget } from '../model/references';
import { catalogOccurrences, journeyOccurrences, occurrenceAt, sameSymbol, type Occurrence } from './symbols';

export interface SymbolRef {
  target: RefTarget;
  id: string;
}

export interface Place {
  file: string;
  span: Span;
}

function occurrencesOf(a: Analysis): Occurrence[] {
  if (a.kind === 'journey' && a.journey) return journeyOccurrences(a.journey, a.parsed.doc);
  if (a.kind === 'catalog') return catalogOccurrences(readCatalog(a.parsed.value, ''), a.parsed.doc);
  return [];
}

export function symbolAt(a: Analysis, offset: number): Occurrence | undefined {
  return occurrenceAt(occurrencesOf(a), offset);
}

/** Where a symbol seen in this file is declared (undefined when it is not). */
export function declarationOf(a: Analysis, file: string, sym: SymbolRef): Place | undefined {
  if (a.kind === 'catalog') {
    const own = occurrencesOf(a).find((o) => o.declaration && sameSymbol(o, sym));
    return own ? { file, span: own.span } : undefined;
  }
  if (sym.target === 'step' || sym.target === 'stage') {
    const own = occurrencesOf(a).find((o) => o.declaration && sameSymbol(o, sym));
    return own ? { file, span: own.span } : undefined;
  }
  const kinds = sym.target === 'team' || sym.target === 'partner' ? (['team', 'partner'] as const) : [sym.target];
  for (const kind of kinds) {
    const decl = a.scope?.get(kind, sym.id);
    if (!decl || decl.file === '') continue;
    if (decl.file === file) return { file, span: spanOf(a.parsed.doc, decl.path, 'key') };
    const catalog = a.catalogs.find((c) => c.file === decl.file);
    if (catalog && catalog.status !== 'missing') return { file: decl.file, span: spanOf(catalog.source.doc, decl.path, 'key') };
  }
  return undefined;
}

/**
 * The occurrences in one analysed file that mean the same symbol as the one
 * declared at `declaration` (so a team `ks` of another catalog is not mixed up).
 */
export function occurrencesMatching(a: Analysis, file: string, sym: SymbolRef, declaration: Place): Occurrence[] {
  return occurrencesOf(a).filter((o) => {
    if (!sameSymbol(o, sym)) return false;
    const d = declarationOf(a, file, o);
    return !!d && d.file === declaration.file && d.span.start === declaration.span.start;
  });
}
