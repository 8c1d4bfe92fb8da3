import type { Rule } from '../rule';

/** Two steps with one id, or a journey redeclaring an id from its catalogs. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'Two steps share an id, or the journey redeclares an id that a catalog declares: references become ambiguous.',
  check({ journey, scope, report }) {
    const first = new Map<string, readonly (string | number)[]>();
    for (const step of journey.steps) {
      if (!step.id) continue;
      const earlier = first.get(step.id.id);
      if (earlier) {
        report({
          path: step.id.path,
          message: `Another step already has the id '${step.id.id}'. Give each step its own id.`,
          related: [{ path: earlier, message: `First step with id '${step.id.id}'` }],
        });
      } else first.set(step.id.id, step.id.path);
    }
    const kinds = ['channel', 'team', 'system', 'partner'] as const;
    for (const kind of kinds) {
      for (const [id, decl] of journey.declarations[kind]) {
        // Any kind counts: a catalog's partner 'x' and the journey's team 'x' make `to: x` ambiguous.
        const fromCatalog = scope.catalogs.flatMap((c) => kinds.map((k) => c[k].get(id))).find((d) => d !== undefined);
        if (fromCatalog) {
          const what = fromCatalog.kind === kind ? `The ${kind} '${id}' is` : `'${id}' is`;
          report({
            path: decl.path,
            part: 'key',
            message: `${what} already declared ${fromCatalog.kind === kind ? '' : `as a ${fromCatalog.kind} `}in a catalog this journey uses. Remove this declaration, or give it another id.`,
            related: [{ path: fromCatalog.path, part: 'key', file: fromCatalog.file, message: `'${id}' declared in the catalog` }],
            data: { id, kind },
          });
          continue;
        }
        // A team and a partner with one id in this file: a handoff `to` it cannot tell them apart.
        if (kind === 'partner' && journey.declarations.team.has(id)) {
          report({
            path: decl.path,
            part: 'key',
            message: `'${id}' is declared both as a team and as a partner, so a handoff to '${id}' is ambiguous. Give one of them another id.`,
            related: [{ path: journey.declarations.team.get(id)!.path, part: 'key', message: `Team '${id}'` }],
            data: { id, kind },
          });
        }
      }
    }
  },
};
