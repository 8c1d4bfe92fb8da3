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
    for (const kind of ['channel', 'team', 'system', 'partner'] as const) {
      for (const [id, decl] of journey.declarations[kind]) {
        const fromCatalog = scope.catalogs.map((c) => c[kind].get(id)).find((d) => d !== undefined);
        if (!fromCatalog) continue;
        report({
          path: decl.path,
          part: 'key',
          message: `The ${kind} '${id}' is already declared in a catalog this journey uses. Remove this declaration, or give it another id.`,
          related: [{ path: fromCatalog.path, part: 'key', file: fromCatalog.file, message: `'${id}' declared in the catalog` }],
          data: { id, kind },
        });
      }
    }
  },
};
