/**
 * Partner checks report once per partner per journey: at the partner's
 * declaration when the journey declares it (where the fix goes), else at the
 * first step that depends on it, with every dependent step as related info.
 */
import type { PartnerDecl, Ref } from '../model';
import type { At, RuleContext } from '../rule';
import { isImplicit } from '../scope';

export interface Dependent {
  partner: PartnerDecl;
  refs: Ref[];
}

export function reportPerPartner(ctx: RuleContext, deps: Map<string, Dependent>, message: (p: PartnerDecl) => string, key: 'agreement' | 'fallback'): void {
  for (const { partner, refs } of deps.values()) {
    const local = partner.file === ctx.journey.file && !isImplicit(partner);
    const at = local ? { path: partner.path, part: 'key' as const } : { path: refs[0].path };
    const related: (At & { message: string })[] = refs.map((r) => ({ path: r.path, message: `Depends on '${partner.id}' here` }));
    if (!local) related.unshift({ path: partner.path, part: 'key', file: partner.file, message: `'${partner.id}' is declared here` });
    ctx.report({ ...at, message: message(partner), related, data: { id: partner.id, kind: 'partner', missing: [key] } });
  }
}

export function addDependent(deps: Map<string, Dependent>, partner: PartnerDecl, ref: Ref): void {
  const d = deps.get(partner.id);
  if (d) d.refs.push(ref);
  else deps.set(partner.id, { partner, refs: [ref] });
}
