import type { DeclarationKind, Ref } from '../model';
import type { Rule, RuleContext } from '../rule';
import { nearest } from '../suggest';
import { stepsById } from '../flow';
import { referencesOf } from '../references';

/** Reports a reference to an id that the journey and its catalogs do not declare. */
export const unknownReference: Rule = {
  id: 'unknown-reference',
  defaultSeverity: 'error',
  description: 'A reference to a channel, team, system, partner, stage or step that is not declared: the journey cannot be read as written.',
  check(ctx) {
    const { journey: j } = ctx;
    const stages = j.stages.map((s) => s.text);
    const steps = stepsById(j.steps);
    for (const { ref, targets, role } of referencesOf(j)) {
      if (targets[0] === 'stage') {
        // Without a `stages` list, stage names are free; with one, they must be in it.
        if (stages.length > 0 && !stages.includes(ref.id)) missing(ctx, ref, role, stages, '`stages`');
      } else if (targets[0] === 'step') {
        if (!steps.has(ref.id)) missing(ctx, ref, role, [...steps.keys()], 'the steps of this journey');
      } else {
        expect(ctx, ref, targets as DeclarationKind[], role);
      }
    }
  },
};

function expect(ctx: RuleContext, ref: Ref, kinds: DeclarationKind[], what: string): void {
  if (kinds.some((k) => ctx.scope.get(k, ref.id))) return;
  const other = ctx.scope.kindOf(ref.id);
  if (other && !kinds.includes(other)) {
    const key = other === 'team' || other === 'partner' ? ` Write \`${other}: ${ref.id}\` instead.` : '';
    ctx.report({
      path: ref.path,
      message: `'${ref.id}' is declared as a ${other}, not as a ${what}.${kinds.length === 1 && (kinds[0] === 'team' || kinds[0] === 'partner') ? key : ''}`,
      data: { id: ref.id, kind: kinds[0] },
    });
    return;
  }
  const candidates = kinds.flatMap((k) => ctx.scope.ids(k));
  missing(ctx, ref, what, candidates, kinds.map((k) => `\`${k}s\``).join(' or '));
}

function missing(ctx: RuleContext, ref: Ref, what: string, candidates: string[], where: string): void {
  const suggestion = nearest(ref.id, candidates);
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : ` Declare it under ${where} or use one that is declared.`;
  ctx.report({
    path: ref.path,
    message: `Unknown ${what} '${ref.id}'.${hint}`,
    data: { id: ref.id, kind: what.split(' ').pop(), suggestion },
  });
}
