import { dutchNoun } from '../../i18n/dutch-nouns';
import { capital, type Texts } from '../../i18n/language';
import type { Rule } from '../rule';
import { catalogName } from './catalog-name';
import { removeEntry, replaceScalar } from '../../fixes/edits';
import { one } from '../../fixes/fix';

const TEXT: Texts<{
  step: (id: string) => string; firstStep: (id: string) => string;
  inCatalog: (id: string, kind: string, catalogKind: string, catalog: string) => string; inCatalogRelated: (id: string) => string;
  teamAndPartner: (id: string) => string; team: (id: string) => string;
}> = {
  en: {
    step: (id) => `Another step already has the id '${id}'. Give each step its own id.`,
    firstStep: (id) => `First step with id '${id}'`,
    inCatalog: (id, kind, other, catalog) => `${other === kind ? `The ${kind} '${id}' is` : `'${id}' is`} already declared ${other === kind ? '' : `as a ${other} `}in the catalog '${catalog}' that this journey uses. Remove this declaration, or give it another id.`,
    inCatalogRelated: (id) => `'${id}' declared in the catalog`,
    teamAndPartner: (id) => `'${id}' is declared both as a team and as a partner, so a handoff to '${id}' is ambiguous. Give one of them another id.`,
    team: (id) => `Team '${id}'`,
  },
  nl: {
    step: (id) => `Een andere stap heeft al de id '${id}'. Geef elke stap een eigen id.`,
    firstStep: (id) => `Eerste stap met id '${id}'`,
    inCatalog: (id, kind, other, catalog) => `${other === kind ? `${capital(dutchNoun(kind).the)} '${id}'` : `'${id}'`} is al ${other === kind ? '' : `als ${dutchNoun(other).noun} `}gedeclareerd in de catalogus '${catalog}' die deze reis gebruikt. Verwijder deze declaratie, of geef een andere id.`,
    inCatalogRelated: (id) => `'${id}' gedeclareerd in de catalogus`,
    teamAndPartner: (id) => `'${id}' is zowel als team als als partner gedeclareerd, dus een overdracht aan '${id}' is dubbelzinnig. Geef een van beide een andere id.`,
    team: (id) => `Team '${id}'`,
  },
};

/** A second step with an id: the free id to rename it to; a journey's redeclaration of a catalog's id: that id. */
export type DuplicateIdData = { kind: 'step'; rename: string } | { kind: 'catalog'; id: string };

const FIX_TEXT: Texts<{ renameStep: (id: string) => string; useCatalogs: (id: string) => string }> = {
  en: {
    renameStep: (id) => `Rename this step to '${id}'`,
    useCatalogs: (id) => `Remove this declaration and use the catalog's '${id}'`,
  },
  nl: {
    renameStep: (id) => `Deze stap hernoemen naar '${id}'`,
    useCatalogs: (id) => `Deze declaratie verwijderen en '${id}' uit de catalogus gebruiken`,
  },
};

/** Two steps with one id, or a journey redeclaring an id from its catalogs. */
export const duplicateId: Rule<DuplicateIdData> = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: {
    en: 'Two steps share an id, or the journey redeclares an id that a catalog declares: references become ambiguous.',
    nl: 'Twee stappen hebben dezelfde id, of de klantreis declareert opnieuw een id uit een catalogus: verwijzingen worden dubbelzinnig.',
  },
  check({ journey, scope, report, options }) {
    const t = TEXT[options.language];
    const first = new Map<string, readonly (string | number)[]>();
    const taken = new Set(journey.steps.flatMap((s) => (s.id ? [s.id.id] : [])));
    for (const step of journey.steps) {
      if (!step.id) continue;
      const earlier = first.get(step.id.id);
      if (earlier) {
        report({
          path: step.id.path,
          message: t.step(step.id.id),
          related: [{ path: earlier, message: t.firstStep(step.id.id) }],
          data: { kind: 'step', rename: freeId(step.id.id, taken) },
        });
      } else first.set(step.id.id, step.id.path);
    }
    const kinds = ['channel', 'team', 'system', 'partner'] as const;
    for (const kind of kinds) {
      for (const [id, decl] of journey.declarations[kind]) {
        // Any kind counts: a catalog's partner 'x' and the journey's team 'x' make `to: x` ambiguous.
        const fromCatalog = scope.catalogs.flatMap((c) => kinds.map((k) => c[k].get(id))).find((d) => d !== undefined);
        if (fromCatalog) {
          report({
            path: decl.path,
            part: 'key',
            message: t.inCatalog(id, kind, fromCatalog.kind, catalogName(journey, fromCatalog.file)),
            related: [{ path: fromCatalog.path, part: 'key', file: fromCatalog.file, message: t.inCatalogRelated(id) }],
            data: { kind: 'catalog', id },
          });
          continue;
        }
        // A team and a partner with one id in this file: a handoff `to` it cannot tell them apart.
        if (kind === 'partner' && journey.declarations.team.has(id)) {
          report({
            path: decl.path,
            part: 'key',
            message: t.teamAndPartner(id),
            // No fix: which of the two is meant only the author knows.
            related: [{ path: journey.declarations.team.get(id)!.path, part: 'key', message: t.team(id) }],
          });
        }
      }
    }
  },
  // `next` references are left alone: they already resolve to the first step of that id (docs/decisions.md).
  fixes(data, { doc, path, language }) {
    if (!data) return [];
    const t = FIX_TEXT[language];
    if (data.kind === 'step') return one(t.renameStep(data.rename), replaceScalar(doc, path, data.rename), false, true);
    // The journey's references then resolve to the catalog's declaration.
    return one(t.useCatalogs(data.id), removeEntry(doc, path), false, true);
  },
};

/** `id-2`, `id-3`, … : the first that no step has (and reserved for the next duplicate). */
function freeId(id: string, taken: Set<string>): string {
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  taken.add(`${id}-${n}`);
  return `${id}-${n}`;
}
